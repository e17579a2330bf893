using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>A region as the hierarchy holds it.</summary>
internal sealed record RegionNode(string Code, string Name, string? ParentCode);

/// <summary>
/// Every region with its parent, read in one query (a province has a few hundred): which regions lie
/// within one, and the path from the top down to one, for lists, browse pages and comparisons.
/// </summary>
internal sealed class RegionTree
{
    private readonly Dictionary<string, RegionNode> _byCode;
    private readonly ILookup<string, RegionNode> _children;

    private RegionTree(IReadOnlyList<RegionNode> all)
    {
        All = all;
        _byCode = all.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _children = all.Where(r => r.ParentCode is not null).ToLookup(r => r.ParentCode!, StringComparer.Ordinal);
    }

    /// <summary>Every region in code order, which puts each below its parent.</summary>
    public IReadOnlyList<RegionNode> All { get; }

    /// <summary>
    /// For SQL that narrows to a region with its sub-regions: the common table expression
    /// <c>within(code)</c>, the region <c>@region</c> and every region below it (after <c>WITH RECURSIVE</c>).
    /// Region codes are <c>char(6)</c>: SQL that compares a parameter to one casts the parameter (<c>::bpchar</c>),
    /// or PostgreSQL compares the column as text and cannot use its index.
    /// </summary>
    public const string WithinSql = """
        within(code) AS (
            SELECT code FROM regions WHERE code = @region::bpchar
            UNION SELECT r.code FROM regions r JOIN within w ON r.parent_code = w.code
        )
        """;

    public static async Task<RegionTree> LoadAsync(FinalAccountsDbContext db, CancellationToken cancellationToken) =>
        new(await db.Regions.AsNoTracking().OrderBy(r => r.Code)
            .Select(r => new RegionNode(r.Code, r.Name, r.ParentCode))
            .ToListAsync(cancellationToken));

    /// <summary>The region with the code; null for an unknown code or none (an address of blanks binds as null).</summary>
    public RegionNode? Find(string? code) => code is null ? null : _byCode.GetValueOrDefault(code);

    /// <summary>The region's code with the codes of every region below it.</summary>
    public IReadOnlySet<string> Within(string code)
    {
        var within = new HashSet<string>(StringComparer.Ordinal) { code };
        // Walk down level by level; the guard on Add stops a malformed cycle.
        var frontier = new Queue<string>([code]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in _children[parent].Where(c => within.Add(c.Code)))
            {
                frontier.Enqueue(child.Code);
            }
        }
        return within;
    }

    /// <summary>The regions from the top down to this one (湖北省, 黄石市, 下陆区); empty for an unknown code.</summary>
    public IReadOnlyList<RegionNode> Path(string code)
    {
        var path = new List<RegionNode>();
        for (var node = Find(code); node is not null && path.Count < 10; node = node.ParentCode is null ? null : Find(node.ParentCode))
        {
            path.Insert(0, node);
        }
        return path;
    }
}
