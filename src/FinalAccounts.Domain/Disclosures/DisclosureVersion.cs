using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Disclosures;

/// <summary>
/// A numbered version of a disclosure and everything it publishes: the six parts, the nine
/// tables as typed rows, and the facts and texts the 说明 is built from. Only a draft can be
/// changed; every change goes through a method that checks that first.
/// </summary>
public sealed class DisclosureVersion
{
    /// <summary>The longest "2024年度硚口区司法局部门决算公开" the database keeps.</summary>
    public const int MaxTitleLength = 200;
    /// <summary>The longest the 单位 line the database keeps.</summary>
    public const int MaxReportingUnitLength = 128;
    /// <summary>The longest a correction note, a reviewer's return comment or a withdrawal reason the database keeps.</summary>
    public const int MaxNoteLength = 2000;
    /// <summary>The longest a staff user's id the database keeps.</summary>
    public const int MaxUserIdLength = 450;

    private readonly List<DutyItem> _duties = [];
    private readonly List<SummaryExpenditureLine> _summaryExpenditure = [];
    private readonly List<IncomeRow> _incomeRows = [];
    private readonly List<ExpenditureRow> _expenditureRows = [];
    private readonly List<AppropriationExpenditureLine> _appropriationExpenditure = [];
    private readonly List<GeneralBudgetRow> _generalBudgetRows = [];
    private readonly List<BasicExpenditureRow> _basicExpenditureRows = [];
    private readonly List<GovernmentFundRow> _governmentFundRows = [];
    private readonly List<StateCapitalRow> _stateCapitalRows = [];
    private readonly List<EmptyTableStatement> _emptyTableStatements = [];
    private readonly List<ExplanationText> _explanationTexts = [];
    private readonly List<NarrativeFigure> _narrativeFigures = [];
    private readonly List<ProjectSummary> _projectSummaries = [];
    private readonly List<KeyWorkItem> _keyWork = [];
    private readonly List<GlossaryEntry> _glossary = [];
    private readonly List<PerformanceEvaluation> _evaluations = [];
    private readonly List<BasicDataAmounts> _basicDataLines = [];

    private DisclosureVersion() { Title = null!; ReportingUnit = null!; }

