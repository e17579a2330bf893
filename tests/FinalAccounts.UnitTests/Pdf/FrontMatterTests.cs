using System.Globalization;

using FinalAccounts.Infrastructure.Pdf.Layout;

namespace FinalAccounts.UnitTests.Pdf;

public sealed class FrontMatterTests
{
    private const double Tolerance = LaidOut.Tolerance;

    private static readonly HeadingMark[] Headings =
    [
        new("第一部分 区司法局概况", 1, 0),
        new("一、部门主要职责", 2, 0),
        new("二、机构设置情况", 2, 1),
        new("第二部分 区司法局2024年度部门决算表", 1, 2),
        new("一、收入支出决算总表", 2, 2),
        new("二、收入决算表", 2, 3),
        new("第三部分 区司法局2024年度部门决算情况说明", 1, 11),
        new("十三、预算绩效情况说明", 2, 14),
    ];

    [Fact]
    public void ContentsLinksEachHeadingToItsPageAndPrintsItsNumberOnTheSameLine()
    {
        var measurer = LayoutFonts.NewMeasurer();
        const int firstContentPage = 2;

        var page = FrontMatter.Contents(measurer, Headings, firstContentPage).Should().ContainSingle().Subject;

        var links = page.Items.OfType<LinkPrimitive>().ToList();
        links.Select(l => l.TargetPage).Should().Equal(Headings.Select(h => firstContentPage + h.Page));
        AssertEntries(measurer, page, Headings, links);
        measurer.MissingCharacters.Should().BeEmpty();
    }

    [Fact]
    public void ContentsContinueOnASecondPageWhenTheHeadingsDoNotFitOne()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var headings = Enumerable.Range(0, 60)
            .Select(i => i % 5 == 0
                ? new HeadingMark($"第{i / 5 + 1}部分 区司法局概况", 1, i)
                : new HeadingMark($"{i}、一般公共预算财政拨款支出决算情况说明", 2, i))
            .ToList();

        var pages = FrontMatter.Contents(measurer, headings, 3);

        pages.Should().HaveCount(2, "sixty 目录 lines need a second page");
        pages[0].Lines().First().Text.Should().Be("目　录");
        pages[1].Texts().Should().NotContain(t => t.Text == "目　录", "the title is printed once");

        var links = pages.SelectMany(p => p.Items.OfType<LinkPrimitive>()).ToList();
        links.Select(l => l.TargetPage).Should().Equal(headings.Select(h => 3 + h.Page), "every heading is listed once, in order");
        pages[1].Items.OfType<LinkPrimitive>().First().Y.Should().BeApproximately(PageGeometry.Portrait.MarginTop, Tolerance);

