using System.Globalization;
using FinalAccounts.Domain.Narrative;

namespace FinalAccounts.Web.Rendering;

/// <summary>A shape of an SVG chart; <see cref="Series"/> picks its colour from the stylesheet (.series-n).</summary>
public abstract record SvgShape(int Series);

public sealed record SvgBar(double X, double Y, double Width, double Height, int Series, string Label) : SvgShape(Series);

public sealed record SvgSlice(string Path, int Series, string Label) : SvgShape(Series);

/// <summary>A stretch of a line chart between consecutive known amounts.</summary>
public sealed record SvgPolyline(string Points, int Series) : SvgShape(Series);

/// <summary>A marked point of a line chart, with its figure as its title.</summary>
public sealed record SvgDot(double X, double Y, int Series, string Label) : SvgShape(Series);

/// <summary>A line of text; <see cref="Anchor"/> is SVG's text-anchor (start, middle, end).</summary>
public sealed record SvgText(double X, double Y, string Text, string Anchor = "start");

public sealed record SvgLine(double X1, double Y1, double X2, double Y2);

/// <summary>
/// 图1–图4 of the 说明 as inline SVG, drawn from the same <see cref="Chart"/> series the PDF draws:
/// grouped bars for two years' totals, a pie for a composition; amounts in 万元. The browser sets
/// the text, so only the geometry is computed here; colours come from the stylesheet.
/// </summary>
public sealed class SvgChart
{
    public const double Width = 640;
    public const double Height = 260;
    private const double LegendLine = 20;

    private SvgChart(Chart chart) => Chart = chart;

    public Chart Chart { get; }

    /// <summary>"svg-chart-1": the figure's id, which the SVG's aria-labelledby points at.</summary>
    public string Id => $"chart-{Chart.Number}";

    public List<SvgShape> Shapes { get; } = [];

    public List<SvgText> Texts { get; } = [];

    public List<SvgLine> GridLines { get; } = [];

    /// <summary>Legend entries: a swatch at (X, Y) in the series' colour, and its text.</summary>
    public List<(double X, double Y, int Series, string Text)> Legend { get; } = [];

    public static SvgChart Draw(Chart chart)
    {
        var svg = new SvgChart(chart);
        if (chart.Kind == ChartKind.Pie)
        {
            svg.DrawPie();
        }
        else if (chart.Kind == ChartKind.Line)
        {
            svg.DrawLine();
        }
        else
        {
            svg.DrawBars();
        }
        return svg;
    }

    private void DrawBars()
    {
        const double plotLeft = 80, plotRight = Width - 20, plotTop = 50, plotBottom = Height - 34;
        var max = Chart.AxisMaximum;
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = plotBottom - (plotBottom - plotTop) * tick / 4;
            GridLines.Add(new SvgLine(plotLeft, y, plotRight, y));
            Texts.Add(new SvgText(plotLeft - 8, y + 4, Format(max * tick / 4), "end"));
        }
        Texts.Add(new SvgText(8, 20, "单位：万元"));

