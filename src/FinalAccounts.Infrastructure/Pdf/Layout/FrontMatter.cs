namespace FinalAccounts.Infrastructure.Pdf.Layout;

/// <summary>An entry of the PDF outline (bookmarks): a title, the page it opens (0-based) and its children.</summary>
public sealed record OutlineEntry(string Title, int Page, IReadOnlyList<OutlineEntry> Children);

/// <summary>The cover, the 目录 and the outline, laid out once the parts know their pages.</summary>
internal static class FrontMatter
{
    public static LaidOutPage Cover(TextMeasurer measurer, string title, IReadOnlyList<string> lines)
    {
        var geometry = PageGeometry.Portrait;
        var page = new LaidOutPage(geometry);
        var style = Typography.CoverTitle;
        var y = geometry.Height * 0.3;
        foreach (var line in Text.LineBreaker.Break(title, geometry.ContentWidth, s => measurer.Width(s, style)))
        {
            TextDrawing.DrawLine(measurer, page.Items, line, style, geometry.MarginLeft, geometry.ContentWidth, y);
            y += style.LinePitch;
        }
        y = geometry.Height * 0.65;
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            TextDrawing.DrawLine(measurer, page.Items, line, Typography.CoverLine, geometry.MarginLeft, geometry.ContentWidth, y);
            y += Typography.CoverLine.LinePitch;
        }
        return page;
    }

    /// <summary>
    /// The 目录: parts and their sections with dot leaders and page numbers, each line a link.
    /// Page numbers count from the first content page; <paramref name="firstContentPage"/> is that
    /// page's index in the whole document, for the links.
    /// </summary>
    public static IReadOnlyList<LaidOutPage> Contents(TextMeasurer measurer, IReadOnlyList<HeadingMark> headings, int firstContentPage)
    {
        var geometry = PageGeometry.Portrait;
        var pages = new List<LaidOutPage> { new(geometry) };
        var title = Typography.ContentsTitle;
        var y = geometry.MarginTop;
        TextDrawing.DrawLine(measurer, pages[0].Items, "目　录", title, geometry.MarginLeft, geometry.ContentWidth, y);
        y += title.LinePitch + title.SpaceAfter;

        foreach (var heading in headings)
        {
            var style = heading.Level == 1 ? Typography.ContentsPart : Typography.ContentsSection;
            var indent = heading.Level == 1 ? 0 : 2 * style.Size;
            var x = geometry.MarginLeft + indent;
            var width = geometry.ContentWidth - indent;
            var number = (heading.Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var numberWidth = measurer.Width(number, style);
            // A long title wraps clear of the page number; the leader and the number follow its last line.
            var titleWidth = width - numberWidth - 3 * style.Size;
            var titleLines = Text.LineBreaker.Break(heading.Text, titleWidth, s => measurer.Width(s, style));
            if (y + titleLines.Count * style.LinePitch > geometry.ContentBottom)
            {
                pages.Add(new LaidOutPage(geometry));
                y = geometry.MarginTop;
            }
            var items = pages[^1].Items;
            var top = y;
            var lastWidth = 0d;
            for (var i = 0; i < titleLines.Count; i++)
            {
                y = top + i * style.LinePitch;
                lastWidth = TextDrawing.DrawLine(measurer, items, titleLines[i], style with { Align = TextAlign.Left }, x, titleWidth, y);
            }
            TextDrawing.DrawLine(measurer, items, number, style with { Align = TextAlign.Right }, x, width, y);
            var leaderSpace = width - lastWidth - numberWidth - 2 * style.Size;
            var dot = measurer.Width(".", style);
            if (leaderSpace > dot)
            {
                var leader = new string('.', (int)(leaderSpace / dot));
                TextDrawing.DrawLine(measurer, items, leader, style with { Align = TextAlign.Right }, x, width - numberWidth - style.Size, y, Rgb.Grey);
            }
            items.Add(new LinkPrimitive(x, top, width, y + style.LinePitch - top, firstContentPage + heading.Page));
            y += style.LinePitch;
        }
        return pages;
    }
    /// <summary>Parts at the top level, their sections beneath them.</summary>
    public static IReadOnlyList<OutlineEntry> Outline(IReadOnlyList<HeadingMark> headings, int firstContentPage)
    {
        var parts = new List<(HeadingMark Part, List<OutlineEntry> Children)>();
        foreach (var heading in headings)
        {
            if (heading.Level == 1 || parts.Count == 0)
            {
                parts.Add((heading, []));
            }
            else
            {
                parts[^1].Children.Add(new OutlineEntry(heading.Text, firstContentPage + heading.Page, []));
            }
        }
        return parts.Select(p => new OutlineEntry(p.Part.Text, firstContentPage + p.Part.Page, p.Children)).ToList();
    }

    /// <summary>A grey line at the top of every page, such as the mark of a preview.</summary>
    public static void MarkPages(TextMeasurer measurer, IReadOnlyList<LaidOutPage> pages, string mark)
    {
        var style = Typography.Footer with { Align = TextAlign.Right };
        foreach (var page in pages)
        {
            var geometry = page.Geometry;
            TextDrawing.DrawLine(measurer, page.Items, mark, style, geometry.MarginLeft, geometry.ContentWidth,
                geometry.MarginTop / 2 - style.LinePitch / 2, Rgb.Grey);
        }
    }

    /// <summary>"— 1 —" centred under each content page, counting from the first.</summary>
    public static void NumberPages(TextMeasurer measurer, IReadOnlyList<LaidOutPage> pages)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var geometry = pages[i].Geometry;
            var style = Typography.Footer;
            TextDrawing.DrawLine(measurer, pages[i].Items, $"— {i + 1} —", style, geometry.MarginLeft, geometry.ContentWidth,
                geometry.FooterBaseline - measurer.BaselineOffset(style));
        }
    }
}
