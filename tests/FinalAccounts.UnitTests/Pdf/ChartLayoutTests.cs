using System.Globalization;

using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Infrastructure.Pdf.Layout;

namespace FinalAccounts.UnitTests.Pdf;

public sealed class ChartLayoutTests
{
    private const double Left = 76;
    private const double Top = 100;
    private const double Width = 447.28;

    private static readonly Chart TwoYears = new(1, "收、支决算总计变动情况", ChartKind.Bars,
    [
        new ChartPoint("2023年", "收入总计", Money.FromWanYuan(3952.98m)),
        new ChartPoint("2023年", "支出总计", Money.FromWanYuan(3900.50m)),
        new ChartPoint("2024年", "收入总计", Money.FromWanYuan(3469.73m)),
        new ChartPoint("2024年", "支出总计", Money.FromWanYuan(1234.56m)),
    ]);

    private static readonly Chart Composition = new(3, "支出决算结构", ChartKind.Pie,
    [
        new ChartPoint("基本支出", null, Money.FromWanYuan(2500m), new Percentage(62.5m, PercentKind.Share)),
        new ChartPoint("项目支出", null, Money.FromWanYuan(1000m), new Percentage(25m, PercentKind.Share)),
        new ChartPoint("经营支出", null, Money.Zero, new Percentage(0m, PercentKind.Share)),
        new ChartPoint("其他支出", null, Money.FromWanYuan(500m), new Percentage(12.5m, PercentKind.Share)),
    ]);

    [Fact]
    public void BarsAreProportionalToTheAmountsOnTheAxisScale()
    {
        var (_, items) = Draw(TwoYears);

        var bars = Bars(items);
        bars.Should().HaveCount(4, "two categories × two series");

        var grid = items.OfType<LinePrimitive>().OrderBy(l => l.From.Y).ToList();
        grid.Should().HaveCount(5, "five gridlines from 0 to the axis maximum");
        var plotTop = grid[0].From.Y;
        var plotBottom = grid[^1].From.Y;
        bars.Should().OnlyContain(b => Math.Abs(b.Bottom() - plotBottom) < LaidOut.Tolerance, "bars stand on the zero line");

        var axisMaximum = TickValue(items, plotTop, grid[0].From.X);
        axisMaximum.Should().BeGreaterThanOrEqualTo(3952.98, "the axis reaches the largest amount");
        TickValue(items, plotBottom, grid[0].From.X).Should().Be(0);

        var amounts = TwoYears.Points.Select(p => (double)p.Amount.WanYuan).ToList();
        for (var i = 0; i < 4; i++)
        {
            bars[i].Height.Should().BeApproximately(amounts[i] / axisMaximum * (plotBottom - plotTop), 0.5,
                $"bar {i} shows {amounts[i]} 万元");
            bars[i].Height.Should().BeApproximately(bars[0].Height * amounts[i] / amounts[0], 0.5);
        }
    }

    [Fact]
    public void EachBarIsLabelledWithItsAmountInWanYuan()
    {
        var (measurer, items) = Draw(TwoYears);
        var bars = Bars(items);

        string[] expected = ["3,952.98", "3,900.50", "3,469.73", "1,234.56"];
        for (var i = 0; i < 4; i++)
        {
            var label = items.OfType<TextPrimitive>().Should().ContainSingle(t => t.Text == expected[i]).Subject;
            var centre = label.X + measurer.Width(label) / 2;
            centre.Should().BeApproximately(bars[i].X + bars[i].Width / 2, 0.5, $"“{expected[i]}” is centred over its bar");
            label.Baseline.Should().BeLessThan(bars[i].Y, $"“{expected[i]}” stands above its bar");
        }

        bars.Select(b => b.Fill).Should().Equal([bars[0].Fill, bars[1].Fill, bars[0].Fill, bars[1].Fill], "a series keeps its colour");
        bars[0].Fill.Should().NotBe(bars[1].Fill);
        var texts = items.OfType<TextPrimitive>().Select(t => t.Text).ToList();
        texts.Should().Contain(["收入总计", "支出总计", "单位：万元"]);
        texts.Where(t => t == "年").Should().HaveCount(2, "each category (2023年, 2024年) is named under its bars");
    }

