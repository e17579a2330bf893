namespace FinalAccounts.Domain.Comparisons;

/// <summary>
/// A group's quartiles of one measure over the departments that have it: linear interpolation
/// between the ordered values at (n − 1) × p (as Excel's QUARTILE.INC and PostgreSQL's
/// percentile_cont), exact, rounded to the 分 (or to a hundredth of a person). Computed by the database.
/// </summary>
public sealed record Quartiles(int Count, decimal Lower, decimal Median, decimal Upper)
{
    /// <summary>四分位距: upper less lower quartile.</summary>
    public decimal Spread => Upper - Lower;
}

/// <summary>低 below the lower quartile; 中低 up to the median; 中高 up to the upper quartile; 高 above it.</summary>
public enum PeerBand
{
    Low = 1,
    LowerMiddle = 2,
    UpperMiddle = 3,
    High = 4,
}

/// <summary>Which way a figure lies far from its peers.</summary>
public enum Deviation
{
    Low = -1,
    High = 1,
}

/// <summary>
/// When a figure lies far from its peers, as the reader sets it: beyond the quartiles by
/// <see cref="SpreadFactor"/> × 四分位距 (Tukey's fences, 1.5 unless set), or, when
/// <see cref="MedianRatio"/> is set, above that multiple of the median or below the median divided by it.
/// </summary>
public sealed record OutlierRule(decimal SpreadFactor, decimal? MedianRatio)
{
    public const decimal DefaultSpreadFactor = 1.5m;
    public const decimal MaxSpreadFactor = 100m;
    public const decimal MaxMedianRatio = 1000m;

    public static OutlierRule Default { get; } = new(DefaultSpreadFactor, null);

    /// <summary>Below this lies far low: lower quartile less the factor × 四分位距.</summary>
    public decimal LowFence(Quartiles quartiles) => quartiles.Lower - SpreadFactor * quartiles.Spread;

    /// <summary>Above this lies far high: upper quartile plus the factor × 四分位距.</summary>
    public decimal HighFence(Quartiles quartiles) => quartiles.Upper + SpreadFactor * quartiles.Spread;

    public Deviation? Judge(decimal value, Quartiles quartiles)
    {
        ArgumentNullException.ThrowIfNull(quartiles);
        var byRatio = MedianRatio is { } ratio && quartiles.Median > 0;
        if (value > HighFence(quartiles) || (byRatio && value > MedianRatio!.Value * quartiles.Median))
        {
            return Deviation.High;
        }
        if (value < LowFence(quartiles) || (byRatio && value < quartiles.Median / MedianRatio!.Value))
        {
            return Deviation.Low;
        }
        return null;
    }

    /// <summary>The rule in words, for the page: "低于下四分位数减 1.5 倍四分位距或高于上四分位数加 1.5 倍四分位距".</summary>
    public string Describe()
    {
        var text = $"低于下四分位数减 {SpreadFactor:0.##} 倍四分位距或高于上四分位数加 {SpreadFactor:0.##} 倍四分位距";
        return MedianRatio is { } ratio ? text + $"，或高于中位数的 {ratio:0.##} 倍、低于中位数的 {ratio:0.##} 分之一" : text;
    }
}

/// <summary>One department's figure of one measure among its peers; all null where it has none.</summary>
/// <param name="Rank">From the highest: 1 for the largest value (ties share a rank).</param>
public sealed record PeerFigure(decimal? Value, int? Rank, PeerBand? Band, Deviation? Deviation)
{
    public static PeerFigure Blank { get; } = new(null, null, null, null);

    public static PeerFigure Of(decimal? value, int? rank, Quartiles? quartiles, OutlierRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (value is not { } v || quartiles is null)
        {
            return Blank;
        }
        var band = v < quartiles.Lower ? PeerBand.Low : v <= quartiles.Median ? PeerBand.LowerMiddle
            : v <= quartiles.Upper ? PeerBand.UpperMiddle : PeerBand.High;
        return new PeerFigure(v, rank, band, rule.Judge(v, quartiles));
    }

