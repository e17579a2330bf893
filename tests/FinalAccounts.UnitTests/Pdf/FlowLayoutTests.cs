using System.Text.RegularExpressions;

using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Pdf.Layout;
using FinalAccounts.Infrastructure.Pdf.Text;

namespace FinalAccounts.UnitTests.Pdf;

public sealed partial class FlowLayoutTests
{
    private const double Tolerance = LaidOut.Tolerance;

    private static readonly string[] HeaderTexts = ["编号", "名称", "本年支出", "合计", "基本支出", "项目支出"];

    // Punctuation of every kind the 禁则 care about, amounts and percentages mixed in, and no spaces, so
    // that the laid-out text must equal the input character for character.
    private const string PunctuatedProse =
        "根据《中华人民共和国预算法》和《关于做好2024年度部门决算公开工作的通知》（硚财预〔2025〕12号）的要求，" +
        "现将本部门决算公开如下：一般公共预算财政拨款支出3,469.73万元，比上年减少483.25万元，下降12.2%；" +
        "主要原因是：“政法队伍建设”项目经费压减、“法律援助”案件补贴调整！是否完成年初目标？" +
        "是。「人员经费」「公用经费」《部门预算》（一般公共预算）、（政府性基金预算）、（国有资本经营预算）；" +
        "“三公”经费支出3.35万元，其中：公务接待费0.08万元（接待对象主要是成都市彭州市司法局）。" +
        "全年开展普法活动3800场次，覆盖群众21万余人次，调解协议履行率≥95%，法律援助投诉率＜2%，" +
        "群众满意率100%。（一）“基本支出”；（二）“项目支出”；（三）《绩效自评》、《自评报告》、「结果应用」！";

    private static readonly string LongProse = string.Concat(Enumerable.Repeat(PunctuatedProse, 4));

    // ---- tables -------------------------------------------------------------------------------

    [Fact]
    public void LongTableRepeatsItsHeaderOnEveryPageAndNeverCutsARow()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var result = new FlowLayout(measurer).Layout(
        [
            new DocumentSection([new HeadingBlock("一般公共预算财政拨款支出决算表", Typography.TableTitle, 2), ExpenditureGrid(120)]),
        ]);

        result.Pages.Should().HaveCountGreaterThan(2, "120 rows, some of them wrapped, fill several portrait pages");
        result.Pages.Should().OnlyContain(p => p.Geometry == PageGeometry.Portrait);

        var seen = new List<string>();
        for (var p = 0; p < result.Pages.Count; p++)
        {
            var page = result.Pages[p];
            var g = page.Geometry;
            var cells = page.Rectangles().ToList();
            cells.Should().OnlyContain(r => r.Y >= g.MarginTop - Tolerance && r.Bottom() <= g.ContentBottom + Tolerance,
                $"no cell on page {p} may stick out of [MarginTop, ContentBottom]");

            var labels = page.Texts().Where(t => RowLabel().IsMatch(t.Text)).OrderBy(t => t.Baseline).ToList();
            labels.Should().NotBeEmpty($"page {p} continues the table");
            var rows = labels.Select(l => cells.Single(r => Math.Abs(r.X - g.MarginLeft) < Tolerance && r.Contains(l.X, l.Baseline))).ToList();
            foreach (var row in rows)
            {
                row.Y.Should().BeGreaterThanOrEqualTo(g.MarginTop - Tolerance);
                row.Bottom().Should().BeLessThanOrEqualTo(g.ContentBottom + Tolerance);
            }

            var firstRowTop = rows.Min(r => r.Y);
            foreach (var heading in HeaderTexts)
            {
                page.Texts().Where(t => t.Text == heading).Should().ContainSingle($"page {p} repeats the header cell “{heading}”")
                    .Which.Baseline.Should().BeLessThan(firstRowTop, $"the header on page {p} stands above the first body row");
            }
            if (p > 0)
            {
                cells.Min(r => r.Y).Should().BeApproximately(g.MarginTop, Tolerance, "a continued table starts the page with its header");
            }
            seen.AddRange(labels.Select(l => l.Text));
        }

