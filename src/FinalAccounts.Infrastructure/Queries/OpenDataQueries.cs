using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>A region with how much it has published, counting the regions within it.</summary>
public sealed record RegionCoverage(string Code, string Name, string? ParentCode, int DepartmentCount, int DisclosureCount);

/// <summary>One published version of a department's disclosure.</summary>
public sealed record PublishedVersionItem(int Year, int Version, string Title, DateOnly? PublishedOn, string? CorrectionNote);

/// <summary>A department with every version it has published, newest year first and versions in order.</summary>
public sealed record DepartmentPublications(
    string Code, string Name, string ShortName, string RegionCode, string RegionName,
    IReadOnlyList<PublishedVersionItem> Versions)
{
    /// <summary>The years published, newest first, each with its latest published version.</summary>
    public IReadOnlyList<PublishedVersionItem> LatestByYear =>
        [.. Versions.GroupBy(v => v.Year).Select(year => year.MaxBy(v => v.Version)!)];
}

/// <summary>
/// Read models of the open-data API's directory: regions, departments and the versions they have
/// published. Drafts, submitted and withdrawn versions are never read here, so a department or a
/// year with nothing published does not appear at all.
/// </summary>
public sealed class OpenDataQueries(FinalAccountsDbContext db)
{
    public async Task<IReadOnlyList<RegionCoverage>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        var regions = await RegionTreeAsync(cancellationToken);
        var departments = await PublishedAsync(null, cancellationToken);
        return
        [
            .. regions.All.Select(region =>
            {
                var within = regions.Within(region.Code);
                var publishing = departments.Where(d => within.Contains(d.RegionCode)).ToList();
                return new RegionCoverage(region.Code, region.Name, region.ParentCode, publishing.Count,
                    publishing.Sum(d => d.LatestByYear.Count));
            }),
        ];
    }

    /// <summary>The region's code with the codes of every region within it; null for an unknown region.</summary>
    public async Task<IReadOnlySet<string>?> RegionWithinAsync(string regionCode, CancellationToken cancellationToken = default)
    {
        var regions = await RegionTreeAsync(cancellationToken);
        return regions.All.Any(r => r.Code == regionCode) ? regions.Within(regionCode) : null;
    }

    /// <summary>Departments that have published something, in the given regions, by code.</summary>
    public async Task<IReadOnlyList<DepartmentPublications>> DepartmentsAsync(IReadOnlySet<string> regionCodes,
        CancellationToken cancellationToken = default) =>
        [.. (await PublishedAsync(null, cancellationToken)).Where(d => regionCodes.Contains(d.RegionCode))];

    /// <summary>The department with its published versions; null when it is unknown or has published nothing.</summary>
    public async Task<DepartmentPublications?> DepartmentAsync(string departmentCode, CancellationToken cancellationToken = default) =>
        (await PublishedAsync(departmentCode, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<DepartmentPublications>> PublishedAsync(string? departmentCode,
        CancellationToken cancellationToken)
    {
        var rows = await PublishedVersions.ListAsync(db, departmentCode, null, cancellationToken);
        return
        [
            .. rows.GroupBy(r => r.DepartmentCode)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var first = g.First();
                    return new DepartmentPublications(first.DepartmentCode, first.DepartmentName, first.DepartmentShortName,
                        first.RegionCode, first.RegionName,
                    [
                        .. g.OrderByDescending(r => r.Year).ThenBy(r => r.Number)
                            .Select(r => new PublishedVersionItem(r.Year, r.Number, r.Title, r.PublishedOn, r.CorrectionNote)),
                    ]);
                }),
        ];
    }

    private Task<RegionTree> RegionTreeAsync(CancellationToken cancellationToken) => RegionTree.LoadAsync(db, cancellationToken);
}