    /// <summary>Each value's <see cref="Rank"/> among all of them: 1 + how many are larger; null for a blank.</summary>
    public static IReadOnlyList<int?> Ranks(IReadOnlyList<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var descending = values.OfType<decimal>().OrderDescending().ToArray();
        return [.. values.Select(v => v is { } x ? 1 + Larger(descending, x) : (int?)null)];

        // How many of the descending values are larger than x: where the first value ≤ x stands.
        static int Larger(decimal[] descending, decimal x)
        {
            var (low, high) = (0, descending.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = descending[middle] > x ? (middle + 1, high) : (low, middle);
            }
            return low;
        }
    }

    /// <summary>低, 中低, 中高, 高.</summary>
    public static string BandName(PeerBand band) => band switch
    {
        PeerBand.Low => "低",
        PeerBand.LowerMiddle => "中低",
        PeerBand.UpperMiddle => "中高",
        _ => "高",
    };
}

/// <summary>A compared department: which version was read, and its figures in the order of the measures.</summary>
/// <param name="IsDraft">Read from a draft or submitted version, for staff who may see the department's drafts.</param>
public sealed record ComparedDepartment(string Code, string Name, string RegionName, int Version, IReadOnlyList<PeerFigure> Figures,
    bool IsDraft = false)
{
    /// <summary>The name as every list of the comparison writes it: "…司法局（草稿，第2版）" for a draft.</summary>
    public string Label => IsDraft ? $"{Name}（草稿，第{Version}版）" : Name;

    /// <summary>The measures on which it lies far from its peers, with the direction.</summary>
    public IEnumerable<(Measure Measure, Deviation Deviation)> Deviations(IReadOnlyList<Measure> measures) =>
        measures.Zip(Figures).Where(p => p.Second.Deviation is not null).Select(p => (p.First, p.Second.Deviation!.Value));
}

/// <summary>How the rows are ordered: by a text column (code, name, region) or a measure's key; blanks always last.</summary>
public sealed record DepartmentSort(string Column, bool Descending)
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Region = "region";

    public static DepartmentSort Default { get; } = new(Code, false);
}

/// <summary>
/// One year's departments side by side: each measure's value, rank and band per department, the
/// group's quartiles, and the figures far from their peers. Every page, download and API answer of
/// a department comparison reads this one computation.
/// </summary>
public sealed class DepartmentComparison
{
    public DepartmentComparison(int year, IReadOnlyList<Measure> measures, IReadOnlyList<Quartiles?> statistics,
        IEnumerable<ComparedDepartment> departments, OutlierRule rule, DepartmentSort sort)
    {
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(sort);
        if (statistics.Count != measures.Count)
        {
            throw new ArgumentException("每个指标须有一组统计。", nameof(statistics));
        }
        Year = year;
        Measures = measures;
        Statistics = statistics;
        Rule = rule;
        Sort = sort;
        Departments = Sorted(departments, measures, sort);
    }

    public int Year { get; }
    public IReadOnlyList<Measure> Measures { get; }

    /// <summary>One per measure; null where no department has the measure.</summary>
    public IReadOnlyList<Quartiles?> Statistics { get; }

    public OutlierRule Rule { get; }
    public DepartmentSort Sort { get; }
    public IReadOnlyList<ComparedDepartment> Departments { get; }

    private static IReadOnlyList<ComparedDepartment> Sorted(IEnumerable<ComparedDepartment> departments, IReadOnlyList<Measure> measures,
        DepartmentSort sort)
    {
        var index = measures.ToList().FindIndex(m => m.Key == sort.Column);
        if (index >= 0)
        {
            var known = departments.Where(d => d.Figures[index].Value is not null);
            var ordered = sort.Descending
                ? known.OrderByDescending(d => d.Figures[index].Value)
                : known.OrderBy(d => d.Figures[index].Value);
            return [.. ordered.ThenBy(d => d.Code, StringComparer.Ordinal),
                .. departments.Where(d => d.Figures[index].Value is null).OrderBy(d => d.Code, StringComparer.Ordinal)];
        }
        Func<ComparedDepartment, string> key = sort.Column switch
        {
            DepartmentSort.Name => d => d.Name,
            DepartmentSort.Region => d => d.RegionName,
            _ => d => d.Code,
        };
        var byText = sort.Descending ? departments.OrderByDescending(key, StringComparer.Ordinal) : departments.OrderBy(key, StringComparer.Ordinal);
        return [.. byText.ThenBy(d => d.Code, StringComparer.Ordinal)];
    }
}