        var onFirst = pages[0].Items.OfType<LinkPrimitive>().Count();
        AssertEntries(measurer, pages[0], headings.Take(onFirst).ToList(), pages[0].Items.OfType<LinkPrimitive>().ToList());
        AssertEntries(measurer, pages[1], headings.Skip(onFirst).ToList(), pages[1].Items.OfType<LinkPrimitive>().ToList());
    }

    [Fact]
    public void LongContentsEntryStaysClearOfItsPageNumber()
    {
        var measurer = LayoutFonts.NewMeasurer();
        HeadingMark[] headings =
        [
            new("第六部分 附件", 1, 5),
            new("附件1：项目绩效自评表：2024年度硚口区法律援助、人民调解及社区矫正专项工作经费项目", 2, 6),
        ];

        var page = FrontMatter.Contents(measurer, headings, 2).Single();

        var g = page.Geometry;
        var lines = page.Lines().Skip(1).ToList();
        lines.Should().HaveCountGreaterThan(2, "the long entry wraps onto a second line");
        lines.Select(l => l.Runs[^1].Text).Should().Contain("7", "the page number follows the entry's last line");
        var numberLeft = lines.Select(l => l.Runs[^1]).Where(r => r.Text == "7").Single().X;
        foreach (var line in lines)
        {
            line.Runs.Should().OnlyContain(r => measurer.Right(r) <= g.ContentRight() + Tolerance, $"“{line.Text}” stays inside the margin");
            line.Runs.Where(r => r.Text is not ("6" or "7")).Should().OnlyContain(r => measurer.Right(r) < numberLeft,
                $"“{line.Text}” does not run into the page number");
        }
    }

    [Fact]
    public void OutlineNestsSectionsUnderTheirPart()
    {
        var outline = FrontMatter.Outline(Headings, 2);

        outline.Should().BeEquivalentTo(new OutlineEntry[]
        {
            new("第一部分 区司法局概况", 2, [new("一、部门主要职责", 2, []), new("二、机构设置情况", 3, [])]),
            new("第二部分 区司法局2024年度部门决算表", 4, [new("一、收入支出决算总表", 4, []), new("二、收入决算表", 5, [])]),
            new("第三部分 区司法局2024年度部门决算情况说明", 13, [new("十三、预算绩效情况说明", 16, [])]),
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void NumberPagesCentresAnEmDashedNumberOnEveryPage()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var pages = new[] { PageGeometry.Portrait, PageGeometry.Landscape, PageGeometry.Portrait }.Select(g => new LaidOutPage(g)).ToList();

        FrontMatter.NumberPages(measurer, pages);

        for (var i = 0; i < pages.Count; i++)
        {
            var g = pages[i].Geometry;
            var footer = pages[i].Lines().Should().ContainSingle().Subject;
            footer.Text.Should().Be($"— {i + 1} —");
            footer.Baseline.Should().BeApproximately(g.FooterBaseline, Tolerance);
            footer.Baseline.Should().BeGreaterThan(g.ContentBottom, "the number sits in the bottom margin");
            ((footer.Left + measurer.Right(footer)) / 2).Should().BeApproximately(g.MarginLeft + g.ContentWidth / 2, Tolerance, "the number is centred");
        }
    }

    /// <summary>
    /// Each link covers one 目录 line: the heading at the left (indented for a section), dot leaders,
    /// and the page number (counted from the first content page) flush right on the same baseline.
    /// </summary>
    private static void AssertEntries(TextMeasurer measurer, LaidOutPage page, IReadOnlyList<HeadingMark> headings, IReadOnlyList<LinkPrimitive> links)
    {
        var g = page.Geometry;
        links.Should().HaveCount(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var link = links[i];
            var number = (heading.Page + 1).ToString(CultureInfo.InvariantCulture);

            link.Y.Should().BeGreaterThanOrEqualTo(g.MarginTop - Tolerance);
            (link.Y + link.Height).Should().BeLessThanOrEqualTo(g.ContentBottom + Tolerance);
            link.X.Should().BeApproximately(g.MarginLeft + (heading.Level == 1 ? 0 : 2 * Typography.ContentsSection.Size), Tolerance);
            (link.X + link.Width).Should().BeApproximately(g.ContentRight(), Tolerance);

            var line = page.Lines(where: t => t.Baseline > link.Y && t.Baseline < link.Y + link.Height)
                .Should().ContainSingle($"the link of “{heading.Text}” covers one line").Subject;
            var black = line.Runs.Where(r => r.Color == Rgb.Black).ToList();
            string.Concat(black.Select(r => r.Text)).Should().Be(heading.Text + number);
            black[0].X.Should().BeApproximately(link.X, Tolerance);
            black[^1].Text.Should().Be(number);
            measurer.Right(black[^1]).Should().BeApproximately(g.ContentRight(), Tolerance, "page numbers are flush right");

            var leader = line.Runs.Where(r => r.Color != Rgb.Black).Should().ContainSingle().Subject;
            leader.Text.Should().MatchRegex(@"^\.{3,}$");
            leader.X.Should().BeGreaterThan(measurer.Right(black[^2]), "the leader follows the heading");
            measurer.Right(leader).Should().BeLessThan(black[^1].X, "the leader stops before the number");
        }
    }
}
