using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Queries;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf;

namespace FinalAccounts.UnitTests.Pdf;

/// <summary>Renders one small disclosure once for the class and reads it back with PDFsharp and poppler's pdftotext.</summary>
public sealed class RenderedDisclosureFixture
{
    public RenderedDisclosureFixture()
    {
        Model = DisclosureModelBuilder.Small();
        Rendered = new DisclosurePdfRenderer(LayoutFonts.Fonts).Render(Model);
        PageTexts = PdfToText(Rendered.Content).Split('\f');
        ContentsWords = Words(PdfToText(Rendered.Content, "-bbox", "-f", "2", "-l", "2"));
    }

    public DisclosureDocumentModel Model { get; }

    public RenderedPdf Rendered { get; }

    /// <summary>pdftotext's text of each page (it ends every page with a form feed).</summary>
    public IReadOnlyList<string> PageTexts { get; }

    /// <summary>The words of the 目录 page with their boxes, in points from the top-left corner.</summary>
    public IReadOnlyList<PdfWord> ContentsWords { get; }

    public PdfDocument Open() => PdfReader.Open(new MemoryStream(Rendered.Content), PdfDocumentOpenMode.Import);

    private static List<PdfWord> Words(string bboxHtml) =>
        Regex.Matches(bboxHtml, "<word xMin=\"([^\"]+)\" yMin=\"([^\"]+)\" xMax=\"([^\"]+)\" yMax=\"([^\"]+)\">([^<]*)</word>")
            .Select(m => new PdfWord(Number(m.Groups[1].Value), Number(m.Groups[2].Value), Number(m.Groups[3].Value), Number(m.Groups[4].Value),
                WebUtility.HtmlDecode(m.Groups[5].Value)))
            .ToList();

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string PdfToText(byte[] pdf, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"disclosure-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var argument in options.Concat(["-enc", "UTF-8", path, "-"]))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit(30_000).Should().BeTrue("pdftotext finishes");
            process.ExitCode.Should().Be(0, errors.Result);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed record PdfWord(double XMin, double YMin, double XMax, double YMax, string Text);

public sealed class DisclosurePdfRendererTests(RenderedDisclosureFixture fixture) : IClassFixture<RenderedDisclosureFixture>
{
    private DisclosureDocumentModel Model => fixture.Model;

    private string[] PartHeadings =>
    [
        DisclosureHeadings.Profile(Model.DepartmentShortName),
        DisclosureHeadings.Tables(Model.DepartmentShortName, Model.Year),
        DisclosureHeadings.Explanation(Model.DepartmentShortName, Model.Year),
        DisclosureHeadings.KeyWork(Model.Year),
        DisclosureHeadings.Glossary,
        DisclosureHeadings.Attachments,
    ];

    [Fact]
    public void PdfOpensWithItsTitleAuthorAndLanguage()
    {
        using var document = fixture.Open();

        document.PageCount.Should().Be(fixture.Rendered.PageCount);
        document.Info.Title.Should().Be("武汉市硚口区司法局2024年度部门决算");
        document.Info.Author.Should().Be("武汉市硚口区司法局");
        document.Language.Should().Be("zh-CN");
        fixture.Rendered.MissingCharacters.Should().BeEmpty();
    }

    [Fact]
    public void OutlineListsTheSixPartsWithTheirSections()
    {
        using var document = fixture.Open();

        var parts = document.Outlines.ToList();
        parts.Select(o => o.Title).Should().Equal(PartHeadings);
        parts[0].Outlines.Select(o => o.Title).Should().Equal(
            DisclosureHeadings.Duties, DisclosureHeadings.Organization, DisclosureHeadings.Staffing);
        parts[1].Outlines.Select(o => o.Title).Should().Equal(
            DisclosureHeadings.TableSection(PublishedTable.Income), DisclosureHeadings.TableSection(PublishedTable.ThreePublicCosts));
        parts[2].Outlines.Select(o => o.Title).Should().Equal("一、收入支出决算总体情况说明", "二、收入决算情况说明");
        parts[5].Outlines.Select(o => o.Title).Should().Equal("附件1：项目绩效自评表：法律援助");
    }

    [Fact]
    public void EachPartOpensOnThePageItsOutlineEntryTargets()
    {
        using var document = fixture.Open();
        var pages = document.Pages.Cast<PdfPage>().ToList();

        foreach (var part in document.Outlines)
        {
            part.DestinationPage.Should().NotBeNull();
            var index = pages.IndexOf(part.DestinationPage!);
            index.Should().BeGreaterThan(1, $"“{part.Title}” comes after the cover and the 目录");
            Squeeze(fixture.PageTexts[index]).Should().Contain(Squeeze(part.Title), $"page {index + 1} shows “{part.Title}”");
        }
    }

    [Fact]
    public void ContentsLinesLinkToThePagesTheOutlineOpensAndPrintTheirNumbers()
    {
        using var document = fixture.Open();
        var pages = document.Pages.Cast<PdfPage>().ToList();
        var entries = document.Outlines.SelectMany(part => new[] { part }.Concat(part.Outlines)).ToList();
        const int firstContentPage = 2;

        var contents = pages[1];
        var height = contents.Height.Point;
        var links = Enumerable.Range(0, contents.Annotations.Count).Select(i => contents.Annotations[i])
            .Where(a => a.Elements.GetName("/Subtype") == "/Link")
            .OrderByDescending(a => a.Rectangle.Y2)
            .ToList();
        links.Should().HaveCount(entries.Count, "one link per 目录 line");

        for (var i = 0; i < links.Count; i++)
        {
            var target = (PdfReference)links[i].Elements.GetArray("/Dest")!.Elements[0];
            var targetIndex = pages.FindIndex(p => p.Reference?.ObjectNumber == target.ObjectNumber);
            targetIndex.Should().Be(pages.FindIndex(p => ReferenceEquals(p, entries[i].DestinationPage)),
                $"the 目录 line of “{entries[i].Title}” opens the page its bookmark opens");

            var (top, bottom) = (height - links[i].Rectangle.Y2, height - links[i].Rectangle.Y1);
            var words = fixture.ContentsWords.Where(w => (w.YMin + w.YMax) / 2 > top && (w.YMin + w.YMax) / 2 < bottom)
                .OrderBy(w => w.XMin).Select(w => w.Text).Where(t => !t.All(c => c == '.'));
            Squeeze(string.Concat(words)).Should().Be(Squeeze(entries[i].Title) + (targetIndex - firstContentPage + 1),
                "the link covers its line, whose number counts from the first content page");
        }
    }

    [Fact]
    public void TheSelfEvaluationPrintsItsFundsGoalsAndScoresWithTheDecimalsEntered()
    {
        var page = Squeeze(fixture.PageTexts.Single(t => t.Contains("附件1", StringComparison.Ordinal) && t.Contains("得分", StringComparison.Ordinal)));

        page.Should().Contain(Squeeze("年度资金总额 120.00 120.00 109.20 10 91.00% 9.10"), "the execution line with 执行率 and 得分 as computed");
        page.Should().Contain(Squeeze("其中：当年财政拨款 100.00 100.00 89.20"));
        page.Should().Contain("预期目标").And.Contain("实际完成情况").And.Contain(Squeeze("完成法律援助案件1696件。"));
        page.Should().Contain(Squeeze("产出指标（50分）"), "the group's weight is printed in its heading");
        page.Should().Contain(Squeeze("≥1500件 1696件 50 49.5"));
        page.Should().Contain("总分").And.Contain("自评等级").And.Contain("95.5").And.NotContain("95.50", "95.5 stays 95.5");
        page.Should().Contain("36.90", "9.10-style scores keep their trailing zero");
        page.Should().Contain("偏差原因分析及改进措施").And.Contain("个别案件办结超时限");
    }

    [Fact]
    public void TextOfThePdfContainsTheHeadingsTitleAndContents()
    {
        var text = Squeeze(string.Concat(fixture.PageTexts));
        foreach (var heading in PartHeadings)
        {
            text.Should().Contain(Squeeze(heading));
        }
        Squeeze(fixture.PageTexts[0]).Should().Contain(Squeeze(Model.Title), "the cover shows the title");
        // pdftotext reads the widely spaced “目　录” as two columns, so only its characters are checked.
        Squeeze(fixture.PageTexts[1]).Should().StartWith("目").And.Contain("录");
        foreach (var heading in PartHeadings)
        {
            Squeeze(fixture.PageTexts[1]).Should().Contain(Squeeze(heading), "the 目录 lists every part");
        }
        text.Should().Contain("3,469.73");
        text.Should().Contain("—1—", "content pages are numbered");
    }

    [Fact]
    public void WideTableIsPrintedOnALandscapePage()
    {
        using var document = fixture.Open();
        var pages = document.Pages.Cast<PdfPage>().ToList();

        var threePublic = fixture.PageTexts.ToList().FindIndex(t => Squeeze(t).Contains("公开09表", StringComparison.Ordinal));
        threePublic.Should().BeGreaterThan(1);
        pages[threePublic].Width.Point.Should().BeGreaterThan(pages[threePublic].Height.Point, "公开09表 is one of the wide tables");

        var income = fixture.PageTexts.ToList().FindIndex(t => Squeeze(t).Contains("公开02表", StringComparison.Ordinal));
        pages[income].Width.Point.Should().BeLessThan(pages[income].Height.Point, "a narrow table stays portrait");
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}

/// <summary>A small but complete disclosure: every part, two tables (one wide), both kinds of chart and one 自评表.</summary>
internal static class DisclosureModelBuilder
{
    /// <summary>A project self-evaluation in the standard layout: funds with a source, weights, scores with decimals, a deviation.</summary>
    public static FinalAccounts.Domain.Performance.PerformanceEvaluation LegalAidEvaluation()
    {
        var evaluation = new FinalAccounts.Domain.Performance.PerformanceEvaluation(FinalAccounts.Domain.Performance.EvaluationKind.Project, "法律援助")
        {
            SupervisingDepartment = "武汉市硚口区司法局", FundWeight = 10m, TotalScore = 95.5m, Grade = "优",
            Report = "全年目标全部完成。",
        };
        evaluation.SetFunds([
            new(FinalAccounts.Domain.Performance.FundLine.Total, Money.FromWanYuan(120m), Money.FromWanYuan(120m), Money.FromWanYuan(109.2m)),
            new(FinalAccounts.Domain.Performance.FundLine.CurrentAppropriation, Money.FromWanYuan(100m), Money.FromWanYuan(100m), Money.FromWanYuan(89.2m)),
        ]);
        evaluation.AddGroup("产出指标", 50m);
        var goal = evaluation.AddGoal("办理法律援助案件1500件以上。", "完成法律援助案件1696件。");
        goal.AddIndicator("产出指标", "数量指标", "法律援助案件数", "≥1500件", "1696件", 50m, 49.5m, "个别案件办结超时限，将加强督办。");
        goal.AddIndicator("满意度指标", "服务对象满意度指标", "受援人满意度", "≥95%", "98%", 40m, 36.90m);
        return evaluation;
    }

    public static DisclosureDocumentModel Small()
    {
        var year = new FiscalYear(2024);
        var staffing = new Staffing { ActiveAdministrative = 32, ActiveInstitutional = 5, RetiredTuixiu = 21 };
        var explanation = new ExplanationDocument(
        [
            new ExplanationSection(1, "一、收入支出决算总体情况说明",
            [
                new ExplanationBlock(null,
                [
                    new Paragraph([new TextSpan("2024年度收、支总计均为"), new FigureSpan("grand-total", 3469.73m, "万元", "3,469.73"),
                        new TextSpan("。与2023年度相比，收、支总计减少483.25万元，下降12.2%，主要原因是人员减少、项目经费压减。")]),
                ],
                new Chart(1, "收、支决算总计变动情况", ChartKind.Bars,
                [
                    new ChartPoint("2023年", "收入总计", Money.FromWanYuan(3952.98m)),
                    new ChartPoint("2023年", "支出总计", Money.FromWanYuan(3952.98m)),
                    new ChartPoint("2024年", "收入总计", Money.FromWanYuan(3469.73m)),
                    new ChartPoint("2024年", "支出总计", Money.FromWanYuan(3469.73m)),
                ])),
            ]),
            new ExplanationSection(2, "二、收入决算情况说明",
            [
                new ExplanationBlock("（一）收入决算结构",
                [
                    new Paragraph([new TextSpan("2024年度收入合计3,469.73万元，其中：财政拨款收入3,400.00万元，占本年收入98%；其他收入69.73万元，占本年收入2%。")]),
                ],
                new Chart(2, "收入决算结构", ChartKind.Pie,
                [
                    new ChartPoint("财政拨款收入", null, Money.FromWanYuan(3400m), new Percentage(98m, PercentKind.Share)),
                    new ChartPoint("其他收入", null, Money.FromWanYuan(69.73m), new Percentage(2m, PercentKind.Share)),
                ])),
            ]),
        ], []);

        return new DisclosureDocumentModel(
            "武汉市硚口区司法局2024年度部门决算", "武汉市硚口区司法局", "区司法局", year, 1, DisclosureStatus.Published, null, new DateOnly(2025, 10, 31),
            ["贯彻落实党中央关于全面依法治国的方针政策和决策部署，统筹推进法治政府建设。", "负责全区公共法律服务体系建设。"],
            "区司法局内设办公室、法治督察科等8个科室，下辖13个司法所。\n本部门决算为区司法局本级决算。",
            staffing,
            [IncomeTable(), ThreePublicCostsTable()],
            explanation,
            [new KeyWorkLine("法治政府建设", "推进法治政府建设示范创建。", "已完成。")],
            [new GlossaryLine("财政拨款收入", "指区级财政当年拨付的资金。"), new GlossaryLine("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。")],
            [
                EvaluationSheet.Of(LegalAidEvaluation()),
            ]);
    }

    private static PrintedTable IncomeTable()
    {
        IReadOnlyList<IReadOnlyList<PrintedCell>> header =
        [
            [PrintedCell.Heading("项目", columnSpan: 2), PrintedCell.Heading("本年收入合计", rowSpan: 2), PrintedCell.Heading("财政拨款收入", rowSpan: 2), PrintedCell.Heading("其他收入", rowSpan: 2)],
            [PrintedCell.Heading("科目编码"), PrintedCell.Heading("科目名称")],
        ];
        IReadOnlyList<IReadOnlyList<PrintedCell>> body =
        [
            [PrintedCell.Label("合计", 2), PrintedCell.Money(Money.FromWanYuan(3469.73m)), PrintedCell.Money(Money.FromWanYuan(3400m)), PrintedCell.Money(Money.FromWanYuan(69.73m))],
            [PrintedCell.Label("204"), PrintedCell.Label("公共安全支出"), PrintedCell.Money(Money.FromWanYuan(3000m)), PrintedCell.Money(Money.FromWanYuan(2930.27m)), PrintedCell.Money(Money.FromWanYuan(69.73m))],
            [PrintedCell.Label("20406"), PrintedCell.Label("司法"), PrintedCell.Money(Money.FromWanYuan(3000m)), PrintedCell.Money(Money.FromWanYuan(2930.27m)), PrintedCell.Money(Money.FromWanYuan(69.73m))],
            [PrintedCell.Label("208"), PrintedCell.Label("社会保障和就业支出"), PrintedCell.Money(Money.FromWanYuan(469.73m)), PrintedCell.Money(Money.FromWanYuan(469.73m)), PrintedCell.Money(null)],
        ];
        return new PrintedTable(PublishedTable.Income, "2024年度收入决算表", "武汉市硚口区司法局本级", [1.2, 3, 1.6, 1.6, 1.6], header, body,
            ["注：本表反映部门本年度取得的各项收入情况。"], null);
    }

    private static PrintedTable ThreePublicCostsTable()
    {
        string[] items = ["合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费"];
        var header = new List<PrintedCell> { PrintedCell.Heading("项目") };
        header.AddRange(items.Select(i => PrintedCell.Heading($"预算数·{i}")));
        header.AddRange(items.Select(i => PrintedCell.Heading($"决算数·{i}")));
        IReadOnlyList<PrintedCell> row =
        [
            PrintedCell.Label("“三公”经费"),
            .. Enumerable.Repeat(PrintedCell.Money(Money.FromWanYuan(3.35m)), 8),
        ];
        return new PrintedTable(PublishedTable.ThreePublicCosts, "2024年度财政拨款“三公”经费支出决算表", "武汉市硚口区司法局本级",
            [2, .. Enumerable.Repeat(1.0, 8)], [header], [row], [], null);
    }
}
