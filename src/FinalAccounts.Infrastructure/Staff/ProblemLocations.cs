using System.Text.RegularExpressions;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// Says where refused content is, for the person who entered it: the place a <see cref="InvalidContentException"/>
/// names ("tables.t02.rows[3].total") becomes "公开02表 第4行 合计".
/// </summary>
internal static partial class ProblemLocations
{
    public static string Describe(string location)
    {
        var parts = new List<string>();
        var parent = "";
        foreach (Match segment in Segment().Matches(location))
        {
            var name = segment.Groups["name"].Value;
            var label = ContentLabels.Of(parent, name);
            if (label.Length > 0)
            {
                parts.Add(label);
            }
            if (segment.Groups["index"].Success)
            {
                var index = int.Parse(segment.Groups["index"].Value);
                parts.Add(name is "rows" or "expenditure" ? $"第{index + 1}行" : ContentLabels.Ordinal(name, index));
            }
            parent = name;
        }
        return parts.Count == 0 ? location : string.Join(" ", parts);
    }

    [GeneratedRegex(@"(?<name>[A-Za-z0-9]+)(\[(?<index>\d+)\])?")]
    private static partial Regex Segment();
}
