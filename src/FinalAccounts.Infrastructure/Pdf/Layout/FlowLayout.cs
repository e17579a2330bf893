using FinalAccounts.Infrastructure.Pdf.Text;

namespace FinalAccounts.Infrastructure.Pdf.Layout;

/// <summary>The pages a run of sections filled, and where each heading landed.</summary>
public sealed record FlowResult(IReadOnlyList<LaidOutPage> Pages, IReadOnlyList<HeadingMark> Headings);

/// <summary>
/// Places blocks on pages top to bottom: each section on a new page, a heading kept with the lines
/// after it, paragraphs broken by <see cref="LineBreaker"/>, tables split between rows with their
/// header repeated, charts kept whole.
/// </summary>
public sealed class FlowLayout
{
    /// <summary>A heading needs this much room below it, or it moves to the next page.</summary>
    private const double KeepWithNext = 48;

    private readonly TextMeasurer _measurer;
    private readonly GridLayout _grids;
    private readonly List<LaidOutPage> _pages = [];
    private readonly List<HeadingMark> _headings = [];
    private LaidOutPage _page = null!;
    private double _y;

    public FlowLayout(TextMeasurer measurer)
    {
        _measurer = measurer;
        _grids = new GridLayout(measurer);
    }

    public FlowResult Layout(IEnumerable<DocumentSection> sections)
    {
        foreach (var section in sections)
        {
            NewPage(PageGeometry.For(section.Orientation ?? OrientationFor(section)));
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                Place(section.Blocks[i], i + 1 < section.Blocks.Count ? section.Blocks[i + 1] : null);
            }
        }
        return new FlowResult(_pages, _headings);
    }

    private PageGeometry Geometry => _page.Geometry;

    private bool AtTop => _y <= Geometry.MarginTop + 0.01;

    private PageOrientation OrientationFor(DocumentSection section) =>
        section.Blocks.OfType<GridBlock>().All(g => _grids.Fits(g, PageGeometry.Portrait.ContentWidth, 1))
            ? PageOrientation.Portrait
            : PageOrientation.Landscape;

    private void NewPage(PageGeometry geometry)
    {
        _page = new LaidOutPage(geometry);
        _pages.Add(_page);
        _y = geometry.MarginTop;
    }

    /// <summary>Moves to a new page of the same size unless <paramref name="height"/> fits below the cursor.</summary>
    private void Reserve(double height)
    {
        if (!AtTop && _y + height > Geometry.ContentBottom)
        {
            NewPage(Geometry);
        }
    }

    private void Place(Block block, Block? next)
    {
        switch (block)
        {
            case HeadingBlock heading:
                PlaceHeading(heading, next as HeadingBlock);
                break;
            case ParagraphBlock paragraph:
                PlaceParagraph(paragraph.Text, paragraph.Style);
                break;
            case EdgeLineBlock edges:
                PlaceEdgeLine(edges);
                break;
            case GridBlock grid:
                PlaceGrid(grid);
                break;
            case ChartBlock chart:
                PlaceChart(chart);
                break;
            default:
                throw new NotSupportedException($"Unknown block {block.GetType().Name}.");
        }
    }

    /// <summary>
    /// Places a heading where it, the heading that may follow it (a section's first sub-heading) and
    /// the first lines of text fit, so no heading is left alone at the foot of a page.
    /// </summary>
    private void PlaceHeading(HeadingBlock heading, HeadingBlock? following)
    {
        var style = heading.Style;
        var lines = Lines(heading.Text, style, Geometry.ContentWidth);
        Reserve(HeadingHeight(heading, lines.Count) + (following is null ? 0 : HeadingHeight(following, 1)) + KeepWithNext);
        if (!AtTop)
        {
            _y += style.SpaceBefore;
        }
        if (heading.Level > 0)
        {
            _headings.Add(new HeadingMark(heading.ContentsText ?? heading.Text, heading.Level, _pages.Count - 1));
        }
        foreach (var line in lines)
        {
            DrawLine(line, style, Geometry.MarginLeft, Geometry.ContentWidth, _y);
            _y += style.LinePitch;
        }
        _y += style.SpaceAfter;
    }

    private static double HeadingHeight(HeadingBlock heading, int lines) =>
        heading.Style.SpaceBefore + lines * heading.Style.LinePitch + heading.Style.SpaceAfter;

    /// <summary>Each line of the text is a paragraph of its own, indented and spaced as one.</summary>
    private void PlaceParagraph(string text, TextStyle style)
    {
        foreach (var paragraph in text.Split('\n'))
        {
            PlaceSingleParagraph(paragraph.TrimEnd('\r'), style);
        }
    }

    private void PlaceSingleParagraph(string text, TextStyle style)
    {
        if (!AtTop)
        {
            _y += style.SpaceBefore;
        }
        var indent = style.FirstLineIndent * style.Size;
        var lines = Lines(text, style, Geometry.ContentWidth, indent);
        for (var i = 0; i < lines.Count; i++)
        {
            Reserve(style.LinePitch);
            var offset = i == 0 ? indent : 0;
            DrawLine(lines[i], style, Geometry.MarginLeft + offset, Geometry.ContentWidth - offset, _y);
            _y += style.LinePitch;
        }
        _y += style.SpaceAfter;
    }

    private void PlaceEdgeLine(EdgeLineBlock edges)
    {
        var style = edges.Style;
        Reserve(style.LinePitch);
        DrawLine(edges.Left, style with { Align = TextAlign.Left }, Geometry.MarginLeft, Geometry.ContentWidth, _y);
        DrawLine(edges.Right, style with { Align = TextAlign.Right }, Geometry.MarginLeft, Geometry.ContentWidth, _y);
        _y += style.LinePitch;
    }

    private void PlaceGrid(GridBlock grid)
    {
        var scale = _grids.ScaleToFit(grid, Geometry.ContentWidth);
        var edges = _grids.ColumnEdges(grid, Geometry.ContentWidth).Select(e => e + Geometry.MarginLeft).ToList();
        var header = _grids.Place(grid.HeaderRows, edges, scale);
        var body = _grids.Place(grid.BodyRows, edges, scale);
        var headerHeight = header.Height(0, header.Heights.Count);
        var groups = body.Groups().ToList();

        Reserve(headerHeight + (groups.Count > 0 ? body.Height(groups[0].First, groups[0].Count) : 0));
        DrawRows(header, 0, header.Heights.Count, edges);
        foreach (var (first, count) in groups)
        {
            var height = body.Height(first, count);
            if (_y + height > Geometry.ContentBottom)
            {
                NewPage(Geometry);
                DrawRows(header, 0, header.Heights.Count, edges);
            }
            DrawRows(body, first, count, edges);
        }
        _y += 4;
    }

    private void DrawRows(PlacedRows rows, int first, int count, IReadOnlyList<double> edges)
    {
        var top = _y;
        foreach (var cell in rows.Cells.Where(c => c.Row >= first && c.Row < first + count))
        {
            var y = top + rows.Height(first, cell.Row - first);
            var height = rows.Height(cell.Row, cell.RowSpan);
            var x = edges[cell.Column];
            var width = edges[Math.Min(cell.Column + cell.ColumnSpan, edges.Count - 1)] - x;
            _page.Items.Add(new RectanglePrimitive(x, y, width, height, null, Rgb.Black, Typography.RuleWidth));

            var textTop = y + (height - cell.Lines.Count * cell.Style.LinePitch) / 2;
            foreach (var line in cell.Lines)
            {
                DrawLine(line, cell.Style, x + Typography.CellPadding, width - 2 * Typography.CellPadding, textTop);
                textTop += cell.Style.LinePitch;
            }
        }
        _y = top + rows.Height(first, count);
    }

    private void PlaceChart(ChartBlock block)
    {
        var caption = Typography.ChartCaption;
        var height = ChartLayout.Height + caption.SpaceBefore + caption.LinePitch + caption.SpaceAfter;
        Reserve(height);
        new ChartLayout(_measurer, _page.Items).Draw(block.Chart, Geometry.MarginLeft, _y, Geometry.ContentWidth);
        _y += ChartLayout.Height + caption.SpaceBefore;
        DrawLine($"图{block.Chart.Number}：{block.Chart.Title}", caption, Geometry.MarginLeft, Geometry.ContentWidth, _y);
        _y += caption.LinePitch + caption.SpaceAfter;
    }

    private IReadOnlyList<string> Lines(string text, TextStyle style, double width, double firstLineIndent = 0) =>
        LineBreaker.Break(text, width, s => _measurer.Width(s, style), firstLineIndent);

    private void DrawLine(string line, TextStyle style, double x, double width, double top) =>
        TextDrawing.DrawLine(_measurer, _page.Items, line, style, x, width, top);
}

/// <summary>Draws one line of text as runs of one face each, aligned within a width.</summary>
internal static class TextDrawing
{
    public static double DrawLine(TextMeasurer measurer, List<Primitive> items, string line, TextStyle style,
        double x, double width, double top, Rgb? color = null)
    {
        var segments = measurer.Shape(line, style);
        var widths = segments.Select(s => measurer.Width(s, style)).ToList();
        var total = widths.Sum();
        var cursor = style.Align switch
        {
            TextAlign.Center => x + (width - total) / 2,
            TextAlign.Right => x + width - total,
            _ => x,
        };
        var baseline = top + measurer.BaselineOffset(style);
        for (var i = 0; i < segments.Count; i++)
        {
            items.Add(new TextPrimitive(cursor, baseline, segments[i].Text, segments[i].Face, style.Size, style.Bold, color ?? Rgb.Black));
            cursor += widths[i];
        }
        return total;
    }
}
