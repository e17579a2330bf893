using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Publication;

namespace FinalAccounts.Infrastructure.Queries;

public sealed record PublishedDisclosureListItem(
    string RegionCode, string RegionName, string DepartmentCode, string DepartmentName, int Year, int Version,
    DateOnly? PublishedOn);

/// <summary>A region as a link: its code and name.</summary>
public sealed record RegionLink(string Code, string Name);

/// <summary>
/// A year of a department: its latest published version, the headline figures of that version, and
/// every published version; <see cref="PublishedAs"/> is the department's name on that version.
/// </summary>
public sealed record YearOverview(int Year, int Version, DateOnly? PublishedOn, DisclosureHeadline Headline, IReadOnlyList<VersionListing> Versions,
    string PublishedAs);

/// <param name="CorrectionNote">What a correction (version 2 and later) corrects.</param>
public sealed record VersionListing(int Number, DateOnly? PublishedOn, string? CorrectionNote);

/// <param name="RegionPath">The regions from the top down to the department's.</param>
public sealed record DepartmentPage(string RegionCode, string RegionName, string Code, string Name, IReadOnlyList<YearOverview> Years,
    IReadOnlyList<RegionLink> RegionPath);

/// <summary>Read models for the public pages and the open-data API: published versions only.</summary>
public sealed class DisclosureQueries(FinalAccountsDbContext db, PublishedRenditions renditions)
{
    /// <summary>Every published version, newest year first.</summary>
    public async Task<IReadOnlyList<PublishedDisclosureListItem>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        (await PublishedAsync(null, null, cancellationToken))
        .Select(r => new PublishedDisclosureListItem(r.RegionCode, r.RegionName, r.DepartmentCode, r.DepartmentName,
            r.Year, r.Number, r.PublishedOn))
        .ToList();

    private static List<RegionLink> Path(RegionTree tree, string regionCode) =>
        tree.Path(regionCode).Select(r => new RegionLink(r.Code, r.Name)).ToList();

    /// <summary>A department with every published year and version, or null when it has published nothing.</summary>
    public async Task<DepartmentPage?> DepartmentAsync(string departmentCode, CancellationToken cancellationToken = default)
    {
        var published = await PublishedAsync(departmentCode, null, cancellationToken);
        if (published.Count == 0)
        {
            return null;
        }
        var first = published[0];
        var years = await YearsAsync(published, cancellationToken);
        var tree = await RegionTree.LoadAsync(db, cancellationToken);
        return new DepartmentPage(first.RegionCode, first.RegionName, first.DepartmentCode, first.DepartmentName, years[first.DepartmentId],
            Path(tree, first.RegionCode));
    }

    /// <summary>The published versions of one department's year, newest first.</summary>
    public async Task<IReadOnlyList<VersionListing>> VersionsAsync(string departmentCode, int year, CancellationToken cancellationToken = default) =>
        (await PublishedAsync(departmentCode, new FiscalYear(year), cancellationToken))
        .Select(r => new VersionListing(r.Number, r.PublishedOn, r.CorrectionNote))
        .ToList();

    private Task<List<PublishedVersionRow>> PublishedAsync(string? departmentCode, FiscalYear? year, CancellationToken cancellationToken) =>
        PublishedVersions.ListAsync(db, departmentCode, year, cancellationToken);

    /// <summary>
    /// Each department's years, newest first, with the headline figures of the latest version, kept with
    /// it at publication (<see cref="HeadlineRendition"/>): last year's figures are those its 说明 compared against.
    /// </summary>
    private async Task<Dictionary<int, IReadOnlyList<YearOverview>>> YearsAsync(List<PublishedVersionRow> published, CancellationToken cancellationToken)
    {
        var latest = published.GroupBy(r => (r.DepartmentId, r.Year)).Select(g => g.First().VersionId).ToList();
        var headlines = await renditions.GetPublishedAsync(latest, HeadlineRendition.Instance, cancellationToken);

        DisclosureHeadline Headline(PublishedVersionRow row) =>
            headlines.TryGetValue(row.VersionId, out var kept) ? HeadlineRendition.Read(kept) : new DisclosureHeadline(null, null, null);

        return published
            .GroupBy(r => r.DepartmentId)
            .ToDictionary(department => department.Key, department => (IReadOnlyList<YearOverview>)department
                .GroupBy(r => r.Year)
                .Select(year =>
                {
                    var newest = year.First();
                    return new YearOverview(newest.Year, newest.Number, newest.PublishedOn, Headline(newest),
                        year.Select(r => new VersionListing(r.Number, r.PublishedOn, r.CorrectionNote)).ToList(), newest.PublishedName);
                })
                .ToList());
    }
}
