using System.Globalization;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// 第三部分 决算情况说明: the texts staff write (reasons, "主要用于", own paragraphs) under the item they
/// belong to, each labelled with the sentence of the generated 说明 that needs it; the figures the 说明
/// states or compares with (last year's, numbers typed into sentences); and the project summaries of
/// item 十三. Every text the 说明 asks for is offered, written or not; a text or figure left blank is
/// not saved. A text carried from last year is marked 沿用上年、待核对 until staff change it, or tick
/// 确认沿用 to keep it as it is; saving it unchanged and unticked keeps the mark.
/// </summary>
public sealed class ExplanationModel(DraftEditor editor, DisclosureAnalysisService analyses)
    : PartPageModel<ExplanationModel.ExplanationInput>(editor)
{
    public static readonly ListNoun Project = new("个", "项目");

    private const string PriorYear = "prior-year";
    private const string Stated = "stated";
    private const string Entered = "entered";

    /// <summary>The figures whose change against last year the 说明 states; staff enter them when the portal lacks last year.</summary>
    private static readonly string[] PriorYearKeys =
    [
        Keys.GrandTotal, Keys.IncomeTotal, Keys.ExpenditureTotal, Keys.AppropriationGrandTotal, Keys.GeneralBudgetIncome,
        Keys.GeneralBudgetExpenditure, .. Keys.ThreePublicItems.Select(Keys.ThreePublic), Keys.OperatingCosts,
    ];

    private static readonly Dictionary<string, string> TextLabels = new(StringComparer.Ordinal)
    {
        [ExplanationTextKeys.TotalChange] = "收、支总计变动的主要原因",
        [ExplanationTextKeys.IncomeChange] = "收入合计变动的主要原因",
        [ExplanationTextKeys.ExpenditureChange] = "支出合计变动的主要原因",
        [ExplanationTextKeys.AppropriationChange] = "财政拨款收、支总计变动的主要原因",
        [ExplanationTextKeys.GeneralBudgetIncomeChange] = "一般公共预算财政拨款收入变动的主要原因",
        [ExplanationTextKeys.GeneralBudgetChange] = "一般公共预算财政拨款支出变动的主要原因",
        [ExplanationTextKeys.ThreePublicChange] = "“三公”经费较上年变动的主要原因",
        [ExplanationTextKeys.AbroadChange] = "因公出国（境）费较上年变动的主要原因",
        [ExplanationTextKeys.VehicleChange] = "公务用车购置及运行费较上年变动的主要原因",
        [ExplanationTextKeys.ReceptionChange] = "公务接待费较上年变动的主要原因",
        [ExplanationTextKeys.ReceptionPurpose] = "公务接待主要是（接待事由）",
        [ExplanationTextKeys.OperatingCostsChange] = "机关运行经费变动的主要原因",
        [ExplanationTextKeys.PerformanceUse] = "（四）绩效自评结果应用情况",
    };

    private DisclosureAnalysis? _analysis;

    public override ContentPart Part => ContentPart.Explanation;

    /// <summary>The 说明 as generated from the saved version: which texts it asks for and where it states each figure.</summary>
    public ExplanationDocument? Document => _analysis?.Explanation;

    private IReadOnlyList<StaffTextRequest> Requests => Document?.StaffTexts ?? [];

    public IEnumerable<Finding> FindingsOf(int item) =>
        _analysis?.Report.Findings.Where(f => f.Location.ExplanationItem == item) ?? [];

    /// <summary>The input indices of the texts shown under item <paramref name="item"/>; item 0 collects any of no item.</summary>
    public IEnumerable<int> TextsOf(int item) =>
        Enumerable.Range(0, Input.Texts.Count).Where(i => ItemOf(Input.Texts[i].Item) == item);

    /// <summary>The input indices of the figures shown under item <paramref name="item"/>; item 0 collects those the 说明 states nowhere.</summary>
    public IEnumerable<int> FiguresOf(int item) =>
        Enumerable.Range(0, Input.Figures.Count).Where(i => (Document?.ItemStating(Input.Figures[i].Key ?? "") ?? 0) == item);

    /// <summary>How many saved texts are still marked 沿用上年、待核对.</summary>
    public int CarriedCount => Stored.Explanation?.Texts.Count(t => t.CarriedFromYear is not null) ?? 0;

    /// <summary>The year a text was carried from while staff have not checked it (沿用上年、待核对); null otherwise.</summary>
    public int? CarriedFrom(string? key) =>
        Stored.Explanation?.Texts.FirstOrDefault(t => t.Key == key)?.CarriedFromYear;

    protected override async Task PrepareAsync(CancellationToken cancellationToken) =>
        _analysis = await analyses.AnalyzeAsync(DepartmentCode, Year, Version, VersionVisibility.IncludingUnpublished, cancellationToken);

    protected override void ShowContent()
    {
        var explanation = Stored.Explanation ?? new ExplanationContent([], [], []);
        var texts = new List<TextInput>();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        void Offer(int item, string key)
        {
            if (shown.Add(key))
            {
                texts.Add(new TextInput
                {
                    Item = item.ToString(CultureInfo.InvariantCulture), Key = key,
                    Text = explanation.Texts.FirstOrDefault(t => t.Key == key)?.Text,
                });
            }
        }
        for (var item = 1; item <= ExplanationItems.Count; item++)
        {
            foreach (var request in Requests.Where(r => r.Item == item))
            {
                Offer(item, request.Key);
            }
            if (item == 13)
            {
                Offer(item, ExplanationTextKeys.PerformanceUse);
            }
            // A stored text under a key the 说明 never prints (an older import's "performance.overview") is
            // not offered: a field whose text is published nowhere would only seem to be.
            foreach (var text in explanation.Texts.Where(t => t.Item == item && ExplanationTextKeys.IsWellFormed(t.Key, item))
                         .OrderBy(t => ExplanationTextKeys.IsParagraph(t.Key)))
            {
                Offer(item, text.Key);
            }
            if (!explanation.Texts.Any(t => t.Item == item && ExplanationTextKeys.IsParagraph(t.Key)))
            {
                Offer(item, ExplanationTextKeys.Paragraph(item, 1));
            }
        }

        var figures = explanation.Figures.Select(f => new FigureInput { Kind = f.Kind, Key = f.Key, Amount = f.Amount }).ToList();
        void OfferFigure(string kind, string key)
        {
            if (!figures.Any(f => f.Kind == kind && f.Key == key))
            {
                figures.Add(new FigureInput { Kind = kind, Key = key });
            }
        }
        if (_analysis?.PriorYear.HasPublishedDisclosure != true)
        {
            foreach (var key in PriorYearKeys)
            {
                OfferFigure(PriorYear, key);
            }
        }
        OfferFigure(Entered, Keys.PerformanceEvaluatedFunds);

        Input = new ExplanationInput
        {
            Texts = texts,
            Figures = figures,
            Projects = explanation.Projects.Select(p => new ProjectInput
            {
                Name = p.Name, Budget = p.Budget, Executed = p.Executed, Outputs = p.Outputs, Problems = p.Problems, NextSteps = p.NextSteps,
            }).ToList(),
        };
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        for (var i = 0; i < Input.Texts.Count; i++)
        {
            var posted = Input.Texts[i];
            // The key and item travel in hidden fields; one the form never offered is refused, not stored out of sight.
            if (FieldReader.Text(posted.Text) is not null && !ExplanationTextKeys.IsWellFormed(posted.Key, ItemOf(posted.Item)))
            {
                read.Fail($"Input.Texts[{i}].Text", "这段说明文字对应的位置无法识别（页面可能已过期或被修改）。请复制文字，刷新页面后重新填写。");
            }
        }
        var texts = Input.Texts
            .Where(t => ItemOf(t.Item) > 0 && !string.IsNullOrWhiteSpace(t.Key) && FieldReader.Text(t.Text) is not null)
            .Select(t => (Text: new ExplanationTextContent(ItemOf(t.Item), t.Key!, FieldReader.Text(t.Text)!), t.Confirm))
            .ToList();

        var figures = new List<NarrativeFigureContent>();
        for (var i = 0; i < Input.Figures.Count; i++)
        {
            var figure = Input.Figures[i];
            if (figure.Kind is null || figure.Key is null
                || read.Amount(figure.Amount, $"Input.Figures[{i}].Amount", FigureLabel(figure.Kind, figure.Key)) is not { } amount)
            {
                continue;
            }
            figures.Add(new NarrativeFigureContent(figure.Kind, figure.Key, amount));
        }

        var projects = new List<ProjectSummaryContent>();
        for (var i = 0; i < Input.Projects.Count; i++)
        {
            var p = Input.Projects[i];
            if (FieldReader.IsBlank(p.Name, p.Budget, p.Executed, p.Outputs, p.Problems, p.NextSteps))
            {
                continue;
            }
            var at = $"Input.Projects[{i}]";
            var label = Project.Of(i);
            projects.Add(new ProjectSummaryContent(
                read.Required(p.Name, at + ".Name", label + "的项目名称") ?? "",
                read.Amount(p.Budget, at + ".Budget", label + "的全年预算数"),
                read.Amount(p.Executed, at + ".Executed", label + "的执行数"),
                FieldReader.Text(p.Outputs), FieldReader.Text(p.Problems), FieldReader.Text(p.NextSteps)));
        }

        // Texts and figures have no order of their own; those already saved keep their places and new
        // ones follow, so the audit log shows only what was added, changed or removed.
        return content =>
        {
            var before = content.Explanation ?? new ExplanationContent([], [], []);
            var textPlaces = Places(before.Texts.Select(t => t.Key));
            // A carried text stays marked only while it is saved exactly as it was and not confirmed.
            var carried = before.Texts.Where(t => t.CarriedFromYear is not null).ToDictionary(t => t.Key, StringComparer.Ordinal);
            var saved = texts.Select(t => !t.Confirm && carried.TryGetValue(t.Text.Key, out var old) && old.Text == t.Text.Text.Trim()
                ? t.Text with { CarriedFromYear = old.CarriedFromYear }
                : t.Text);
            var figurePlaces = Places(before.Figures.Select(f => $"{f.Kind}:{f.Key}"));
            return content with
            {
                Explanation = new ExplanationContent(
                    saved.OrderBy(t => textPlaces.GetValueOrDefault(t.Key, int.MaxValue)).ToList(),
                    figures.OrderBy(f => figurePlaces.GetValueOrDefault($"{f.Kind}:{f.Key}", int.MaxValue)).ToList(),
                    projects),
            };
        };
    }

    protected override (ListNoun Noun, int Count)? EditList(ListEdit edit) =>
        edit.List == "projects" ? Edit(edit, Input.Projects, Project, () => new ProjectInput()) : null;

    // ---- Labels ------------------------------------------------------------------------------------

    /// <summary>What a text is for, in the words of the 说明: "收、支总计变动的主要原因", "204 公共安全支出（类）主要用于".</summary>
    public string TextLabel(string? key)
    {
        key ??= "";
        if (TextLabels.TryGetValue(key, out var label))
        {
            return label;
        }
        if (Suffix(key, ExplanationTextKeys.ClassUsePrefix) is { } classCode)
        {
            return $"{Row(classCode)}（类）主要用于";
        }
        if (Suffix(key, ExplanationTextKeys.ItemUsePrefix) is { } itemCode)
        {
            return $"{Row(itemCode)}（项）项目支出主要用于";
        }
        if (Suffix(key, ExplanationTextKeys.BudgetReasonPrefix) is { } budgetCode)
        {
            return $"{Row(budgetCode)}（项）决算数与年初预算数不同的主要原因";
        }
        if (ExplanationTextKeys.IsParagraph(key))
        {
            return "本项补充说明（可不填）";
        }
        return "说明文字";
    }

    /// <summary>The generated sentence that needs the text, and whether it is still missing.</summary>
    public string? TextHint(string? key)
    {
        key ??= "";
        if (Requests.FirstOrDefault(r => r.Key == key) is { } request)
        {
            return $"用于说明中的这句话：“{request.Sentence}”" + (request.IsMissing ? "（尚未填写，校验时会提示）" : "");
        }
        if (key == ExplanationTextKeys.PerformanceUse)
        {
            return "写明如何运用自评结果；分段处换行。";
        }
        if (ExplanationTextKeys.IsParagraph(key))
        {
            return ExplanationTextKeys.IsParagraphOf(key, 13)
                ? "放在“（三）项目支出自评结果”开头、各项目段落之前；分段处换行。"
                : "接在本项自动生成的文字之后；分段处换行，每段单独成段。";
        }
        return "按目前的表格数字，说明中不会用到这段文字（例如相关数字已无变动）；不再需要时可清空。";
    }

    public string FigureLabel(string? kind, string? key)
    {
        var label = Keys.Label(key ?? "");
        return kind switch
        {
            PriorYear => $"上年（{Year - 1}年度）{label}",
            Stated => $"说明中写明的{label}",
            _ => label,
        };
    }

    public string? FigureHint(string? kind, string? key)
    {
        key ??= "";
        var published = _analysis?.PriorYear.Published ?? new Dictionary<string, Domain.Amounts.Money>();
        var computed = _analysis?.Figures.Keyed ?? new Dictionary<string, Domain.Amounts.Money>();
        return kind switch
        {
            PriorYear when published.TryGetValue(key, out var value) =>
                $"{Year - 1}年度已公开的决算为 {value.ToWanYuanString()} 万元，说明按公开数计算增减。",
            PriorYear => "门户中没有上年公开的决算，说明按此数计算增减变化；不需要时留空。",
            Stated when computed.TryGetValue(key, out var value) =>
                $"按表格计算为 {value.ToWanYuanString()} 万元，不一致时校验会提示；留空则删除。",
            Stated => "留空则删除。",
            _ when key == Keys.PerformanceEvaluatedFunds => "开展绩效自评的项目资金合计，写入说明第十三项。",
            _ => null,
        };
    }

    private string Row(string code) =>
        Stored.Tables.T05?.Rows.FirstOrDefault(r => r.Code == code) is { } row ? $"{code} {row.Name}" : code;

    private static string? Suffix(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : null;

    private static int ItemOf(string? item) =>
        int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= ExplanationItems.Count ? n : 0;

    private static Dictionary<string, int> Places(IEnumerable<string> keys)
    {
        var places = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            places.TryAdd(key, places.Count);
        }
        return places;
    }

    public sealed class ExplanationInput
    {
        public List<TextInput> Texts { get; set; } = [];
        public List<FigureInput> Figures { get; set; } = [];
        public List<ProjectInput> Projects { get; set; } = [];
    }

    /// <summary>
    /// A text; its item and key travel with it in hidden fields. Confirm is the 确认沿用 tick of a text
    /// carried from last year: it clears the mark without changing the text.
    /// </summary>
    public sealed class TextInput
    {
        public string? Item { get; set; }
        public string? Key { get; set; }
        public string? Text { get; set; }
        public bool Confirm { get; set; }
    }

    /// <summary>A figure; its kind ("prior-year", "stated", "entered") and key travel with it in hidden fields.</summary>
    public sealed class FigureInput
    {
        public string? Kind { get; set; }
        public string? Key { get; set; }
        public string? Amount { get; set; }
    }

    public sealed class ProjectInput
    {
        public string? Name { get; set; }
        public string? Budget { get; set; }
        public string? Executed { get; set; }
        public string? Outputs { get; set; }
        public string? Problems { get; set; }
        public string? NextSteps { get; set; }
    }
}
