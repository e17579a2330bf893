using System.Globalization;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// 第六部分 附件: the performance self-evaluations, one form each in the standard layout: the facts,
/// the fund block with the execution line's 分值, 执行率 and 得分, the weights of 一级 groups, the goals
/// (预期目标 | 实际完成情况) with their indicators, 总分 and grade — with what the form computes shown
/// beside what was typed (<see cref="EvaluationForm"/>). Evaluations are added, removed and moved here.
/// </summary>
public sealed class EvaluationsModel(DraftEditor editor, DisclosureAnalysisService analyses) : PartPageModel<EvaluationInput>(editor)
{
    private DisclosureAnalysis? _analysis;

    /// <summary>What the validator finds in this evaluation as saved: its arithmetic, with both figures.</summary>
    public IEnumerable<Domain.Validation.Finding> Findings =>
        _analysis?.Report.Findings.Where(f => f.Location.Attachment == Number) ?? [];

    protected override async Task PrepareAsync(CancellationToken cancellationToken) =>
        _analysis = await analyses.AnalyzeAsync(DepartmentCode, Year, Version, VersionVisibility.IncludingUnpublished, cancellationToken);

    /// <summary>Which evaluation the form edits, counted from 1 in the published order.</summary>
    [BindProperty(SupportsGet = true, Name = "evaluation")]
    public int Number { get; set; } = 1;

    public override ContentPart Part => ContentPart.Evaluations;

    public override string Address => base.Address + "?evaluation=" + Number.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<EvaluationContent> All => Stored.Evaluations ?? [];

    /// <summary>The evaluation as saved; null when the version has none.</summary>
    public EvaluationContent? Saved => Number >= 1 && Number <= All.Count ? All[Number - 1] : null;

    public bool IsOverall => EvaluationKindText.Parse(Saved?.Kind) == EvaluationKind.Overall;

    public EvaluationKind Kind => IsOverall ? EvaluationKind.Overall : EvaluationKind.Project;

    protected override bool Exists => All.Count == 0 ? Number == 1 : Saved is not null;

    public override bool HasFields => Saved is not null;

    public static string Title(EvaluationContent evaluation) =>
        (EvaluationKindText.Parse(evaluation.Kind) == EvaluationKind.Overall ? "整体绩效自评表：" : "项目绩效自评表：") + evaluation.Name;

    public string Link(int number) =>
        base.Address + "?evaluation=" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether the form shows a field: those of the evaluation's kind, and any other that holds a value.</summary>
    public bool Shows(string property, string? value) =>
        !string.IsNullOrWhiteSpace(value) || property switch
        {
            nameof(EvaluationInput.SupervisingDepartment) or nameof(EvaluationInput.ImplementingUnit) or nameof(EvaluationInput.Category)
                or nameof(EvaluationInput.Attribute) or nameof(EvaluationInput.ProjectType) => !IsOverall,
            _ => true,
        };

    protected override void ShowContent()
    {
        if (Saved is { } e)
        {
            Input = EvaluationInput.From(e);
        }
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        if (Saved is not { } saved)
        {
            // A version without evaluations has no fields; a post changes nothing rather than failing on them.
            return content => content;
        }
        var updated = EvaluationForm.Read(read, Input, saved);
        var index = Number - 1;
        return content => content with
        {
            Evaluations = (content.Evaluations ?? []).Select((e, i) => i != index ? e : updated with { Kind = e.Kind }).ToList(),
        };
    }

    /// <summary>The kind of evaluation to add: 整体 (the department's overall) or 项目 (one project).</summary>
    [BindProperty] public string? NewKind { get; set; }
    [BindProperty] public string? NewName { get; set; }
    /// <summary>Ticked to confirm removing the evaluation shown.</summary>
    [BindProperty] public bool ConfirmRemoval { get; set; }

    /// <summary>Adds an evaluation after the others, empty but for its kind and name, and opens it.</summary>
    public Task<IActionResult> OnPostAddEvaluationAsync(CancellationToken cancellationToken)
    {
        var name = NewName?.Trim();
        return ChangeEvaluationsAsync(EvaluationForm.NewEvaluationProblem(NewKind, name),
            evaluations => [.. evaluations, EvaluationContent.Empty(NewKind!, name!)], () => All.Count + 1, cancellationToken);
    }

    /// <summary>Removes the evaluation shown, once the person ticked the confirmation.</summary>
    public Task<IActionResult> OnPostRemoveEvaluationAsync(CancellationToken cancellationToken)
    {
        var index = Number - 1;
        return ChangeEvaluationsAsync(ConfirmRemoval ? null : "请勾选“确认删除”后再删除这张自评表。",
            evaluations => [.. evaluations.Where((_, i) => i != index)], () => 1, cancellationToken);
    }

    /// <summary>Moves the evaluation shown one place earlier ("up") or later ("down") in the 附件, and keeps it open.</summary>
    public Task<IActionResult> OnPostMoveEvaluationAsync(string? direction, CancellationToken cancellationToken)
    {
        var from = Number - 1;
        var to = direction switch { "up" => from - 1, "down" => from + 1, _ => -1 };
        var problem = to < 0 || to >= All.Count ? "这张自评表已在最前或最后，无法再移动。" : null;
        return ChangeEvaluationsAsync(problem, evaluations =>
        {
            var list = evaluations.ToList();
            (list[from], list[to]) = (list[to], list[from]);
            return list;
        }, () => to + 1, cancellationToken);
    }

    private async Task<IActionResult> ChangeEvaluationsAsync(string? problem,
        Func<IReadOnlyList<EvaluationContent>, IReadOnlyList<EvaluationContent>> change, Func<int> opens, CancellationToken cancellationToken)
    {
        if (await OpenForChangeAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        // These forms post no evaluation fields: a refusal shows the evaluation as saved.
        ShowContent();
        if (problem is not null)
        {
            Refusal = problem;
            return Page();
        }
        // The evaluation to open after the change, counted on the content as it was opened.
        return await SaveAsync(content => content with { Evaluations = change(content.Evaluations ?? []) }, Link(opens()), cancellationToken);
    }

    protected override (ListNoun Noun, int Count)? EditList(ListEdit edit)
    {
        if (edit.List == "goals")
        {
            return Edit(edit, Input.Goals, EvaluationForm.Goal, () => new GoalInput { Indicators = [new IndicatorInput()] });
        }
        if (edit.List == "groups")
        {
            return Edit(edit, Input.Groups, EvaluationForm.Group, () => new GroupInput());
        }
        var parts = edit.List.Split('.');
        return parts is ["goals", var goal, "indicators"]
               && int.TryParse(goal, NumberStyles.None, CultureInfo.InvariantCulture, out var g) && g < Input.Goals.Count
            ? Edit(edit, Input.Goals[g].Indicators, EvaluationForm.IndicatorsOf(g), () => new IndicatorInput())
            : null;
    }
}
