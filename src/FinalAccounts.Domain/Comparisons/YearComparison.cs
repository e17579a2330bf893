using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Comparisons;

/// <summary>
/// A signed change between two amounts of one line, with whether it is as large as the reader's
/// threshold. Null where either amount is blank: a line absent in a year has no change, not one from 0.
/// </summary>
public sealed record LineChange(int FromYear, int ToYear, Change Change, bool Notable)
{
    public Money Difference => Change.Difference;

    /// <summary>The change as a signed percentage of the earlier amount; null when that was zero.</summary>
    public decimal? Percent => Change.Rate is { } rate ? (Change.Difference.IsNegative ? -rate.Rounded : rate.Rounded) : null;

    /// <summary>
    /// A change is notable when its rate reaches the threshold (in %), or when it grows from zero,
    /// which no rate can state.
    /// </summary>
    public static LineChange? Between(int fromYear, Money? from, int toYear, Money? to, decimal thresholdPercent) =>
        Change.Between(to, from) is not { } change ? null
        : new LineChange(fromYear, toYear, change,
            change.Rate is { } rate ? rate.Exact >= thresholdPercent && !change.IsUnchanged : !change.IsUnchanged);
}

/// <summary>One cell of a table (a line and a column) across the compared years, oldest first.</summary>
/// <param name="Line">The line's key in the latest year (a code, "total", a fixed line's key).</param>
/// <param name="Code">The code the line has in the latest compared year; null for a line without one.</param>
/// <param name="Amounts">One per compared year; null where the year's table has no such amount.</param>
public sealed record ComparedLine(string Line, string? Code, string Name, string ColumnKey, string ColumnName,
    IReadOnlyList<Money?> Amounts)
{
    /// <summary>Each year against the one before it (from the second year on).</summary>
    public IReadOnlyList<LineChange?> FromPrevious { get; private init; } = [];

    /// <summary>Each year against the first (from the third year on; the second's is <see cref="FromPrevious"/>).</summary>
    public IReadOnlyList<LineChange?> FromFirst { get; private init; } = [];

    public bool Notable => FromPrevious.Concat(FromFirst).Any(c => c?.Notable == true);

    internal ComparedLine WithChanges(IReadOnlyList<int> years, decimal thresholdPercent) => this with
    {
        FromPrevious = [.. Enumerable.Range(1, years.Count - 1)
            .Select(i => LineChange.Between(years[i - 1], Amounts[i - 1], years[i], Amounts[i], thresholdPercent))],
        FromFirst = [.. Enumerable.Range(2, Math.Max(0, years.Count - 2))
            .Select(i => LineChange.Between(years[0], Amounts[0], years[i], Amounts[i], thresholdPercent))],
    };
}

/// <summary>公开05表's 年初预算 against 决算 for one line across the years.</summary>
public sealed record BudgetLine(string? Code, string Name, IReadOnlyList<Money?> Budgets, IReadOnlyList<Money?> Actuals)
{
    /// <summary>决算 against 年初预算 in each year; null where either is blank.</summary>
    public IReadOnlyList<LineChange?> Execution(IReadOnlyList<int> years, decimal thresholdPercent) =>
        [.. years.Select((year, i) => LineChange.Between(year, Budgets[i], year, Actuals[i], thresholdPercent))];
}

public sealed record ComparedTable(PublishedTable Table, IReadOnlyList<ComparedLine> Lines);

/// <summary>A measure (收支总计, 人均公用经费 …) across the compared years, oldest first; null where a year has none.</summary>
public sealed record TrendLine(Measure Measure, IReadOnlyList<decimal?> Values)
{
    /// <summary>The values as amounts, for a chart; empty for a count of people.</summary>
    public IReadOnlyList<Money?> Amounts => Measure.IsMoney ? [.. Values.Select(v => v is { } yuan ? Money.FromYuan(yuan) : (Money?)null)] : [];

    /// <summary>Whether a line chart can be drawn: an amount, known in at least one year.</summary>
    public bool IsChartable => Measure.IsMoney && Values.Any(v => v is not null);

    /// <summary>The line as a chart over the years; a year without an amount has no point.</summary>
    public Narrative.Chart Chart(IReadOnlyList<int> years) =>
        new(1, $"{Measure.Name}（{years[0]}—{years[^1]}年度）", Narrative.ChartKind.Line,
            [.. years.Select((y, i) => (Year: $"{y}年度", Amount: Amounts.ElementAtOrDefault(i)))
                .Where(p => p.Amount is not null).Select(p => new Narrative.ChartPoint(p.Year, Measure.Name, p.Amount!.Value))])
        {
            Unit = Measure.UnitName,
            AllCategories = [.. years.Select(y => $"{y}年度")],
        };
}

/// <summary>
/// A department's published tables side by side across 2–10 years, aligned by code, with changes
/// between consecutive years and against the first, and 公开05表's budget against actual. Every page,
/// download and API answer of a year comparison reads this one computation.
/// </summary>
public sealed class YearComparison
{
    public const int MinYears = 2;
    public const int MaxYears = 10;
    public const decimal DefaultThresholdPercent = 20m;

    public YearComparison(IReadOnlyList<int> years, decimal thresholdPercent, IEnumerable<ComparedTable> tables,
        IReadOnlyList<BudgetLine> budgetLines)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count is < MinYears or > MaxYears || years.Distinct().Count() != years.Count)
        {
            throw new ArgumentException($"须比较 {MinYears}–{MaxYears} 个不同的年度。", nameof(years));
        }
        Years = [.. years.Order()];
        ThresholdPercent = thresholdPercent;
        Tables = [.. tables.Select(t => t with { Lines = [.. t.Lines.Select(l => l.WithChanges(Years, thresholdPercent))] })];
        BudgetLines = budgetLines;
    }

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The rate (in %) from which a change is highlighted.</summary>
    public decimal ThresholdPercent { get; }

    public IReadOnlyList<ComparedTable> Tables { get; }

    public IReadOnlyList<BudgetLine> BudgetLines { get; }

    /// <summary>收支总计, 财政拨款, 基本/项目, 人员/公用经费, 三公 by item, 机关运行经费 and per-staff figures across the years.</summary>
    public IReadOnlyList<TrendLine> Trends { get; init; } = [];

    /// <summary>The years read from a version not yet published (staff who may see drafts asked for them).</summary>
    public IReadOnlySet<int> DraftYears { get; init; } = new HashSet<int>();

    /// <summary>"2024年度", or "2025年度（草稿）" for a year read from a draft: every heading of a year says which.</summary>
    public string YearLabel(int year) => DraftYears.Contains(year) ? $"{year}年度（草稿）" : $"{year}年度";

    /// <summary>The years as the reader may type them: "2023,2024"; null when they are not 2–10 distinct years.</summary>
    public static IReadOnlyList<int>? ParseYears(string? text)
    {
        var parts = (text ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries);
        var years = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                || year is < Classification.FiscalYear.Earliest or > Classification.FiscalYear.Latest || years.Contains(year))
            {
                return null;
            }
            years.Add(year);
        }
        return years.Count is >= MinYears and <= MaxYears ? [.. years.Order()] : null;
    }
}