        var categories = Chart.Categories;
        var series = Chart.Series;
        var groupWidth = (plotRight - plotLeft) / Math.Max(1, categories.Count);
        var barWidth = Math.Min(56, groupWidth * 0.6 / Math.Max(1, series.Count));
        for (var c = 0; c < categories.Count; c++)
        {
            var groupLeft = plotLeft + c * groupWidth + (groupWidth - barWidth * series.Count) / 2;
            for (var s = 0; s < series.Count; s++)
            {
                var point = Chart.Points.FirstOrDefault(p => p.Category == categories[c] && p.Series == series[s]);
                if (point is null)
                {
                    continue;
                }
                var height = (double)(point.Amount.WanYuan / max) * (plotBottom - plotTop);
                var x = groupLeft + s * barWidth;
                var amount = point.Amount.ToWanYuanString();
                Shapes.Add(new SvgBar(x, plotBottom - height, barWidth - 3, height, s, $"{categories[c]} {series[s]}：{amount}万元"));
                Texts.Add(new SvgText(x + (barWidth - 3) / 2, plotBottom - height - 5, amount, "middle"));
            }
            Texts.Add(new SvgText(plotLeft + (c + 0.5) * groupWidth, plotBottom + 20, categories[c], "middle"));
        }
        var legendX = plotLeft;
        for (var s = 0; s < series.Count; s++)
        {
            Legend.Add((legendX, 12, s, series[s]));
            legendX += 28 + 14 * series[s].Length;
        }
    }

    /// <summary>What a line chart shows, in words, for its &lt;desc&gt;: each year's amount, or 无数据.</summary>
    public string Description => string.Join("；", Chart.Categories.Select(c =>
        $"{c} {(Chart.Points.FirstOrDefault(p => p.Category == c) is { } point ? point.Amount.ToWanYuanString() + Chart.Unit : "无数据")}"));

    private void DrawLine()
    {
        const double plotLeft = 80, plotRight = Width - 30, plotTop = 30, plotBottom = Height - 34;
        var max = Chart.AxisMaximum;
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = plotBottom - (plotBottom - plotTop) * tick / 4;
            GridLines.Add(new SvgLine(plotLeft, y, plotRight, y));
            Texts.Add(new SvgText(plotLeft - 8, y + 4, Format(max * tick / 4), "end"));
        }
        Texts.Add(new SvgText(8, 16, $"单位：{Chart.Unit}"));
        var categories = Chart.Categories;
        var step = (plotRight - plotLeft) / Math.Max(1, categories.Count);
        var stretch = new List<string>();
        for (var c = 0; c <= categories.Count; c++)
        {
            var point = c < categories.Count ? Chart.Points.FirstOrDefault(p => p.Category == categories[c]) : null;
            if (point is null)
            {
                // A year without an amount breaks the line: a blank is not a zero.
                if (stretch.Count > 1)
                {
                    Shapes.Add(new SvgPolyline(string.Join(" ", stretch), 0));
                }
                stretch.Clear();
                if (c < categories.Count)
                {
                    Texts.Add(new SvgText(plotLeft + (c + 0.5) * step, plotBottom + 20, categories[c], "middle"));
                }
                continue;
            }
            var x = plotLeft + (c + 0.5) * step;
            var y = plotBottom - (double)(Math.Max(0, point.Amount.WanYuan) / max) * (plotBottom - plotTop);
            stretch.Add($"{F(x)},{F(y)}");
            var amount = point.Amount.ToWanYuanString();
            Shapes.Add(new SvgDot(x, y, 0, $"{categories[c]}：{amount}{Chart.Unit}"));
            Texts.Add(new SvgText(x, y - 8, amount, "middle"));
            Texts.Add(new SvgText(x, plotBottom + 20, categories[c], "middle"));
        }
    }

    private void DrawPie()
    {
        var points = Chart.Points.Where(p => p.Amount.Yuan > 0).ToList();
        var total = points.Sum(p => p.Amount.Yuan);
        const double radius = Height / 2 - 24;
        const double cx = 30 + radius, cy = Height / 2;
        var start = -90d;
        for (var i = 0; i < points.Count && total > 0; i++)
        {
            var sweep = (double)(points[i].Amount.Yuan / total) * 360;
            Shapes.Add(new SvgSlice(SlicePath(cx, cy, radius, start, sweep), i, LegendText(points[i])));
            start += sweep;
        }
        var legendY = Math.Max(12, cy - Chart.Points.Count * LegendLine / 2);
        foreach (var point in Chart.Points)
        {
            Legend.Add((cx + radius + 36, legendY, Math.Max(0, points.IndexOf(point)), LegendText(point)));
            legendY += LegendLine;
        }
    }

    private static string LegendText(ChartPoint point) =>
        $"{point.Category} {point.Amount.ToWanYuanString()}万元{(point.Share is { } share ? $"，{share}" : "")}";

    private static string SlicePath(double cx, double cy, double radius, double startDegrees, double sweepDegrees)
    {
        if (sweepDegrees >= 359.99)
        {
            // A whole circle cannot be one arc: draw it as two halves.
            return $"M {F(cx - radius)} {F(cy)} A {F(radius)} {F(radius)} 0 1 1 {F(cx + radius)} {F(cy)} " +
                   $"A {F(radius)} {F(radius)} 0 1 1 {F(cx - radius)} {F(cy)} Z";
        }
        var (x1, y1) = OnCircle(cx, cy, radius, startDegrees);
        var (x2, y2) = OnCircle(cx, cy, radius, startDegrees + sweepDegrees);
        var large = sweepDegrees > 180 ? 1 : 0;
        return $"M {F(cx)} {F(cy)} L {F(x1)} {F(y1)} A {F(radius)} {F(radius)} 0 {large} 1 {F(x2)} {F(y2)} Z";
    }

    private static (double X, double Y) OnCircle(double cx, double cy, double radius, double degrees)
    {
        var angle = degrees * Math.PI / 180;
        return (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle));
    }

    /// <summary>A coordinate for an SVG attribute: invariant culture, two decimals at most.</summary>
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Format(decimal value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
