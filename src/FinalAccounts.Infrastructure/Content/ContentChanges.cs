using System.Security.Cryptography;
using System.Text.Json;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// One value of a version's content that differs between two snapshots. Location is the place in the
/// content record shape, e.g. "tables.t02.rows[2040601].total"; Description says it for a person, e.g.
/// "公开02表 2040601 行政运行 · 合计". A null side is a blank cell or a place that does not exist there
/// (a row added or removed).
/// </summary>
public sealed record ContentChange(string Location, string Description, string? Before, string? After);

/// <summary>
/// Compares snapshots of a version's content (see <see cref="DisclosureSnapshot"/>) value by value, for
/// the audit log and for showing staff what an edit, an import or a correction changed.
/// </summary>
internal static class ContentChanges
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Every value that differs, in document order, a removed value where it stood. Rows are matched by
    /// code, so inserting a row shows only the new row. The version part (number, status, title) is left
    /// out: the workflow records those.
    /// </summary>
    public static IReadOnlyList<ContentChange> Between(DisclosureContent before, DisclosureContent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = Leaves(before);
        var @new = Leaves(after);
        return InDocumentOrder(old, @new)
            .Select(location => (Old: old.GetValueOrDefault(location), New: @new.GetValueOrDefault(location)))
            .Where(pair => pair.Old?.Value != pair.New?.Value)
            .Select(pair =>
            {
                var leaf = pair.New ?? pair.Old!;
                return new ContentChange(leaf.Location, leaf.Description, pair.Old?.Value, pair.New?.Value);
            })
            .ToList();
    }

    /// <summary>
    /// Lowercase hex SHA-256 of the JSON of any part of a snapshot. An edit form sends back the
    /// fingerprint of the part it showed, and the save is refused when the part has changed since.
    /// </summary>
    public static string Fingerprint(object part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(part, part.GetType(), Json)));
    }

    // An ordered dictionary keeps document order for the merge below.
    private static OrderedDictionary<string, ContentLeaf> Leaves(DisclosureContent content)
    {
        var leaves = new OrderedDictionary<string, ContentLeaf>(StringComparer.Ordinal);
        foreach (var leaf in ContentLeaves.Of(JsonSerializer.SerializeToElement(content, Json)))
        {
            leaves.Add(leaf.Location, leaf);
        }
        return leaves;
    }

    /// <summary>The locations of <paramref name="after"/> in order, each location only <paramref name="before"/> has placed after its predecessor there.</summary>
    private static IEnumerable<string> InDocumentOrder(OrderedDictionary<string, ContentLeaf> before,
        OrderedDictionary<string, ContentLeaf> after)
    {
        var order = new LinkedList<string>(after.Keys);
        var nodes = new Dictionary<string, LinkedListNode<string>>(StringComparer.Ordinal);
        for (var node = order.First; node is not null; node = node.Next)
        {
            nodes.Add(node.Value, node);
        }
        LinkedListNode<string>? previous = null;
        foreach (var location in before.Keys)
        {
            if (!nodes.TryGetValue(location, out var node))
            {
                node = previous is null ? order.AddFirst(location) : order.AddAfter(previous, location);
                nodes.Add(location, node);
            }
            previous = node;
        }
        return order;
    }
}
