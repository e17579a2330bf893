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
    public static string YearComparison(string departmentCode, IEnumerable<int> years, decimal? thresholdPercent = null,
        string? format = null) =>
        $"/compare/years{(format is null ? "" : "." + format)}?department={Uri.EscapeDataString(departmentCode)}&years={string.Join(",", years)}"
        + (thresholdPercent is { } t && t != Domain.Comparisons.YearComparison.DefaultThresholdPercent
            ? "&threshold=" + t.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "");

    /// <summary>What a correction changed against the version before it.</summary>
    public static string VersionChanges(string departmentCode, int year, int version) => Version(departmentCode, year, version) + "/changes";
}
