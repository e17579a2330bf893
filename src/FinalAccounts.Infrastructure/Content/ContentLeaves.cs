using System.Text.Json;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>One value of a version's content: its place, what staff call that place, and the value as text.</summary>
internal sealed record ContentLeaf(string Location, string Description, string Value);

/// <summary>
/// Flattens content in the content record shape (as JSON) into its non-blank leaves. A list item with a
/// "code" is placed by its code (and group, in 公开06表), the code-less 合计 row as "合计", a fund row
/// of a self-evaluation by its line, so a row
/// keeps its place when rows are inserted or removed before it; other list items are placed by index.
/// </summary>
internal static class ContentLeaves
{
    private const string TotalRow = "合计";
    private static readonly string[] NameProperties = ["name", "title", "term", "level3", "key"];

    /// <summary>The leaves of <paramref name="content"/>, in document order; the version part is the workflow's and left out.</summary>
    public static IEnumerable<ContentLeaf> Of(JsonElement content) =>
        content.EnumerateObject()
            .Where(p => p.Name != "version")
            .SelectMany(p => Walk(p.Value, Place.Root.Property(p.Name)));

    private static IEnumerable<ContentLeaf> Walk(JsonElement element, Place place)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return element.EnumerateObject().SelectMany(p => Walk(p.Value, place.Property(p.Name)));
            case JsonValueKind.Array:
                return Items(element, place);
            case JsonValueKind.String:
                return [new ContentLeaf(place.Location, place.Description, element.GetString()!)];
            case JsonValueKind.Number:
                return [new ContentLeaf(place.Location, place.Description, element.GetRawText())];
            case JsonValueKind.True or JsonValueKind.False:
                return [new ContentLeaf(place.Location, place.Description, element.GetBoolean() ? "true" : "false")];
            default:
                return [];
        }
    }

    private static IEnumerable<ContentLeaf> Items(JsonElement list, Place place)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var (key, label) = Coded(item) ?? (index.ToString(System.Globalization.CultureInfo.InvariantCulture), Numbered(item, place, index));
            // Content that repeats a code is refused when written, but a change can still be shown.
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (count > 1)
            {
                key = $"{key}#{count}";
            }
            foreach (var leaf in Walk(item, place.Item(key, label)))
            {
                yield return leaf;
            }
            index++;
        }
    }

    /// <summary>
    /// Key and label of a row or line identified by its code ("2040601" and "2040601 行政运行"), or of a
    /// 说明 text or figure identified by its key (and kind), so a text is compared with the text of the
    /// same key wherever the list puts it, never with its neighbour.
    /// </summary>
    private static (string Key, string Label)? Coded(JsonElement item)
    {
        // A row of a self-evaluation's fund block is placed by its line: "total" is 年度资金总额.
        if (item.ValueKind == JsonValueKind.Object && Domain.Performance.FundLines.Parse(Text(item, "line")) is { } fundLine)
        {
            return (fundLine.ToString(), Domain.Performance.FundLines.Label(fundLine));
        }
        // A line of the 基础数据表 by its line, a named project by its name.
        if (item.ValueKind == JsonValueKind.Object && Domain.Performance.BasicDataLines.Parse(Text(item, "line")) is { } dataLine)
        {
            return Text(item, "name") is { } project ? ("project:" + project, project) : (dataLine.ToString(), Domain.Performance.BasicDataLines.Label(dataLine));
        }
        if (item.ValueKind == JsonValueKind.Object && !item.TryGetProperty("code", out _) && Text(item, "key") is { } textKey)
        {
            var keyed = Text(item, "kind") is { } kind ? $"{kind}:{textKey}" : textKey;
            return (keyed, keyed);
        }
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("code", out var code))
        {
            return null;
        }
        if (code.ValueKind != JsonValueKind.String)
        {
            return (TotalRow, TotalRow);
        }
        var group = Text(item, "group");
        var key = group is null ? code.GetString()! : $"{group}:{code.GetString()}";
        var label = string.Join(' ', new[] { group, code.GetString(), Text(item, "name") }.OfType<string>());
        return (key, label);
    }

    private static string Numbered(JsonElement item, Place place, int index)
    {
        var ordinal = ContentLabels.Ordinal(place.Parent, index);
        var name = item.ValueKind == JsonValueKind.Object
            ? NameProperties.Select(p => Text(item, p)).FirstOrDefault(n => n is not null)
            : null;
        return name is null ? ordinal : $"{ordinal} {name}";
    }

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Where the walk is: the location ("tables.t02.rows[2040601].total"), the nearest property name
    /// (for labels), and the description so far as finished groups and the group being written. A
    /// property starts a group; a list item adds to the current one: "公开02表 2040601 行政运行 · 合计".
    /// </summary>
    private readonly record struct Place(string Location, string Parent, string Finished, string Current)
    {
        public static Place Root => new("", "", "", "");

        public string Description => string.Join(" · ", new[] { Finished, Current }.Where(s => s.Length > 0));

        public Place Property(string name)
        {
            var label = ContentLabels.Of(Parent, name);
            var location = Location.Length == 0 ? name : $"{Location}.{name}";
            return label.Length == 0
                ? this with { Location = location, Parent = name }
                : new Place(location, name, Description, label);
        }

        public Place Item(string key, string label) =>
            this with { Location = $"{Location}[{key}]", Current = $"{Current} {label}".Trim() };
    }
}
