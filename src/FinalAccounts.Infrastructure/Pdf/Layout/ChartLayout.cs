using FinalAccounts.Domain.Narrative;

namespace FinalAccounts.Infrastructure.Pdf.Layout;

/// <summary>
/// Draws 图1–图4 as vector shapes from the same <see cref="Chart"/> series the web page uses:
/// grouped bars for two years' totals, a pie for a composition. Amounts are labelled in 万元.
/// </summary>
internal sealed class ChartLayout(TextMeasurer measurer, List<Primitive> items)
{
    public const double Height = 180;

    private static readonly Rgb[] Palette =
    [
        new(47, 84, 150), new(214, 96, 40), new(120, 120, 120), new(204, 160, 0), new(64, 140, 90), new(150, 70, 130),
    ];

    private static TextStyle Label => Typography.ChartLabel;

    public void Draw(Chart chart, double x, double y, double width)
    {
        items.Add(new RectanglePrimitive(x, y, width, Height, null, Rgb.Grey, 0.4));
        if (chart.Kind == ChartKind.Pie)
        {
            DrawPie(chart, x, y, width);
        }
        else
        {
            DrawBars(chart, x, y, width);
        }
    }

    private void DrawBars(Chart chart, double x, double y, double width)
    {
        var series = chart.Series;
        var categories = chart.Categories;
        var plotLeft = x + 60;
        var plotRight = x + width - 20;
        var plotTop = y + 34;
        var plotBottom = y + Height - 26;
        var max = chart.AxisMaximum;

        for (var tick = 0; tick <= 4; tick++)
        {
            var value = max * tick / 4;
            var tickY = plotBottom - (plotBottom - plotTop) * tick / 4;
            items.Add(new LinePrimitive(new Point(plotLeft, tickY), new Point(plotRight, tickY), 0.3, Rgb.Grey));
            Text(value.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture), plotLeft - 56, 52, tickY - Label.LinePitch / 2, TextAlign.Right);
        }
        Text("单位：万元", x + 6, 80, y + 6, TextAlign.Left);

        var groupWidth = (plotRight - plotLeft) / Math.Max(1, categories.Count);
        var barWidth = Math.Min(48, groupWidth * 0.6 / Math.Max(1, series.Count));
        for (var c = 0; c < categories.Count; c++)
        {
            var groupLeft = plotLeft + c * groupWidth + (groupWidth - barWidth * series.Count) / 2;
            for (var s = 0; s < series.Count; s++)
            {
                var point = chart.Points.FirstOrDefault(p => p.Category == categories[c] && p.Series == series[s]);
                if (point is null)
                {
                    continue;
                }
                var barHeight = max == 0 ? 0 : (double)(point.Amount.WanYuan / max) * (plotBottom - plotTop);
                var barX = groupLeft + s * barWidth;
                items.Add(new RectanglePrimitive(barX, plotBottom - barHeight, barWidth - 2, barHeight, Palette[s % Palette.Length], null));
                Text(point.Amount.ToWanYuanString(), barX - 12, barWidth + 22, plotBottom - barHeight - Label.LinePitch, TextAlign.Center);
            }
            Text(categories[c], plotLeft + c * groupWidth, groupWidth, plotBottom + 4, TextAlign.Center);
        }

        var legendX = x + width - 20;
        for (var s = series.Count - 1; s >= 0; s--)
        {
            legendX -= measurer.Width(series[s], Label) + 24;
            Swatch(legendX, y + 10, s);
            Text(series[s], legendX + 12, 200, y + 6, TextAlign.Left);
        }
    }

    private void DrawPie(Chart chart, double x, double y, double width)
    {
        var points = chart.Points.Where(p => p.Amount.Yuan > 0).ToList();
        var total = points.Sum(p => p.Amount.Yuan);
        var radius = Height / 2 - 18;
        var centre = new Point(x + 30 + radius, y + Height / 2);
        var start = -90d;
        for (var i = 0; i < points.Count && total > 0; i++)
        {
            var sweep = (double)(points[i].Amount.Yuan / total) * 360;
            items.Add(new PolygonPrimitive(Slice(centre, radius, start, sweep), Palette[i % Palette.Length], new Rgb(255, 255, 255)));
            start += sweep;
        }

        var legendX = centre.X + radius + 40;
        var legendY = y + Height / 2 - chart.Points.Count * 9;
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var point = chart.Points[i];
            var colour = points.IndexOf(point);
            if (colour >= 0)
            {
                Swatch(legendX, legendY + 4, colour);
            }
            var share = point.Share is { } s ? $"，{s}" : "";
            Text($"{point.Category} {point.Amount.ToWanYuanString()}万元{share}", legendX + 14, x + width - legendX - 20, legendY, TextAlign.Left);
            legendY += 18;
        }
    }

    private static List<Point> Slice(Point centre, double radius, double startDegrees, double sweepDegrees)
    {
        var points = new List<Point>();
        if (sweepDegrees < 359.99)
        {
            points.Add(centre);
        }
        var steps = Math.Max(2, (int)Math.Ceiling(sweepDegrees / 3));
        for (var i = 0; i <= steps; i++)
        {
            var angle = (startDegrees + sweepDegrees * i / steps) * Math.PI / 180;
            points.Add(new Point(centre.X + radius * Math.Cos(angle), centre.Y + radius * Math.Sin(angle)));
        }
        return points;
    }

    private void Swatch(double x, double y, int index) =>
        items.Add(new RectanglePrimitive(x, y, 9, 9, Palette[index % Palette.Length], null));

    private void Text(string text, double x, double width, double top, TextAlign align) =>
        TextDrawing.DrawLine(measurer, items, text, Label with { Align = align }, x, width, top);
}
