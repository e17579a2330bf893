using System.Globalization;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Organizations;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// What a reader asks for in a department comparison's address — the year; the group by region (with
/// its sub-regions), listed departments or kind, which narrow together; the outlier rule; the sort —
/// checked once for the page, the downloads and the API; Problem says in Chinese what is wrong.
/// </summary>
public sealed record DepartmentComparisonRequest(int Year, string? Region, IReadOnlyList<string>? Departments, string? Kind,
    OutlierRule Rule, DepartmentSort Sort)
{
    public const int MaxDepartments = 500;

    public static (DepartmentComparisonRequest? Request, string? Problem) Parse(string? year, string? region, string? departments,
        string? kind, string? factor, string? ratio, string? sort, string? order)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear)
            || fiscalYear is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return (null, "请填写年度，例如 2024。");
        }
        region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        if (region is not null && !Domain.Organizations.Region.IsValidCode(region))
        {
            return (null, "地区编码应为 6 位数字，例如 420100。");
        }
        var codes = (departments ?? "").Split([',', '，', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > MaxDepartments || codes.Any(c => c.Length > Department.MaxCodeLength))
        {
            return (null, $"最多列出 {MaxDepartments} 个部门编码，用逗号分隔。");
        }
        kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        if (kind is not null && !DepartmentKinds.IsKnown(kind))
        {
            return (null, "没有这个部门类别。");
        }
        if (region is null && codes.Count == 0 && kind is null)
        {
            return (null, "请选择地区、填写部门编码或选择部门类别。");
        }
        var spread = OutlierRule.DefaultSpreadFactor;
        if (!string.IsNullOrWhiteSpace(factor)
            && (!decimal.TryParse(factor, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out spread) || spread > OutlierRule.MaxSpreadFactor))
        {
            return (null, $"四分位距倍数应为 0 至 {OutlierRule.MaxSpreadFactor:0} 之间的数，例如 1.5。");
        }
        decimal? medianRatio = null;
        if (!string.IsNullOrWhiteSpace(ratio))
        {
            if (!decimal.TryParse(ratio, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
                || parsed <= 1m || parsed > OutlierRule.MaxMedianRatio)
            {
                return (null, $"偏离中位数的倍数应大于 1、不超过 {OutlierRule.MaxMedianRatio:0}，例如 2。");
            }
            medianRatio = parsed;
        }
        var column = string.IsNullOrWhiteSpace(sort) ? DepartmentSort.Code : sort.Trim();
        var isMeasure = ComparisonMeasures.Find(column) is not null;
        if (!isMeasure && column is not (DepartmentSort.Code or DepartmentSort.Name or DepartmentSort.Region))
        {
            return (null, "无法按这一栏排序。");
        }
        if (order is not (null or "" or "asc" or "desc"))
        {
            return (null, "排序方向应为 asc 或 desc。");
        }
        // A measure reads from the highest down unless asked otherwise; a text column from A.
        var descending = order == "desc" || (string.IsNullOrEmpty(order) && isMeasure);
        return (new DepartmentComparisonRequest(fiscalYear, region, codes.Count == 0 ? null : codes, kind,
            new OutlierRule(spread, medianRatio), new DepartmentSort(column, descending)), null);
    }

    /// <summary>The file name of the downloads: "2024年度部门决算比较".</summary>
    public string FileName => $"{Year}年度部门决算比较";
}
