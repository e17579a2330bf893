using FinalAccounts.Domain.Figures;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// Starts next year's disclosure from last year's content. What a department writes again every
/// year stays: the duties and organization, the table rows with their codes and names, the empty-table
/// statements, the 说明 texts (each marked 沿用上年、待核对, see <see cref="ExplanationTextContent.CarriedFromYear"/>,
/// for they may state last year's reasons and amounts), key work titles and goals, the glossary, and the evaluations with their
/// indicator trees, targets and weights. What the year produced is cleared: every amount and count,
/// and every result — indicator actuals and scores, evaluation scores, grades, execution, deviation
/// analyses and reports, key work completion, project outputs.
/// </summary>
internal static class NextYearContent
{
    /// <summary>
    /// Last year's figures become the new draft's prior-year figures, computed from last year's tables
    /// exactly as they would be from last year's published disclosure, so the year-over-year sentences
    /// work even where the portal has no previous disclosure and agree with it where it has. The
    /// figures last year's 说明 stated or entered belong to that year and are dropped.
    /// </summary>
    /// <exception cref="InvalidContentException">Last year's content cannot be read, so its figures cannot be computed.</exception>
    public static DisclosureContent From(DisclosureContent lastYear, int newYear, string newTitle)
    {
        ArgumentNullException.ThrowIfNull(lastYear);
        ArgumentException.ThrowIfNullOrWhiteSpace(newTitle);
        var statement = new StatementYear(lastYear.Year, newYear);
        return lastYear with
        {
            Year = newYear,
            Version = lastYear.Version with
            {
                Number = 1, Status = "draft", Title = newTitle.Trim(), PublishedOn = null, CorrectionNote = null,
            },
            Profile = lastYear.Profile is { } profile
                ? profile with { Staffing = new StaffingContent(null, null, null, null) }
                : null,
            Tables = Tables(lastYear.Tables, statement),
            ThreePublicDetails = lastYear.ThreePublicDetails is { } details
                ? new ThreePublicDetailsContent(null, null, null, null, details.VehicleOperationUse, null, null, details.ReceptionVisitors)
                : null,
            OperatingCosts = new OperatingCostsContent(null, null),
            Procurement = new ProcurementContent(null, null, null, null, null, null, null, null, null),
            Assets = new AssetsContent(null, null, null, null, null, null, null, null, null, null),
            Explanation = new ExplanationContent(
                (lastYear.Explanation?.Texts ?? []).Select(t => t with { CarriedFromYear = lastYear.Year }).ToList(),
                PriorYearFigures(lastYear),
                (lastYear.Explanation?.Projects ?? [])
                    .Select(p => new ProjectSummaryContent(p.Name, null, null, null, p.Problems, p.NextSteps)).ToList()),
            KeyWork = lastYear.KeyWork?.Select(k => k with { Completion = null }).ToList(),
            Evaluations = lastYear.Evaluations?.Select(Evaluation).ToList(),
            BasicData = BasicDataMapping.NextYear(lastYear.BasicData),
        };
    }

    // The positional constructors below list every column, so a column added to a content record has to
    // be decided on here before this compiles. Coded rows keep their codes and names with blank amounts,
    // and the 合计 row stays above them; a 合计 row alone and the 类 lines of 公开01/04表 mean nothing
    // without amounts and are left out, as the content writer leaves them out (CodedRowLists).
    private static TablesContent Tables(TablesContent t, StatementYear statement) => new(
        t.T01 is { } t01
            ? new SummaryContent(null, null, null, null, null, null, null, null, null, null, null, null,
                [],
                null, null, null, null, statement.Of(t01.EmptyStatement))
            : null,
        t.T02 is { } t02
            ? new(t02.Rows.Where(r => r.Code is not null || t02.Rows.Any(c => c.Code is not null)).Select(r => new IncomeRowContent(r.Code, r.Name, null, null, null, null, null, null, null)).ToList(),
                statement.Of(t02.EmptyStatement))
            : null,
        t.T03 is { } t03
            ? new(t03.Rows.Where(r => r.Code is not null || t03.Rows.Any(c => c.Code is not null)).Select(r => new ExpenditureRowContent(r.Code, r.Name, null, null, null, null, null, null)).ToList(),
                statement.Of(t03.EmptyStatement))
            : null,
        t.T04 is { } t04
            ? new AppropriationSummaryContent(null, null, null, null, null, null, null, null, null,
                [],
                null, null, null, statement.Of(t04.EmptyStatement))
            : null,
        t.T05 is { } t05
            ? new(t05.Rows.Where(r => r.Code is not null || t05.Rows.Any(c => c.Code is not null)).Select(r => new GeneralBudgetRowContent(r.Code, r.Name, null, null, null, null)).ToList(),
                statement.Of(t05.EmptyStatement))
            : null,
        t.T06 is { } t06
            ? new BasicExpenditureContent(t06.Rows.Select(r => new EconomicRowContent(r.Group, r.Code, r.Name, null)).ToList(),
                null, null, statement.Of(t06.EmptyStatement))
            : null,
        t.T07 is { } t07
            ? new(t07.Rows.Where(r => r.Code is not null || t07.Rows.Any(c => c.Code is not null)).Select(r => new GovernmentFundRowContent(r.Code, r.Name, null, null, null, null, null, null)).ToList(),
                statement.Of(t07.EmptyStatement))
            : null,
        t.T08 is { } t08
            ? new(t08.Rows.Where(r => r.Code is not null || t08.Rows.Any(c => c.Code is not null)).Select(r => new StateCapitalRowContent(r.Code, r.Name, null, null, null)).ToList(),
                statement.Of(t08.EmptyStatement))
            : null,
        t.T09 is { } t09 ? new ThreePublicCostsContent(null, null, statement.Of(t09.EmptyStatement)) : null);

    private static IReadOnlyList<NarrativeFigureContent> PriorYearFigures(DisclosureContent lastYear)
    {
        var read = new ContentReader("上年内容");
        var version = ContentWriter.Detached(lastYear, read, lastYear.Version.Title, lastYear.Version.ReportingUnit);
        return DisclosureFigures.Compute(version).Keyed
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new NarrativeFigureContent("prior-year", f.Key, WanYuanText.Of(f.Value)))
            .ToList();
    }

    /// <summary>
    /// Last year's form with its structure kept (projects, goals, indicators, weights) and everything
    /// that is this year's result cleared: amounts, rate, scores, grade, what was achieved and why not.
    /// </summary>
    private static EvaluationContent Evaluation(EvaluationContent e) => e with
    {
        Funds = [],
        ExecutionRate = null,
        FundScore = null,
        TotalScore = null,
        Grade = null,
        DeviationAnalysis = null,
        Report = null,
        Goals = e.Goals.Select(g => g with
        {
            Achieved = null,
            Indicators = g.Indicators.Select(i => i with { Actual = null, Score = null, Deviation = null }).ToList(),
        }).ToList(),
    };

    /// <summary>
    /// An empty-table statement names its year ("本部门2024年度无政府性基金预算财政拨款收入支出。"); carried
    /// into the new year it names the new one.
    /// </summary>
    private sealed record StatementYear(int LastYear, int NewYear)
    {
        public string? Of(string? statement) =>
            statement?.Replace($"{LastYear}年", $"{NewYear}年", StringComparison.Ordinal);
    }
}
