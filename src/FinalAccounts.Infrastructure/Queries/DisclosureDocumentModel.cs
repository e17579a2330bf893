using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Queries;

public sealed record KeyWorkLine(string Title, string? Goal, string? Completion);

public sealed record GlossaryLine(string Term, string Definition);

public sealed record IndicatorLine(string Level1, string? Level2, string Level3, string? Target, string? Actual, decimal? Weight, decimal? Score)
{
    /// <summary>分值 as printed: "10", "2.5"; empty when not scored.</summary>
    public string WeightText => Number(Weight);

    /// <summary>得分 as printed.</summary>
    public string ScoreText => Number(Score);

    private static string Number(decimal? value) =>
        value?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

public sealed record GoalSheet(string? Text, IReadOnlyList<IndicatorLine> Indicators);

/// <summary>A 绩效自评表 of 第六部分: its facts as label/value pairs, its goals with their indicators, and its closing texts.</summary>
public sealed record EvaluationSheet(
    string Title,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    IReadOnlyList<GoalSheet> Goals,
    IReadOnlyList<KeyValuePair<string, string>> Closing);

/// <summary>
/// Everything the disclosure shows, prepared from one analysed version: the PDF's document class and
/// the disclosure page read this and never the stored entities.
/// </summary>
public sealed record DisclosureDocumentModel(
    string Title,
    string DepartmentName,
    string DepartmentShortName,
    FiscalYear Year,
    int Version,
    DisclosureStatus Status,
    string? CorrectionNote,
    DateOnly? PublishedOn,
    IReadOnlyList<string> Duties,
    string? Organization,
    Staffing Staffing,
    IReadOnlyList<PrintedTable> Tables,
    ExplanationDocument Explanation,
    IReadOnlyList<KeyWorkLine> KeyWork,
    IReadOnlyList<GlossaryLine> Glossary,
    IReadOnlyList<EvaluationSheet> Evaluations)
{
    /// <summary>A draft or submitted version, printed for review only.</summary>
    public bool IsPreview => Status is DisclosureStatus.Draft or DisclosureStatus.Submitted;

    /// <summary>三、部门人员构成's sentences, or null when no head count was entered.</summary>
    public string? StaffingText => Staffing.Sentence();

    /// <summary>Paragraphs of a text entered with line breaks.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static DisclosureDocumentModel From(DisclosureAnalysis analysis)
    {
        var header = analysis.Header;
        var version = analysis.Version;
        var year = new FiscalYear(header.Year);
        return new DisclosureDocumentModel(
            header.Title, header.DepartmentName, header.DepartmentShortName, year, header.Version, header.Status,
            version.CorrectionNote, header.PublishedOn,
            version.Duties.Select(d => d.Text).ToList(),
            version.Profile.Organization,
            version.Profile.Staffing,
            analysis.Tables,
            analysis.Explanation,
            version.KeyWork.Select(k => new KeyWorkLine(k.Title, k.Goal, k.Completion)).ToList(),
            version.Glossary.Select(g => new GlossaryLine(g.Term, g.Definition)).ToList(),
            version.Evaluations.Select(Sheet).ToList());
    }

    private static EvaluationSheet Sheet(PerformanceEvaluation evaluation)
    {
        var overall = evaluation.Kind == EvaluationKind.Overall;
        var facts = new List<KeyValuePair<string, string>>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(new(label, value));
            }
        }
        static string? Amount(Money? money) => money?.ToWanYuanString();

        Add(overall ? "单位名称" : "项目名称", evaluation.Name);
        Add("主管部门", evaluation.SupervisingDepartment);
        Add("实施单位", evaluation.ImplementingUnit);
        Add("项目类别", evaluation.Category);
        Add("项目属性", evaluation.Attribute);
        Add("项目类型", evaluation.ProjectType);
        Add("基本支出总额（万元）", Amount(evaluation.BasicExpenditureTotal));
        Add("项目支出总额（万元）", Amount(evaluation.ProjectExpenditureTotal));
        Add("预算数（A，万元）", Amount(evaluation.Budget));
        Add("执行数（B，万元）", Amount(evaluation.Executed));
        Add("执行率（B/A）", evaluation.ExecutionRate);
        Add("总分", evaluation.TotalScore?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        Add("等级", evaluation.Grade);

        var closing = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrWhiteSpace(evaluation.DeviationAnalysis))
        {
            closing.Add(new("偏差大或目标未完成原因分析", evaluation.DeviationAnalysis));
        }
        if (!string.IsNullOrWhiteSpace(evaluation.Improvement))
        {
            closing.Add(new("改进措施及结果应用方案", evaluation.Improvement));
        }
        if (!string.IsNullOrWhiteSpace(evaluation.Report))
        {
            closing.Add(new("自评报告", evaluation.Report));
        }

        var title = overall ? $"{evaluation.Name}整体绩效自评表" : $"项目绩效自评表：{evaluation.Name}";
        var goals = evaluation.Goals.Select(g => new GoalSheet(g.Text,
            g.Indicators.Select(i => new IndicatorLine(i.Level1, i.Level2, i.Level3, i.Target, i.Actual, i.Weight, i.Score)).ToList())).ToList();
        return new EvaluationSheet(title, facts, goals, closing);
    }
}