    [Fact]
    public void PieHasASliceForEachNonZeroAmountSweptInProportion()
    {
        var (_, items) = Draw(Composition);

        var slices = items.OfType<PolygonPrimitive>().ToList();
        slices.Should().HaveCount(3, "the zero 经营支出 gets no slice");

        var centre = slices[0].Points[0];
        var expectedSweeps = new[] { 2500.0, 1000.0, 500.0 }.Select(a => a / 4000 * 360).ToList();
        var start = -90.0;
        for (var i = 0; i < slices.Count; i++)
        {
            var points = slices[i].Points;
            points[0].Should().Be(centre, "every slice is a wedge from the same centre");
            var arc = points.Skip(1).ToList();
            var radii = arc.Select(p => Math.Sqrt(Math.Pow(p.X - centre.X, 2) + Math.Pow(p.Y - centre.Y, 2))).ToList();
            radii.Should().OnlyContain(r => Math.Abs(r - radii[0]) < 1e-6, "arc points lie on one circle");

            var first = Angle(centre, arc[0]);
            var sweep = Normalize(Angle(centre, arc[^1]) - first);
            sweep.Should().BeApproximately(expectedSweeps[i], 0.01, $"slice {i} is {expectedSweeps[i] / 3.6}% of the pie");
            Normalize(first - start).Should().BeApproximately(0, 0.01, $"slice {i} starts where the previous one ended");
            start += sweep;
        }
        Normalize(start + 90).Should().BeApproximately(0, 0.01, "the slices close the circle");
        slices.Select(s => s.Fill).Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void PieLegendNamesEveryPartWithItsAmountAndShare()
    {
        var (_, items) = Draw(Composition);

        var lines = LaidOutPageOf(items).Lines().Select(l => l.Text);
        lines.Should().Equal(
            "基本支出 2,500.00万元，62.5%",
            "项目支出 1,000.00万元，25%",
            "经营支出 0.00万元，0%",
            "其他支出 500.00万元，12.5%");

        var swatches = items.OfType<RectanglePrimitive>().Where(r => r.Fill is not null).ToList();
        swatches.Select(s => s.Fill).Should().Equal(items.OfType<PolygonPrimitive>().Select(p => (Rgb?)p.Fill),
            "each non-zero part's swatch has its slice's colour");
    }

    [Fact]
    public void PieOfOnePartIsAFullDisc()
    {
        var chart = new Chart(2, "收入决算结构", ChartKind.Pie,
            [new ChartPoint("财政拨款收入", null, Money.FromWanYuan(3469.73m), new Percentage(100m, PercentKind.Share))]);
        var (_, items) = Draw(chart);

        var disc = items.OfType<PolygonPrimitive>().Should().ContainSingle().Subject;
        var xs = disc.Points.Select(p => p.X).ToList();
        var ys = disc.Points.Select(p => p.Y).ToList();
        var centre = new Point((xs.Max() + xs.Min()) / 2, (ys.Max() + ys.Min()) / 2);
        var radius = (xs.Max() - xs.Min()) / 2;
        (ys.Max() - ys.Min()).Should().BeApproximately(2 * radius, 0.1);
        disc.Points.Should().OnlyContain(p => Math.Abs(Math.Sqrt(Math.Pow(p.X - centre.X, 2) + Math.Pow(p.Y - centre.Y, 2)) - radius) < 0.1,
            "no point is the centre: the disc has no wedge cut into it");
    }

    [Fact]
    public void ChartStaysInsideItsFrame()
    {
        foreach (var chart in new[] { TwoYears, Composition })
        {
            var (measurer, items) = Draw(chart);
            var frame = items.OfType<RectanglePrimitive>().First();
            frame.Should().Be(new RectanglePrimitive(Left, Top, Width, ChartLayout.Height, null, Rgb.Grey, 0.4));
            foreach (var text in items.OfType<TextPrimitive>())
            {
                text.X.Should().BeGreaterThanOrEqualTo(Left);
                measurer.Right(text).Should().BeLessThanOrEqualTo(Left + Width);
                text.Top().Should().BeGreaterThanOrEqualTo(Top);
                text.Baseline.Should().BeLessThanOrEqualTo(Top + ChartLayout.Height);
            }
            foreach (var point in items.OfType<PolygonPrimitive>().SelectMany(p => p.Points))
            {
                point.X.Should().BeInRange(Left, Left + Width);
                point.Y.Should().BeInRange(Top, Top + ChartLayout.Height);
            }
        }
    }

    private static (TextMeasurer Measurer, List<Primitive> Items) Draw(Chart chart)
    {
        var measurer = LayoutFonts.NewMeasurer();
        var items = new List<Primitive>();
        new ChartLayout(measurer, items).Draw(chart, Left, Top, Width);
        measurer.MissingCharacters.Should().BeEmpty();
        return (measurer, items);
    }

    /// <summary>The filled rectangles standing on the plot's floor, left to right; the legend swatches float above it.</summary>
    private static List<RectanglePrimitive> Bars(List<Primitive> items)
    {
        var filled = items.OfType<RectanglePrimitive>().Where(r => r.Fill is not null).ToList();
        var floor = filled.Max(r => r.Bottom());
        return filled.Where(r => Math.Abs(r.Bottom() - floor) < LaidOut.Tolerance).OrderBy(r => r.X).ToList();
    }

    /// <summary>The number labelling the gridline at <paramref name="y"/>, left of the plot.</summary>
    private static double TickValue(List<Primitive> items, double y, double plotLeft)
    {
        var label = items.OfType<TextPrimitive>()
            .Where(t => t.X < plotLeft)
            .MinBy(t => Math.Abs(t.Baseline - y))!;
        Math.Abs(label.Baseline - y).Should().BeLessThan(Typography.ChartLabel.Size, "the tick label sits beside its gridline");
        return double.Parse(label.Text, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    private static LaidOutPage LaidOutPageOf(List<Primitive> items)
    {
        var page = new LaidOutPage(PageGeometry.Portrait);
        page.Items.AddRange(items);
        return page;
    }

    private static double Angle(Point centre, Point p) => Math.Atan2(p.Y - centre.Y, p.X - centre.X) * 180 / Math.PI;

    /// <summary>An angle in degrees brought into [0, 360); within a hair of a full turn counts as 0.</summary>
    private static double Normalize(double degrees)
    {
        var d = degrees % 360;
        if (d < -1e-6)
        {
            d += 360;
        }
        return d > 360 - 1e-6 ? d - 360 : d;
    }
}
