using System.Globalization;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Comparisons;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// The list of what deserves a look as one <see cref="ComparisonSheet"/> — rank, department, kind,
/// why, and the address of the evidence — which the page, the XLSX and the CSV all show.
/// </summary>
public static class AnomalySheet
{
    public const string Key = "anomalies";

    public static ComparisonSheet Of(AnomalyList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        string[] headings = ["序号", "部门编码", "部门", "类别", "说明", "依据"];
        var rows = list.Entries.Select((entry, i) =>
        {
            var evidence = Evidence(list, entry);
            return (IReadOnlyList<SheetCell>)
            [
                new((i + 1).ToString(CultureInfo.InvariantCulture)), new(entry.DepartmentCode), new(entry.DepartmentName),
                new(entry.KindName), new(entry.Reason), new SheetCell(evidence) { Link = evidence },
            ];
        }).ToList();
        return new ComparisonSheet(Key, "值得关注", $"{list.RegionName}（含下级地区）{list.Year}年度值得关注的情况", headings, rows)
        {
            LabelColumns = headings.Length, RowHeaderColumn = 2, HasMarkColumn = false,
        };
    }

    /// <summary>Where an entry's figures can be seen: the table, the years compared, the peers, the on-time table, the correction, the warnings.</summary>
    public static string Evidence(AnomalyList list, Anomaly entry)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Kind switch
        {
            AnomalyKind.ThreePublicOverBudget when entry.Version is { } version =>
                PortalPaths.Version(entry.DepartmentCode, entry.Year, version) + "#" + HtmlTable.AnchorOf(PublishedTable.ThreePublicCosts),
            AnomalyKind.ThreePublicGrowing or AnomalyKind.OperatingCostsGrowing or AnomalyKind.LargeChange =>
                PortalPaths.YearComparison(entry.DepartmentCode, [entry.Year - 1, entry.Year]) + "&trend=" + entry.Measure!.Key + "#trend-heading",
            AnomalyKind.PeerOutlier => PortalPaths.DepartmentComparison(new DepartmentComparisonRequest(entry.Year, list.RegionCode, null, entry.PeerKind,
                OutlierRule.Default, new DepartmentSort(entry.Measure!.Key, true))),
            AnomalyKind.Corrected when entry.Version is { } version => PortalPaths.VersionChanges(entry.DepartmentCode, entry.Year, version),
            AnomalyKind.WarningsLeft => PortalPaths.Findings(
                new Infrastructure.Checking.FindingsAcrossRequest(null, Domain.Validation.FindingSeverity.Warning, list.RegionCode, entry.Year, null, 1)),
            _ => PortalPaths.Timeliness(list.RegionCode, entry.Year),
        };
    }
}
