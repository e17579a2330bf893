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
}
