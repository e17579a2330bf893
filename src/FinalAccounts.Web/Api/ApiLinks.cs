using System.Globalization;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Web.Rendering;

namespace FinalAccounts.Web.Api;

/// <summary>
/// The portal's URLs as the open-data API links them: relative to the site, and always naming the
/// version, so that a version's JSON is the same wherever it was fetched from.
/// </summary>
internal static class ApiLinks
{
    public const string Root = "/api/v1";

    public static string Disclosure(string department, int year) => $"{Root}/disclosures/{department}/{Year(year)}";

    public static string Disclosure(string department, int year, int version) =>
        $"{Root}/disclosures/{department}/{Year(year)}/v{Number(version)}";

    public static string Table(string department, int year, int version, PublishedTable table) =>
        $"{Disclosure(department, year, version)}/tables/{table.Key()}";

    public static string Findings(string department, int year, int version) =>
        $"{Disclosure(department, year)}/findings?version={Number(version)}";

    public static string Page(string department, int year, int version) => PortalPaths.Version(department, year, version);

    public static string Pdf(string department, int year, int version) => $"{PortalPaths.Version(department, year, version)}/pdf";

    public static string Json(string department, int year, int version) => $"{PortalPaths.Version(department, year, version)}/json";

    public static string Department(string department) => $"{Root}/departments/{department}";

    public static string RegionDepartments(string region) => $"{Root}/regions/{region}/departments";

    public static string Line(string department, PublishedTable table, string lineCode) =>
        $"{Department(department)}/lines/{table.Key()}/{lineCode}";


    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Number(int version) => version.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Where a version can be had: as API JSON, as the web page, as the published PDF and as a JSON file.</summary>
public sealed record VersionLinksDto(string Self, string Page, string Pdf, string Json)
{
    internal static VersionLinksDto For(string department, int year, int version) =>
        new(ApiLinks.Disclosure(department, year, version), ApiLinks.Page(department, year, version),
            ApiLinks.Pdf(department, year, version), ApiLinks.Json(department, year, version));
}
