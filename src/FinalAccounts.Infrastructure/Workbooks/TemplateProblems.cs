using System.Globalization;
using System.Text;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// The problems found so far, each with its place written into the message ("公开02表 D8：…"),
/// up to <see cref="Limit"/>; beyond that a last entry says how many more there are.
/// </summary>
internal sealed class TemplateProblems
{
    public const int Limit = 200;

    private readonly List<TemplateProblem> _items = [];
    private int _more;

    public bool Any => _items.Count > 0;

    public void File(string message) => Add(new TemplateProblem("", null, message));

    public void Sheet(string sheet, string message) => Add(new TemplateProblem(sheet, null, $"{sheet}：{message}"));

    public void Cell(string sheet, int row, int column, string message)
    {
        var cell = CellAddress.Of(row, column);
        Add(new TemplateProblem(sheet, cell, $"{sheet} {cell}：{message}"));
    }

    public IReadOnlyList<TemplateProblem> ToList() => _more == 0
        ? [.. _items]
        : [.. _items, new TemplateProblem("", null,
            $"另有{_more.ToString(CultureInfo.InvariantCulture)}处问题没有列出。请先改正以上问题，再上传检查。")];

    private void Add(TemplateProblem problem)
    {
        if (_items.Count < Limit)
        {
            _items.Add(problem);
        }
        else
        {
            _more++;
        }
    }
}

/// <summary>How labels and names are compared: spaces do not count, nor full- against half-width forms.</summary>
internal static class TemplateText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }
        return builder.ToString();
    }

    /// <summary>A cell's text as quoted in a message, cut short if long.</summary>
    public static string Quote(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 30 ? trimmed : trimmed[..30] + "…";
    }
}