    internal DisclosureVersion(int number, string title, string reportingUnit, string? correctionNote)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportingUnit);
        Number = number;
        Title = title.Trim();
        ReportingUnit = reportingUnit.Trim();
        CorrectionNote = correctionNote;
        Status = DisclosureStatus.Draft;
    }

    public long Id { get; private set; }
    public int DisclosureId { get; private set; }
    public int Number { get; private set; }
    public DisclosureStatus Status { get; private set; }
    /// <summary>The document title, e.g. "2024年度硚口区司法局部门决算公开".</summary>
    public string Title { get; private set; }
    /// <summary>The "单位：" line of every table, e.g. "武汉市硚口区司法局本级".</summary>
    public string ReportingUnit { get; private set; }
    /// <summary>The date printed on the cover.</summary>
    public DateOnly? PublishedOn { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? CorrectionNote { get; private set; }
    /// <summary>The department's full name when this version was published; null before (a draft goes by the current name).</summary>
    public string? DepartmentName { get; private set; }
    /// <summary>The department's short name when this version was published.</summary>
    public string? DepartmentShortName { get; private set; }
    public string? ReturnComment { get; private set; }
    public string? WithdrawalReason { get; private set; }
    /// <summary>The staff user (by id) who last changed the content; null for content loaded from a seed file.</summary>
    public string? LastEditedBy { get; private set; }
    public DateTimeOffset? LastEditedAt { get; private set; }
    /// <summary>The staff user who submitted the version for review; null for seed files.</summary>
    public string? SubmittedBy { get; private set; }
    /// <summary>The reviewer who published the version; null for seed files.</summary>
    public string? PublishedBy { get; private set; }

    public DepartmentProfile Profile { get; private set; } = new();
    public IncomeExpenditureSummary Summary { get; private set; } = new();
    public AppropriationSummary AppropriationSummary { get; private set; } = new();
    public BasicExpenditureTotals BasicExpenditureTotals { get; private set; } = new();
    public ThreePublicCosts ThreePublicCosts { get; private set; } = new();
    public ThreePublicDetails ThreePublicDetails { get; private set; } = new();
    public OperatingCosts OperatingCosts { get; private set; } = new();
    public GovernmentProcurement Procurement { get; private set; } = new();
    public AssetHoldings Assets { get; private set; } = new();

    public IReadOnlyList<DutyItem> Duties => _duties;
    public IReadOnlyList<SummaryExpenditureLine> SummaryExpenditure => _summaryExpenditure;
    public IReadOnlyList<IncomeRow> IncomeRows => _incomeRows;
    public IReadOnlyList<ExpenditureRow> ExpenditureRows => _expenditureRows;
    public IReadOnlyList<AppropriationExpenditureLine> AppropriationExpenditure => _appropriationExpenditure;
    public IReadOnlyList<GeneralBudgetRow> GeneralBudgetRows => _generalBudgetRows;
    public IReadOnlyList<BasicExpenditureRow> BasicExpenditureRows => _basicExpenditureRows;
    public IReadOnlyList<GovernmentFundRow> GovernmentFundRows => _governmentFundRows;
    public IReadOnlyList<StateCapitalRow> StateCapitalRows => _stateCapitalRows;
    public IReadOnlyList<EmptyTableStatement> EmptyTableStatements => _emptyTableStatements;
    public IReadOnlyList<ExplanationText> ExplanationTexts => _explanationTexts;
    public IReadOnlyList<NarrativeFigure> NarrativeFigures => _narrativeFigures;
    public IReadOnlyList<ProjectSummary> ProjectSummaries => _projectSummaries;
    public IReadOnlyList<KeyWorkItem> KeyWork => _keyWork;
    public IReadOnlyList<GlossaryEntry> Glossary => _glossary;
    public IReadOnlyList<PerformanceEvaluation> Evaluations => _evaluations;
    /// <summary>整体支出绩效评价基础数据表: its scalar fields; blank when the version has none.</summary>
    public PerformanceBasicData BasicData { get; private set; } = new();
    /// <summary>经费控制情况 of the 基础数据表, in printed order.</summary>
    public IReadOnlyList<BasicDataAmounts> BasicDataLines => _basicDataLines;

    public bool IsEditable => Status == DisclosureStatus.Draft;

    /// <summary>The five tables keyed by 功能分类 code (公开02, 03, 05, 07, 08表), in published order.</summary>
    public IReadOnlyList<FunctionTable> ListFunctionTables() =>
    [
        new(PublishedTable.Income, _incomeRows, IncomeRow.Columns),
        new(PublishedTable.Expenditure, _expenditureRows, ExpenditureRow.Columns),
        new(PublishedTable.GeneralBudgetExpenditure, _generalBudgetRows, GeneralBudgetRow.Columns),
        new(PublishedTable.GovernmentFund, _governmentFundRows, GovernmentFundRow.Columns),
        new(PublishedTable.StateCapital, _stateCapitalRows, StateCapitalRow.Columns),
    ];

    public FunctionTable FunctionTable(PublishedTable table) => ListFunctionTables().Single(t => t.Table == table);

    public string? EmptyStatementFor(PublishedTable table) =>
        _emptyTableStatements.FirstOrDefault(s => s.Table == table)?.Text;

    // ---- Workflow -------------------------------------------------------------------------

    /// <param name="by">The submitting staff user's id; null when a seed file is loaded.</param>
    public void Submit(string? by = null)
    {
        RequireStatus(DisclosureStatus.Draft, "提交审核");
        Status = DisclosureStatus.Submitted;
        SubmittedBy = by;
        ReturnComment = null;
    }

    /// <summary>Sends a submitted version back to its editors; the reviewer's comment stays on it until the next submission.</summary>
    /// <param name="by">The reviewer's id; like publishing, returning is for someone other than who last edited or submitted it.</param>
    public void ReturnToDraft(string comment, string? by = null)
    {
        RequireStatus(DisclosureStatus.Submitted, "退回修改");
        ArgumentException.ThrowIfNullOrWhiteSpace(comment);
        if (by is not null && (by == LastEditedBy || by == SubmittedBy))
        {
            throw new FourEyesRuleViolated("退回修改", "退回");
        }
        Status = DisclosureStatus.Draft;
        ReturnComment = comment.Trim();
    }

    /// <param name="at">When the version became public.</param>
    /// <param name="department">The department publishing it, whose names the version keeps through later renames.</param>
    /// <param name="printedDate">The date printed on the cover, when it differs from the day of publication.</param>
    /// <param name="by">
    /// The reviewer's id; null when a seed file is loaded. The four-eyes rule: it must differ from
    /// whoever last edited or submitted the version.
    /// </param>
    public void Publish(DateTimeOffset at, Organizations.Department department, DateOnly? printedDate = null, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(department);
        RequireStatus(DisclosureStatus.Submitted, "公开");
        if (by is not null && (by == LastEditedBy || by == SubmittedBy))
        {
            throw new FourEyesRuleViolated();
        }
        Status = DisclosureStatus.Published;
        PublishedBy = by;
        PublishedAt = at.ToUniversalTime();
        PublishedOn = printedDate;
        DepartmentName = department.Name;
        DepartmentShortName = department.ShortName;
    }

    public void Withdraw(string reason)
    {
        RequireStatus(DisclosureStatus.Published, "撤回");
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Status = DisclosureStatus.Withdrawn;
        WithdrawalReason = reason.Trim();
    }

    /// <summary>Notes who changed the content, for the four-eyes rule. Only a draft can be edited.</summary>
    public void RecordEdit(string by, DateTimeOffset at)
    {
        EnsureEditable();
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        LastEditedBy = by;
        LastEditedAt = at.ToUniversalTime();
    }

    private void RequireStatus(DisclosureStatus required, string action)
    {
        if (Status != required)
        {
            throw new InvalidStatusTransition(Status, action);
        }
    }

    private void EnsureEditable()
    {
        switch (Status)
        {
            case DisclosureStatus.Published or DisclosureStatus.Withdrawn:
                throw new PublishedVersionIsReadOnly(Number);
            case DisclosureStatus.Submitted:
                throw new SubmittedVersionIsLocked(Number);
        }
    }

    // ---- Content ----------------------------------------------------------------------------

    public void Retitle(string title, string reportingUnit)
    {
        EnsureEditable();
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportingUnit);
        Title = title.Trim();
        ReportingUnit = reportingUnit.Trim();
    }

    public void SetProfile(DepartmentProfile profile, IEnumerable<DutyItem> duties)
    {
        EnsureEditable();
        Profile = profile;
        ReplaceSequenced(_duties, duties, (d, i) => d.Sequence = i);
    }

    public void SetSummary(IncomeExpenditureSummary summary, IEnumerable<SummaryExpenditureLine> expenditure)
    {
        EnsureEditable();
        var lines = expenditure.ToList();
        RejectDuplicates(PublishedTable.IncomeExpenditureSummary, lines.Select(l => l.ClassCode.Value));
        Summary = summary;
        Replace(_summaryExpenditure, lines);
    }

    public void SetIncomeRows(IEnumerable<IncomeRow> rows) => SetFunctionRows(_incomeRows, rows, PublishedTable.Income);

    public void SetExpenditureRows(IEnumerable<ExpenditureRow> rows) => SetFunctionRows(_expenditureRows, rows, PublishedTable.Expenditure);

    public void SetAppropriationSummary(AppropriationSummary summary, IEnumerable<AppropriationExpenditureLine> expenditure)
    {
        EnsureEditable();
        var lines = expenditure.ToList();
        RejectDuplicates(PublishedTable.AppropriationSummary, lines.Select(l => l.ClassCode.Value));
        AppropriationSummary = summary;
        Replace(_appropriationExpenditure, lines);
    }

    public void SetGeneralBudgetRows(IEnumerable<GeneralBudgetRow> rows) =>
        SetFunctionRows(_generalBudgetRows, rows, PublishedTable.GeneralBudgetExpenditure);

    public void SetBasicExpenditure(IEnumerable<BasicExpenditureRow> rows, BasicExpenditureTotals totals)
    {
        EnsureEditable();
        var list = rows.ToList();
        RejectDuplicates(PublishedTable.BasicExpenditureDetail, list.Select(r => r.Code.Value));
        BasicExpenditureTotals = totals;
        ReplaceSequenced(_basicExpenditureRows, list, (r, i) => r.Sequence = i);
    }

    public void SetGovernmentFundRows(IEnumerable<GovernmentFundRow> rows) =>
        SetFunctionRows(_governmentFundRows, rows, PublishedTable.GovernmentFund);

    public void SetStateCapitalRows(IEnumerable<StateCapitalRow> rows) =>
        SetFunctionRows(_stateCapitalRows, rows, PublishedTable.StateCapital);

    public void SetThreePublicCosts(ThreePublicCosts costs)
    {
        EnsureEditable();
        ThreePublicCosts = costs;
    }

    /// <summary>Sets (or, with a blank text, clears) the sentence an empty table is published with.</summary>
    public void SetEmptyStatement(PublishedTable table, string? text)
    {
        EnsureEditable();
        _emptyTableStatements.RemoveAll(s => s.Table == table);
        if (!string.IsNullOrWhiteSpace(text))
        {
            _emptyTableStatements.Add(new EmptyTableStatement(table, text));
        }
    }

    public void SetFacts(ThreePublicDetails threePublic, OperatingCosts operatingCosts,
        GovernmentProcurement procurement, AssetHoldings assets)
    {
        EnsureEditable();
        ThreePublicDetails = threePublic;
        OperatingCosts = operatingCosts;
        Procurement = procurement;
        Assets = assets;
    }

    public void SetExplanation(IEnumerable<ExplanationText> texts, IEnumerable<NarrativeFigure> figures,
        IEnumerable<ProjectSummary> projects)
    {
        EnsureEditable();
        var textList = texts.ToList();
        var figureList = figures.ToList();
        RejectDuplicates("说明文字", textList.Select(t => t.Key));
        RejectDuplicates("说明数字", figureList.Select(f => $"{f.Kind}:{f.Key}"));
        Replace(_explanationTexts, textList);
        Replace(_narrativeFigures, figureList);
        ReplaceSequenced(_projectSummaries, projects, (p, i) => p.Sequence = i);
    }

    public void SetKeyWork(IEnumerable<KeyWorkItem> items)
    {
        EnsureEditable();
        ReplaceSequenced(_keyWork, items, (k, i) => k.Sequence = i);
    }

    public void SetGlossary(IEnumerable<GlossaryEntry> entries)
    {
        EnsureEditable();
        ReplaceSequenced(_glossary, entries, (g, i) => g.Sequence = i);
    }

    /// <summary>Replaces the 基础数据表; a fixed line may appear once, named projects as often as there are projects.</summary>
    public void SetBasicData(PerformanceBasicData data, IEnumerable<BasicDataAmounts> lines)
    {
        EnsureEditable();
        var list = lines.ToList();
        RejectDuplicates("基础数据表", list.Select(l => l.Line == BasicDataLine.Project ? "项目：" + l.Name : l.Line.Label()));
        BasicData = data;
        ReplaceSequenced(_basicDataLines, list, (l, i) => l.Sequence = i);
    }

    public void SetEvaluations(IEnumerable<PerformanceEvaluation> evaluations)
    {
        EnsureEditable();
        ReplaceSequenced(_evaluations, evaluations, (e, i) => e.Sequence = i);
    }

    private void SetFunctionRows<TRow>(List<TRow> target, IEnumerable<TRow> rows, PublishedTable table)
        where TRow : FunctionRow
    {
        EnsureEditable();
        var list = rows.ToList();
        RejectDuplicates(table, list.Select(r => r.Code?.Value ?? "合计"));
        ReplaceSequenced(target, list, (r, i) => r.Sequence = i);
    }

    private static void RejectDuplicates(PublishedTable table, IEnumerable<string> keys) =>
        RejectDuplicates(table.Number(), keys);

    private static void RejectDuplicates(string where, IEnumerable<string> keys)
    {
        var duplicate = keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DuplicateTableRow(where, duplicate.Key);
        }
    }

    private static void Replace<T>(List<T> target, IEnumerable<T> items)
    {
        target.Clear();
        target.AddRange(items);
    }

    private static void ReplaceSequenced<T>(List<T> target, IEnumerable<T> items, Action<T, int> number)
    {
        Replace(target, items);
        for (var i = 0; i < target.Count; i++)
        {
            number(target[i], i + 1);
        }
    }
}
