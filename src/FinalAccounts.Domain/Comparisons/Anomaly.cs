using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;

namespace FinalAccounts.Domain.Comparisons;

/// <summary>What deserves a look (issue 17), in the order the list groups them when their weight is equal.</summary>
public enum AnomalyKind
{
    ThreePublicOverBudget = 1,
    ThreePublicGrowing = 2,
    OperatingCostsGrowing = 3,
    LargeChange = 4,
    PeerOutlier = 5,
    LatePublication = 6,
    Corrected = 7,
    WarningsLeft = 8,
}

/// <summary>
/// One entry of the list of what deserves a look in a region's year: the department, why in words with
/// the figures, and a weight that ranks it (larger first). The evidence it points at — a table, a
/// comparison, the on-time table, the correction's changes — is named by Kind and the fields beside it.
/// </summary>
/// <param name="Version">The published version the entry reads; null for a year not yet public.</param>
/// <param name="Measure">The measure concerned, where there is one (the comparison to open).</param>
/// <param name="PeerKind">For an outlier among peers, the kind of department compared with.</param>
public sealed record Anomaly(AnomalyKind Kind, string DepartmentCode, string DepartmentName, int Year, int? Version, string Reason, decimal Weight,
    Measure? Measure = null, string? PeerKind = null)
{
    public const decimal DefaultThresholdPercent = 30m;

    /// <summary>How much a correction weighs: about a 20% change each.</summary>
    private const decimal CorrectionWeight = 20m;

    /// <summary>How much a warning left in a published version weighs.</summary>
    private const decimal WarningWeight = 10m;

    /// <summary>How much a day of lateness weighs: 20 days late, like a doubling.</summary>
    private const decimal LateDayWeight = 5m;

    public string KindName => Kind switch
    {
        AnomalyKind.ThreePublicOverBudget => "“三公”经费超预算",
        AnomalyKind.ThreePublicGrowing => "“三公”经费增长",
        AnomalyKind.OperatingCostsGrowing => "机关运行经费增长",
        AnomalyKind.LargeChange => "较上年大幅变动",
        AnomalyKind.PeerOutlier => "偏离同类部门",
        AnomalyKind.LatePublication => "逾期公开",
        AnomalyKind.WarningsLeft => "公开时仍有校验警告",
        _ => "公开后更正",
    };

    /// <summary>The most of a stated reason an entry quotes.</summary>
    private const int QuotedReasonLength = 80;

    /// <summary>
    /// The entry with what the 说明 says of it: a change the department explained quotes the reason and
    /// weighs half as much; one it left unexplained says so and keeps its weight.
    /// </summary>
    public Anomaly WithStatedReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return this with { Reason = Reason + "说明未写明原因。" };
        }
        var quoted = reason.Trim().TrimEnd('。', '；', '，');
        quoted = quoted.Length > QuotedReasonLength ? quoted[..QuotedReasonLength] + "…" : quoted;
        return this with { Reason = Reason + $"说明所述原因：{quoted}。", Weight = Weight / 2 };
    }

    /// <summary>The larger weight first; then by department and kind, so the order is stable.</summary>
    public static IReadOnlyList<Anomaly> Ranked(IEnumerable<Anomaly> anomalies) =>
        [.. anomalies.OrderByDescending(a => a.Weight).ThenBy(a => a.DepartmentCode, StringComparer.Ordinal).ThenBy(a => a.Kind)
            .ThenBy(a => a.Measure?.Key, StringComparer.Ordinal)];

    /// <summary>An amount grown since the year before (三公, 机关运行经费): any growth counts.</summary>
    public static Anomaly? Growth(AnomalyKind kind, Subject subject, Measure measure, decimal? previous, decimal? current)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(measure);
        if (LineChange.Between(subject.Year - 1, Yuan(previous), subject.Year, Yuan(current), 0m) is not { } change || change.Difference.Yuan <= 0)
        {
            return null;
        }
        return subject.Entry(kind, Growth(measure, change), WeightOf(change), measure);
    }

    /// <summary>A measure that moved by the threshold's rate or more, either way, since the year before.</summary>
    public static Anomaly? LargeChange(Subject subject, Measure measure, decimal? previous, decimal? current, decimal thresholdPercent)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(measure);
        if (LineChange.Between(subject.Year - 1, Yuan(previous), subject.Year, Yuan(current), thresholdPercent) is not { Notable: true } change)
        {
            return null;
        }
        return subject.Entry(AnomalyKind.LargeChange, Growth(measure, change), WeightOf(change), measure);
    }

    /// <summary>决算 above 预算 (公开09表).</summary>
    public static Anomaly? OverBudget(Subject subject, Measure actual, decimal? budget, decimal? spent)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(actual);
        if (Change.Between(Yuan(spent), Yuan(budget)) is not { } change || change.Difference.Yuan <= 0)
        {
            return null;
        }
        var rate = change.Rate is { } r ? $"（{r}）" : "";
        return subject.Entry(AnomalyKind.ThreePublicOverBudget,
            $"{actual.Name}决算 {change.Current.ToWanYuanString()} 万元，超过预算数 {change.Previous.ToWanYuanString()} 万元 {change.Difference.ToWanYuanString()} 万元{rate}。",
            change.Rate?.Exact ?? 100m, actual);
    }

    /// <summary>A figure far from those of the same kind of department in the region.</summary>
    public static Anomaly PeerOutlier(Subject subject, Measure measure, PeerFigure figure, Quartiles quartiles, OutlierRule rule, string peerKind)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(quartiles);
        ArgumentNullException.ThrowIfNull(rule);
        var value = figure.Value!.Value;
        var high = figure.Deviation == Deviation.High;
        var fence = high ? rule.HighFence(quartiles) : rule.LowFence(quartiles);
        var reason = $"{measure.Name} {measure.Format(value)} {measure.UnitName}，{(high ? "高于" : "低于")}同类（{peerKind}）{quartiles.Count} 个部门的" +
                     $"中位数 {measure.Format(Round(quartiles.Median))} {measure.UnitName}，{(high ? "超过偏高界限" : "低于偏低界限")} " +
                     $"{measure.Format(Round(fence))} {measure.UnitName}。";
        var weight = quartiles.Median > 0 ? Math.Abs(value - quartiles.Median) / quartiles.Median * 100m : 100m;
        return subject.Entry(AnomalyKind.PeerOutlier, reason, weight, measure) with { PeerKind = peerKind };
    }

    /// <summary>Made public (or still not) after the 20 days from approval.</summary>
    public static Anomaly? Late(Subject subject, Disclosures.PublicationTimeliness timeliness)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(timeliness);
        if (timeliness.DaysLate <= 0)
        {
            return null;
        }
        return subject.Entry(AnomalyKind.LatePublication,
            $"批复日期 {timeliness.ApprovedOn:yyyy-MM-dd}，{timeliness.Describe()}（期限为批复后 {Disclosures.PublicationTimeliness.DeadlineDays} 天）。",
            timeliness.DaysLate * LateDayWeight);
    }

    /// <summary>Published with warnings of the validator still standing (each weighs as a 10% change).</summary>
    public static Anomaly? WarningsLeft(Subject subject, int warnings)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (warnings <= 0)
        {
            return null;
        }
        return subject.Entry(AnomalyKind.WarningsLeft, $"现行第{subject.Version}版公开时仍有 {warnings} 条校验警告（须说明理由的不一致）。",
            warnings * WarningWeight);
    }

    /// <summary>Corrected after publication: the latest published version is not the first.</summary>
    public static Anomaly? Corrected(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Version is not ({ } version and > 1))
        {
            return null;
        }
        return subject.Entry(AnomalyKind.Corrected, $"公开后更正 {version - 1} 次，现行为第{version}版。", (version - 1) * CorrectionWeight);
    }

    private static string Growth(Measure measure, LineChange change)
    {
        var rate = change.Percent is { } percent ? $"，{(percent < 0 ? "下降" : "增长")} {Math.Abs(percent):0.#}%" : "，从零增加";
        return $"{measure.Name}由{change.FromYear}年度 {(change.Change.Previous).ToWanYuanString()} 万元{(change.Difference.IsNegative ? "减少" : "增加")}到" +
               $"{change.ToYear}年度 {change.Change.Current.ToWanYuanString()} 万元{rate}。";
    }

    // A change from zero has no rate: it weighs as a doubling.
    private static decimal WeightOf(LineChange change) => change.Change.Rate?.Exact ?? 100m;

    private static Money? Yuan(decimal? value) => value is { } v ? Money.FromYuan(v) : null;

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The department-year an entry is about.</summary>
    public sealed record Subject(string DepartmentCode, string DepartmentName, int Year, int? Version)
    {
        internal Anomaly Entry(AnomalyKind kind, string reason, decimal weight, Measure? measure = null) =>
            new(kind, DepartmentCode, DepartmentName, Year, Version, reason, weight, measure);
    }
}
