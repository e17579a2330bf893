namespace FinalAccounts.Web.Rendering;

/// <summary>The portal's stable public addresses, built in one place for pages, downloads and the API's links.</summary>
public static class PortalPaths
{
    public static string Department(string departmentCode) => $"/departments/{departmentCode}";

    public static string Region(string regionCode) => $"/regions/{regionCode}";

    /// <summary>The latest published version of a department's year.</summary>
    public static string Disclosure(string departmentCode, int year) => $"/disclosures/{departmentCode}/{year}";

    /// <summary>One version, for good: its page, and the stem of its downloads ("…/v2/pdf").</summary>
    public static string Version(string departmentCode, int year, int version) => $"/disclosures/{departmentCode}/{year}/v{version}";

    /// <summary>
    /// A year comparison's shareable address; with <paramref name="format"/> ("xlsx", "csv") its download
    /// beside it (/compare/years.xlsx?…). The threshold is left out when it is the default.
    /// </summary>
    /// <param name="drafts">Ask for the department's drafts (shown only to staff who may see them).</param>
    public static string YearComparison(string departmentCode, IEnumerable<int> years, decimal? thresholdPercent = null,
        string? format = null, bool drafts = false) =>
        $"/compare/years{(format is null ? "" : "." + format)}?department={Uri.EscapeDataString(departmentCode)}&years={string.Join(",", years)}"
        + (thresholdPercent is { } t && t != Domain.Comparisons.YearComparison.DefaultThresholdPercent
            ? "&threshold=" + t.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "")
        + (drafts ? "&drafts=true" : "");

    /// <summary>
    /// A department comparison's shareable address; with <paramref name="format"/> ("xlsx", "csv") its
    /// download beside it (/compare/departments.xlsx?…); <paramref name="sort"/> replaces the sort (a heading's link).
    /// Defaults are left out.
    /// </summary>
    /// <param name="drafts">Ask for the drafts the reader may see (shown only to staff).</param>
    public static string DepartmentComparison(Infrastructure.Comparisons.DepartmentComparisonRequest request, string? format = null,
        Domain.Comparisons.DepartmentSort? sort = null, bool drafts = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var query = new List<string> { $"year={request.Year}" };
        if (request.Region is { } region)
        {
            query.Add("region=" + Uri.EscapeDataString(region));
        }
        if (request.Departments is { } departments)
        {
            query.Add("departments=" + Uri.EscapeDataString(string.Join(",", departments)));
        }
        if (request.Kind is { } kind)
        {
            query.Add("kind=" + Uri.EscapeDataString(kind));
        }
        if (request.Rule.SpreadFactor != Domain.Comparisons.OutlierRule.DefaultSpreadFactor)
        {
            query.Add("factor=" + request.Rule.SpreadFactor.ToString("0.##", invariant));
        }
        if (request.Rule.MedianRatio is { } ratio)
        {
            query.Add("ratio=" + ratio.ToString("0.##", invariant));
        }
        sort ??= request.Sort;
        if (sort != Domain.Comparisons.DepartmentSort.Default)
        {
            query.Add("sort=" + Uri.EscapeDataString(sort.Column));
            query.Add("order=" + (sort.Descending ? "desc" : "asc"));
        }
        if (drafts)
        {
            query.Add("drafts=true");
        }
        return $"/compare/departments{(format is null ? "" : "." + format)}?{string.Join("&", query)}";
    }

    /// <summary>Who published a region's year on time.</summary>
    public static string Timeliness(string regionCode, int year) => $"/timeliness?region={Uri.EscapeDataString(regionCode)}&year={year}";

    /// <summary>What deserves a look in a region's year; with <paramref name="format"/> its download (/anomalies.xlsx?…).</summary>
    public static string Anomalies(string regionCode, int year, decimal? thresholdPercent = null, string? format = null) =>
        $"/anomalies{(format is null ? "" : "." + format)}?region={Uri.EscapeDataString(regionCode)}&year={year}"
        + (thresholdPercent is { } t && t != Domain.Comparisons.Anomaly.DefaultThresholdPercent
            ? "&threshold=" + t.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "");

    /// <summary>Findings across published disclosures with the filters set; with <paramref name="format"/> its download.</summary>
    public static string Findings(Infrastructure.Checking.FindingsAcrossRequest request, string? format = null, int? page = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("rule", request.Rule);
        Add("severity", request.Severity?.ToString().ToLowerInvariant());
        Add("region", request.Region);
        Add("year", request.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("kind", request.Kind);
        Add("p", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return $"/findings{(format is null ? "" : "." + format)}" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    /// <summary>What a correction changed against the version before it.</summary>
    public static string VersionChanges(string departmentCode, int year, int version) => Version(departmentCode, year, version) + "/changes";
}