        seen.Should().Equal(Enumerable.Range(1, 120).Select(RowId), "every body row appears once, in order");
    }

    [Fact]
    public void HeaderCellsSpanTheirColumnsAndRows()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var page = new FlowLayout(measurer).Layout([new DocumentSection([ExpenditureGrid(3)])]).Pages.Single();
        var g = page.Geometry;
        RectanglePrimitive CellOf(string text)
        {
            var t = page.Texts().Single(x => x.Text == text);
            return page.Rectangles().Single(r => r.Contains(t.X, t.Baseline));
        }

        var spanning = CellOf("本年支出");
        spanning.X.Should().BeApproximately(g.MarginLeft + g.ContentWidth * 5 / 11, Tolerance);
        spanning.Right().Should().BeApproximately(g.ContentRight(), Tolerance);
        new[] { "合计", "基本支出", "项目支出" }.Select(CellOf).Sum(c => c.Width).Should().BeApproximately(spanning.Width, Tolerance);

        var tall = CellOf("编号");
        tall.Y.Should().BeApproximately(spanning.Y, Tolerance);
        tall.Bottom().Should().BeApproximately(CellOf("合计").Bottom(), Tolerance, "“编号” spans both header rows");
    }

    [Fact]
    public void RowsHeldTogetherByARowSpanStayOnOnePage()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var (grid, groups) = GroupedGrid(60);
        var result = new FlowLayout(measurer).Layout([new DocumentSection([grid])]);

        result.Pages.Should().HaveCountGreaterThan(2);
        var placed = new List<(string Label, int Page)>();
        for (var p = 0; p < result.Pages.Count; p++)
        {
            var page = result.Pages[p];
            var g = page.Geometry;
            page.Rectangles().Should().OnlyContain(r => r.Y >= g.MarginTop - Tolerance && r.Bottom() <= g.ContentBottom + Tolerance);
            placed.AddRange(page.Texts().Where(t => GroupedRowLabel().IsMatch(t.Text)).OrderBy(t => t.Baseline).Select(t => (t.Text, p)));

            foreach (var groupLabel in page.Texts().Where(t => GroupLabel().IsMatch(t.Text)))
            {
                var spanning = page.Rectangles().Single(r => r.Contains(groupLabel.X, groupLabel.Baseline));
                var members = page.Texts().Where(t => t.Text.StartsWith($"R{groupLabel.Text[1..]}-", StringComparison.Ordinal)).ToList();
                members.Should().HaveCount(groups[groupLabel.Text], $"all rows of {groupLabel.Text} sit on page {p}");
                members.Should().OnlyContain(m => m.Baseline > spanning.Y && m.Baseline < spanning.Bottom(),
                    $"the cell of {groupLabel.Text} spans its rows");
            }
        }

        placed.Select(x => x.Label).Should().Equal(groups.SelectMany(kv => Enumerable.Range(1, kv.Value).Select(j => $"R{kv.Key[1..]}-{j}")));
        placed.GroupBy(x => x.Label[..3]).Should().OnlyContain(group => group.Select(x => x.Page).Distinct().Count() == 1,
            "a page never breaks inside a row span");

        // The test means something only if some page ended early because the next group did not fit whole.
        var rowHeight = Typography.TableCell.LinePitch + 2 * Typography.CellPadding;
        result.Pages.SkipLast(1).Should().Contain(p => p.Geometry.ContentBottom - p.Rectangles().Max(r => r.Bottom()) >= rowHeight);
    }

    [Fact]
    public void TextInAGridCellStaysInsideTheCell()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var result = new FlowLayout(measurer).Layout(
        [
            new DocumentSection([ExpenditureGrid(60)]),
            new DocumentSection([GroupedGrid(20).Grid]),
            new DocumentSection([AmountGrid(14)]),
        ]);

        var checkedTexts = 0;
        foreach (var page in result.Pages)
        {
            var cells = page.Rectangles().ToList();
            foreach (var text in page.Texts())
            {
                var cell = cells.Where(r => r.Contains(text.X + 0.1, text.Baseline)).MinBy(r => r.Width * r.Height);
                cell.Should().NotBeNull($"“{text.Text}” is drawn in a cell");
                text.X.Should().BeGreaterThanOrEqualTo(cell!.X + Typography.CellPadding - Tolerance, $"“{text.Text}” starts inside its cell");
                measurer.Right(text).Should().BeLessThanOrEqualTo(cell.Right() - Typography.CellPadding + Tolerance, $"“{text.Text}” ends inside its cell");
                text.Top().Should().BeGreaterThanOrEqualTo(cell.Y - Tolerance, $"“{text.Text}” is below its cell's top");
                text.Baseline.Should().BeLessThanOrEqualTo(cell.Bottom() - Tolerance, $"“{text.Text}” is above its cell's bottom");
                checkedTexts++;
            }
        }
        checkedTexts.Should().BeGreaterThan(500);
    }

    // ---- orientation --------------------------------------------------------------------------

    [Theory]
    [InlineData(14, null, PageOrientation.Landscape)]
    [InlineData(3, null, PageOrientation.Portrait)]
    [InlineData(14, PageOrientation.Portrait, PageOrientation.Portrait)]
    [InlineData(3, PageOrientation.Landscape, PageOrientation.Landscape)]
    public void SectionOrientationFollowsItsWidestTableUnlessGiven(int amountColumns, PageOrientation? given, PageOrientation expected)
    {
        var result = new FlowLayout(LayoutFonts.NewMeasurer()).Layout(
        [
            new DocumentSection([new HeadingBlock("收入支出决算总表", Typography.TableTitle, 2), AmountGrid(amountColumns)], given),
        ]);

        result.Pages.Should().NotBeEmpty().And.OnlyContain(p => p.Geometry == PageGeometry.For(expected));
        foreach (var page in result.Pages)
        {
            page.Rectangles().Max(r => r.Right()).Should().BeApproximately(page.Geometry.ContentRight(), Tolerance,
                "the table is set to the page's content width");
        }
    }

    [Fact]
    public void EachSectionChoosesItsOwnOrientation()
    {
        var result = new FlowLayout(LayoutFonts.NewMeasurer()).Layout(
        [
            new DocumentSection([AmountGrid(3)]),
            new DocumentSection([AmountGrid(3), AmountGrid(14)]),
            new DocumentSection([new ParagraphBlock("无。", Typography.Body)]),
        ]);

        result.Pages.Select(p => p.Geometry.Orientation).Should().Equal(
            PageOrientation.Portrait, PageOrientation.Landscape, PageOrientation.Portrait);
    }

    [Fact]
    public void AmountIsNeverSplitAcrossLinesOfItsCell()
    {
        var result = new FlowLayout(LayoutFonts.NewMeasurer()).Layout([new DocumentSection([AmountGrid(14)])]);

        result.Pages.SelectMany(p => p.Texts()).Count(t => t.Text == "1,234,567.89").Should().Be(4 * 14,
            "every amount is printed whole, on one line");
    }

    // ---- headings -----------------------------------------------------------------------------

    [Fact]
    public void HeadingAtThePageFootMovesToTheNextPageWithItsParagraph()
    {
        const string heading = "二、机构设置情况";
        var measurer = LayoutFonts.NewMeasurer();
        var moved = 0;
        var movedThoughItFitAlone = 0;
        for (var fillers = 20; fillers <= 34; fillers++)
        {
            var blocks = Fillers(fillers);
            blocks.Add(new HeadingBlock(heading, Typography.Section, 2));
            blocks.Add(new ParagraphBlock(PunctuatedProse, Typography.Body));
            var result = new FlowLayout(measurer).Layout([new DocumentSection(blocks)]);

            var lines = result.Pages.Lines();
            var at = lines.ToList().FindIndex(l => l.Text == heading);
            at.Should().BeGreaterThan(0);
            var headingLine = lines[at];
            lines[at + 1].Page.Should().Be(headingLine.Page, $"with {fillers} fillers the heading stays with its paragraph's first line");
            lines[at + 1].Text.Should().Be(PunctuatedProse[..lines[at + 1].Text.Length]);
            result.Headings.Single().Page.Should().Be(headingLine.Page);

            var previous = lines[at - 1];
            if (previous.Page != headingLine.Page)
            {
                moved++;
                lines.Where(l => l.Page == headingLine.Page).First().Should().Be(headingLine, "a moved heading opens its page");
                var g = result.Pages[previous.Page].Geometry;
                var room = g.ContentBottom - (previous.Baseline - measurer.BaselineOffset(Typography.Body) + Typography.Body.LinePitch + Typography.Body.SpaceAfter);
                if (room >= Typography.Section.SpaceBefore + Typography.Section.LinePitch)
                {
                    movedThoughItFitAlone++;
                }
            }
        }
        moved.Should().BeGreaterThan(0, "some filler count leaves the heading at the foot of a page");
        movedThoughItFitAlone.Should().BeGreaterThan(0, "keep-with-next, not lack of room, moved the heading");
    }

    [Fact]
    public void SectionHeadingIsNotLeftAloneWhenASubheadingFollows()
    {
        const string section = "五、一般公共预算财政拨款支出决算情况说明";
        const string subsection = "（一）一般公共预算财政拨款支出决算总体情况";
        var measurer = LayoutFonts.NewMeasurer();
        var stranded = new List<int>();
        for (var fillers = 20; fillers <= 34; fillers++)
        {
            var blocks = Fillers(fillers);
            blocks.Add(new HeadingBlock(section, Typography.Section, 2));
            blocks.Add(new HeadingBlock(subsection, Typography.Subsection, 0));
            blocks.Add(new ParagraphBlock(PunctuatedProse, Typography.Body));
            var lines = new FlowLayout(measurer).Layout([new DocumentSection(blocks)]).Pages.Lines();

            var at = lines.ToList().FindIndex(l => l.Text == section);
            if (lines[at + 1].Page != lines[at].Page || lines[at + 2].Page != lines[at].Page)
            {
                stranded.Add(fillers);
            }
        }
        stranded.Should().BeEmpty("a heading never ends a page without the text it heads");
    }

    [Fact]
    public void HeadingMarksRecordLevelOneAndTwoHeadingsWithTheirPages()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var first = new List<Block>
        {
            new HeadingBlock("第一部分 区司法局概况", Typography.Part, 1),
            new HeadingBlock("一、部门主要职责", Typography.Section, 2),
            new ParagraphBlock(LongProse, Typography.Body),
            new HeadingBlock("（一）主要职能", Typography.Subsection, 0),
            new ParagraphBlock(PunctuatedProse, Typography.Body),
            new HeadingBlock("二、机构设置情况", Typography.Section, 2),
        };
        var second = new List<Block>
        {
            new HeadingBlock("2024年度收入支出决算总表", Typography.TableTitle, 2, "一、收入支出决算总表"),
            AmountGrid(3),
        };
        var third = Fillers(40);
        third.Insert(0, new HeadingBlock("第三部分 区司法局2024年度部门决算情况说明", Typography.Part, 1));
        third.Add(new HeadingBlock("十三、预算绩效情况说明", Typography.Section, 2));
        third.Add(new ParagraphBlock(PunctuatedProse, Typography.Body));

        var result = new FlowLayout(measurer).Layout([new DocumentSection(first), new DocumentSection(second), new DocumentSection(third)]);

        result.Headings.Select(h => (h.Text, h.Level)).Should().Equal(
            ("第一部分 区司法局概况", 1),
            ("一、部门主要职责", 2),
            ("二、机构设置情况", 2),
            ("一、收入支出决算总表", 2),
            ("第三部分 区司法局2024年度部门决算情况说明", 1),
            ("十三、预算绩效情况说明", 2));

        string[] drawn = ["第一部分 区司法局概况", "一、部门主要职责", "二、机构设置情况", "2024年度收入支出决算总表",
            "第三部分 区司法局2024年度部门决算情况说明", "十三、预算绩效情况说明"];
        var lines = result.Pages.Lines();
        for (var i = 0; i < drawn.Length; i++)
        {
            var line = lines.Single(l => l.Text == drawn[i]);
            result.Headings[i].Page.Should().Be(line.Page, $"“{drawn[i]}” is drawn on the page its mark names");
        }
        result.Headings[0].Page.Should().Be(0);
        result.Headings[2].Page.Should().BeGreaterThan(0, "the long paragraph pushed 二、 onto the next page");
        result.Headings[3].Page.Should().Be(result.Headings[2].Page + 1, "a section starts a new page");
        result.Headings[5].Page.Should().BeGreaterThan(result.Headings[4].Page, "forty fillers fill the first page of 第三部分");
        result.Headings[5].Page.Should().Be(result.Pages.Count - 1);
    }

    // ---- paragraphs ---------------------------------------------------------------------------

    [Theory]
    [InlineData(9, PageOrientation.Portrait)]
    [InlineData(10.5, PageOrientation.Portrait)]
    [InlineData(12, PageOrientation.Portrait)]
    [InlineData(13, PageOrientation.Portrait)]
    [InlineData(14, PageOrientation.Portrait)]
    [InlineData(16, PageOrientation.Portrait)]
    [InlineData(11, PageOrientation.Landscape)]
    [InlineData(12, PageOrientation.Landscape)]
    [InlineData(15, PageOrientation.Landscape)]
    public void ParagraphIsIndentedObeysThePunctuationRulesAndLosesNoCharacter(double size, PageOrientation orientation)
    {
        var measurer = LayoutFonts.NewMeasurer();
        var style = Typography.Body with { Size = size };
        var result = new FlowLayout(measurer).Layout([new DocumentSection([new ParagraphBlock(LongProse, style)], orientation)]);

        var lines = result.Pages.Lines();
        lines.Should().HaveCountGreaterThan(10);
        string.Concat(lines.Select(l => l.Text)).Should().Be(LongProse, "no character is lost, doubled or reordered");

        var g = result.Pages[0].Geometry;
        lines[0].Left.Should().BeApproximately(g.MarginLeft + style.FirstLineIndent * size, Tolerance, "the first line is indented two characters");
        lines.Skip(1).Should().OnlyContain(l => Math.Abs(l.Left - g.MarginLeft) < Tolerance, "later lines start at the margin");

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            ChinesePunctuation.CannotStartLine(line.Text[0]).Should().BeFalse($"line {i} “{line.Text}” must not start with “{line.Text[0]}”");
            ChinesePunctuation.CannotEndLine(line.Text[^1]).Should().BeFalse($"line {i} “{line.Text}” must not end with “{line.Text[^1]}”");
            "，。、；：？！）》」”".Should().NotContain(line.Text[..1]);
            "（《「“".Should().NotContain(line.Text[^1..]);

            var right = measurer.Right(line);
            right.Should().BeLessThanOrEqualTo(g.ContentRight() + Tolerance, $"line {i} “{line.Text}” fits the measure");
            if (i < lines.Count - 1)
            {
                right.Should().BeGreaterThan(g.ContentRight() - 6 * size, $"line {i} “{line.Text}” is filled before breaking");
            }
        }

        // Runs of one line follow each other without gaps or overlaps.
        foreach (var line in lines)
        {
            for (var r = 1; r < line.Runs.Count; r++)
            {
                line.Runs[r].X.Should().BeApproximately(measurer.Right(line.Runs[r - 1]), Tolerance);
            }
        }
        measurer.MissingCharacters.Should().BeEmpty();
    }

    [Fact]
    public void ParagraphSplitAcrossPagesKeepsItsLinesInsideTheMargins()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var style = Typography.Body with { Size = 16 };
        var text = string.Concat(Enumerable.Repeat(PunctuatedProse, 8));
        var result = new FlowLayout(measurer).Layout([new DocumentSection([new ParagraphBlock(text, style)])]);

        result.Pages.Should().HaveCountGreaterThan(1);
        var lines = result.Pages.Lines();
        string.Concat(lines.Select(l => l.Text)).Should().Be(text);
        foreach (var line in lines)
        {
            var g = result.Pages[line.Page].Geometry;
            line.Runs.Min(r => r.Top()).Should().BeGreaterThanOrEqualTo(g.MarginTop - Tolerance);
            (line.Baseline - measurer.BaselineOffset(style) + style.LinePitch).Should().BeLessThanOrEqualTo(g.ContentBottom + Tolerance,
                $"{line} ends above the bottom margin");
        }
        result.Pages.Skip(1).Select(p => p.Lines()[0].Left).Should().OnlyContain(x => Math.Abs(x - PageGeometry.Portrait.MarginLeft) < Tolerance,
            "only the paragraph's first line is indented, not the first line of a page");
    }

    [Fact]
    public void EveryParagraphOfAMultiParagraphBlockIsIndented()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var first = PunctuatedProse[..60];
        var second = PunctuatedProse[60..];
        var result = new FlowLayout(measurer).Layout([new DocumentSection([new ParagraphBlock(first + "\n" + second, Typography.Body)])]);

        var lines = result.Pages.Lines();
        var secondStart = lines.Single(l => second.StartsWith(l.Text, StringComparison.Ordinal) && l.Text.Length > 5);
        secondStart.Left.Should().BeApproximately(PageGeometry.Portrait.MarginLeft + 2 * Typography.Body.Size, Tolerance);
    }

    // ---- the page's content box ---------------------------------------------------------------

    [Fact]
    public void EverythingDrawnStaysInsideTheContentBoxExceptThePageNumber()
    {
        var measurer = LayoutFonts.NewMeasurer();
        var result = new FlowLayout(measurer).Layout(
        [
            new DocumentSection(
            [
                new HeadingBlock("第三部分 区司法局2024年度部门决算情况说明", Typography.Part, 1),
                new HeadingBlock("一、收入支出决算总体情况说明", Typography.Section, 2),
                new ParagraphBlock(LongProse, Typography.Body),
                new ChartBlock(new Chart(1, "收、支决算总计变动情况", ChartKind.Bars,
                [
                    new ChartPoint("2023年", "收入总计", Money.FromWanYuan(3952.98m)),
                    new ChartPoint("2023年", "支出总计", Money.FromWanYuan(3952.98m)),
                    new ChartPoint("2024年", "收入总计", Money.FromWanYuan(3469.73m)),
                    new ChartPoint("2024年", "支出总计", Money.FromWanYuan(3469.73m)),
                ])),
                new HeadingBlock("（一）收入决算结构", Typography.Subsection, 0),
                new ParagraphBlock(PunctuatedProse, Typography.Body),
                new ChartBlock(new Chart(2, "收入决算结构", ChartKind.Pie,
                [
                    new ChartPoint("财政拨款收入", null, Money.FromWanYuan(3400m), new Percentage(98m, PercentKind.Share)),
                    new ChartPoint("其他收入", null, Money.FromWanYuan(69.73m), new Percentage(2m, PercentKind.Share)),
                ])),
                new ParagraphBlock(LongProse, Typography.Body with { Size = 14 }),
            ]),
            new DocumentSection(
            [
                new HeadingBlock("2024年度收入支出决算总表", Typography.TableTitle, 2, "一、收入支出决算总表"),
                new ParagraphBlock("公开01表", Typography.TableMeta with { Align = TextAlign.Right }),
                new EdgeLineBlock("单位：武汉市硚口区司法局本级", "单位：万元", Typography.TableMeta),
                ExpenditureGrid(80),
                new ParagraphBlock("注：本表反映部门本年度的总收支和年末结转结余情况。", Typography.TableNote),
            ]),
            new DocumentSection([AmountGrid(14), new ParagraphBlock(PunctuatedProse, Typography.Body)]),
        ]);
        FrontMatter.NumberPages(measurer, result.Pages);

        result.Pages.Should().HaveCountGreaterThan(4);
        for (var p = 0; p < result.Pages.Count; p++)
        {
            var page = result.Pages[p];
            var g = page.Geometry;
            foreach (var text in page.Texts())
            {
                text.X.Should().BeGreaterThanOrEqualTo(g.MarginLeft - Tolerance, $"page {p}: “{text.Text}” starts inside the left margin");
                measurer.Right(text).Should().BeLessThanOrEqualTo(g.ContentRight() + Tolerance, $"page {p}: “{text.Text}” ends inside the right margin");
                if (Math.Abs(text.Baseline - g.FooterBaseline) < Tolerance)
                {
                    continue;
                }
                text.Top().Should().BeGreaterThanOrEqualTo(g.MarginTop - Tolerance, $"page {p}: “{text.Text}” is below the top margin");
                text.Baseline.Should().BeLessThanOrEqualTo(g.ContentBottom + Tolerance, $"page {p}: “{text.Text}” is above the bottom margin");
            }
            foreach (var r in page.Rectangles())
            {
                r.X.Should().BeGreaterThanOrEqualTo(g.MarginLeft - Tolerance);
                r.Right().Should().BeLessThanOrEqualTo(g.ContentRight() + Tolerance);
                r.Y.Should().BeGreaterThanOrEqualTo(g.MarginTop - Tolerance);
                r.Bottom().Should().BeLessThanOrEqualTo(g.ContentBottom + Tolerance);
            }
            foreach (var point in page.Items.OfType<PolygonPrimitive>().SelectMany(x => x.Points)
                         .Concat(page.Items.OfType<LinePrimitive>().SelectMany(x => new[] { x.From, x.To })))
            {
                point.X.Should().BeInRange(g.MarginLeft - Tolerance, g.ContentRight() + Tolerance);
                point.Y.Should().BeInRange(g.MarginTop - Tolerance, g.ContentBottom + Tolerance);
            }
        }
        result.Pages.Should().OnlyContain(p => p.Texts().Any(t => Math.Abs(t.Baseline - p.Geometry.FooterBaseline) < Tolerance));
        measurer.MissingCharacters.Should().BeEmpty();
    }

    // ---- builders -----------------------------------------------------------------------------

    [GeneratedRegex(@"^B\d{3}$")]
    private static partial Regex RowLabel();

    [GeneratedRegex(@"^R\d{2}-\d$")]
    private static partial Regex GroupedRowLabel();

    [GeneratedRegex(@"^G\d{2}$")]
    private static partial Regex GroupLabel();

    private static string RowId(int i) => $"B{i:000}";

    private static List<Block> Fillers(int count) =>
        Enumerable.Range(1, count).Select(i => (Block)new ParagraphBlock($"填充段落第{i}段。", Typography.Body)).ToList();

    /// <summary>
    /// 编号, 名称 and three amounts under a two-row header whose “本年支出” spans three columns; every
    /// seventh name wraps to two lines and every thirteenth to three, so rows differ in height.
    /// </summary>
    private static GridBlock ExpenditureGrid(int rows)
    {
        IReadOnlyList<IReadOnlyList<PrintedCell>> header =
        [
            [PrintedCell.Heading("编号", rowSpan: 2), PrintedCell.Heading("名称", rowSpan: 2), PrintedCell.Heading("本年支出", columnSpan: 3)],
            [PrintedCell.Heading("合计"), PrintedCell.Heading("基本支出"), PrintedCell.Heading("项目支出")],
        ];
        var body = Enumerable.Range(1, rows).Select(i =>
        {
            var basic = Money.FromYuan(1_234_567.89m + i * 1000);
            var project = Money.FromYuan(98_765.43m * (i % 5));
            var name = i % 13 == 0 ? "一般公共服务支出中用于机关事务管理、行政运行、一般行政管理事务及其他一般公共服务支出的部分"
                : i % 7 == 0 ? "对个人和家庭的补助支出中用于退休人员生活补助及抚恤金的部分"
                : "行政运行";
            return (IReadOnlyList<PrintedCell>)
            [
                PrintedCell.Label(RowId(i)), PrintedCell.Label(name),
                PrintedCell.Money(Money.FromYuan(basic.Yuan + project.Yuan)), PrintedCell.Money(basic), PrintedCell.Money(project),
            ];
        }).ToList();
        return new GridBlock([1, 4, 2, 2, 2], header, body);
    }

    /// <summary>Groups G01… of one to six rows each, held together by a cell spanning the group's rows.</summary>
    private static (GridBlock Grid, SortedDictionary<string, int> Groups) GroupedGrid(int count)
    {
        var groups = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var body = new List<IReadOnlyList<PrintedCell>>();
        for (var g = 1; g <= count; g++)
        {
            var size = 1 + g * 7 % 6;
            groups[$"G{g:00}"] = size;
            for (var j = 1; j <= size; j++)
            {
                var cells = new List<PrintedCell>();
                if (j == 1)
                {
                    cells.Add(new PrintedCell($"G{g:00}", RowSpan: size));
                }
                cells.Add(PrintedCell.Label($"R{g:00}-{j}"));
                cells.Add(PrintedCell.Money(Money.FromYuan(10_000m * g + j)));
                body.Add(cells);
            }
        }
        IReadOnlyList<IReadOnlyList<PrintedCell>> header = [[PrintedCell.Heading("类"), PrintedCell.Heading("编号"), PrintedCell.Heading("金额")]];
        return (new GridBlock([2, 1.5, 2], header, body), groups);
    }

    /// <summary>A 项目 column and <paramref name="amountColumns"/> columns of "1,234,567.89".</summary>
    private static GridBlock AmountGrid(int amountColumns)
    {
        var header = new List<PrintedCell> { PrintedCell.Heading("项目") };
        header.AddRange(Enumerable.Range(1, amountColumns).Select(i => PrintedCell.Heading($"栏{i}")));
        var body = Enumerable.Range(1, 4).Select(r =>
        {
            var row = new List<PrintedCell> { PrintedCell.Label(r == 4 ? "合计" : "一般公共服务支出") };
            row.AddRange(Enumerable.Range(1, amountColumns).Select(_ => PrintedCell.Money(Money.FromWanYuan(1_234_567.89m))));
            return (IReadOnlyList<PrintedCell>)row;
        }).ToList();
        return new GridBlock([2, .. Enumerable.Repeat(1.0, amountColumns)], [header], body);
    }
}
