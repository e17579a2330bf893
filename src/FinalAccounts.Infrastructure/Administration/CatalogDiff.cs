using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Infrastructure.Administration;

/// <summary>A code whose name changed between two catalogs.</summary>
public sealed record CatalogRename(string Code, string OldName, string NewName);

/// <summary>How one catalog (function or economic) differs from another: codes added, renamed and removed.</summary>
public sealed record CatalogChanges(CatalogKind Catalog, IReadOnlyList<CatalogLine> Added, IReadOnlyList<CatalogRename> Renamed,
    IReadOnlyList<CatalogLine> Removed, int Unchanged)
{
    public bool IsEmpty => Added.Count + Renamed.Count + Removed.Count == 0;

    public static CatalogChanges Between(CatalogKind catalog, IReadOnlyList<CatalogLine> before, IReadOnlyList<CatalogLine> after)
    {
        var old = before.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var now = after.ToDictionary(l => l.Code, StringComparer.Ordinal);
        return new CatalogChanges(catalog,
            after.Where(l => !old.ContainsKey(l.Code)).OrderBy(l => l.Code, StringComparer.Ordinal).ToList(),
            after.Where(l => old.TryGetValue(l.Code, out var o) && o.Name != l.Name)
                .Select(l => new CatalogRename(l.Code, old[l.Code].Name, l.Name)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList(),
            before.Where(l => !now.ContainsKey(l.Code)).OrderBy(l => l.Code, StringComparer.Ordinal).ToList(),
            after.Count(l => old.TryGetValue(l.Code, out var o) && o.Name == l.Name));
    }

    /// <summary>"新增 3 个、改名 1 个、删除 2 个".</summary>
    public string Summary() => $"新增 {Added.Count} 个、改名 {Renamed.Count} 个、删除 {Removed.Count} 个";
}

/// <summary>
/// What importing a year's catalog would do: the problems that stop it, the changes against last
/// year's catalog (what the Ministry revised), and — when the year has a catalog already — what
/// replacing it changes. <see cref="Fingerprint"/> names the catalog the preview was made against,
/// so applying it after someone else's import is refused.
/// </summary>
public sealed record CatalogPreview(int Year, CatalogFile File, IReadOnlyList<string> Problems, int? PreviousYear,
    IReadOnlyList<CatalogChanges> AgainstPreviousYear, IReadOnlyList<CatalogChanges>? AgainstCurrent, string Fingerprint)
{
    public bool CanApply => Problems.Count == 0;
}
