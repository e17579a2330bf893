using System.Text.RegularExpressions;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Pdf.Fonts;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Infrastructure;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace FinalAccounts.IntegrationTests.Pdf;

/// <summary>
/// Renders each seed disclosure and reads the PDF back with poppler and PDFsharp's reader: every
/// figure of every table, the headings of the six parts, the outline, the 目录's page numbers and
/// links, landscape pages for the wide tables, the metadata, and no missing glyph.
/// </summary>
public sealed partial class DisclosurePdfTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly DisclosurePdfRenderer Renderer = new(DocumentFonts.Load(new FontOptions()));

    [Theory]
    [MemberData(nameof(SeedDisclosures.All), MemberType = typeof(SeedDisclosures))]
    public async Task EveryFigureOfEveryTableIsPrintedInWanYuan(string department, int year)
    {
        var (analysis, rendered) = await RenderAsync(department, year);
        var text = string.Concat(PdfText.Pages(rendered.Content).Select(PdfText.Squeeze));

        var figures = analysis.Tables.SelectMany(t => t.BodyRows.Concat(t.HeaderRows)).SelectMany(r => r)
            .Where(c => c.Amount is not null).Select(c => c.Text).ToList();
        var missing = figures.GroupBy(f => f)
            .Where(g => Occurrences(text, g.Key) < g.Count())
            .Select(g => $"{g.Key} ×{g.Count()} (found {Occurrences(text, g.Key)})").ToList();

        missing.Should().BeEmpty("every amount cell of the nine tables appears in the PDF's text");
        rendered.MissingCharacters.Should().BeEmpty("the fonts have every character of the disclosure");
    }

    [Theory]
    [MemberData(nameof(SeedDisclosures.All), MemberType = typeof(SeedDisclosures))]
    public async Task TheSixPartsAreHeadedAsPublishedAndBookmarked(string department, int year)
    {
        var (analysis, rendered) = await RenderAsync(department, year);
        var text = string.Concat(PdfText.Pages(rendered.Content).Select(PdfText.Squeeze));
        var parts = PartHeadings(analysis);

        foreach (var heading in parts)
        {
            text.Should().Contain(PdfText.Squeeze(heading));
        }
        foreach (var table in PublishedTables.All)
        {
            text.Should().Contain(table.Number());
        }
        foreach (var section in analysis.Explanation.Sections)
        {
            text.Should().Contain(PdfText.Squeeze(section.Heading));
        }

        using var pdf = Open(rendered.Content);
        pdf.Outlines.Select(o => o.Title).Should().Equal(parts, "the outline holds the six parts in order");
        pdf.Outlines[1].Outlines.Select(o => o.Title).Should().Equal(PublishedTables.All.Select(DisclosureHeadings.TableSection));
        pdf.Outlines[2].Outlines.Select(o => o.Title).Should().Equal(analysis.Explanation.Sections.Select(s => s.Heading));
    }

    [Fact]
    public async Task TheContentsGiveEachHeadingsPageNumberAndLinkToIt()
    {
        var (_, rendered) = await RenderAsync("420104-sfj", 2024);
        var pages = PdfText.Pages(rendered.Content);
        var layout = PdfText.Pages(rendered.Content, layout: true);
        var contentsPages = Enumerable.Range(1, layout.Count - 1).TakeWhile(i => layout[i].Contains("....")).ToList();
        var firstContentPage = 1 + contentsPages.Count;
        var entries = contentsPages.SelectMany(i => ContentsLine().Matches(layout[i]))
            .Select(m => (Title: m.Groups[1].Value.Trim(), Page: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

        entries.Should().HaveCountGreaterThan(6 + 9 + 13, "the 目录 lists the parts, the nine tables and the thirteen items");
        foreach (var (title, page) in entries)
        {
            // A table is listed as "一、收入支出决算总表" and headed "2024年度收入支出决算总表" on its page.
            var named = title.Contains('、') && !title.StartsWith("第", StringComparison.Ordinal) ? title[(title.IndexOf('、') + 1)..] : title;
            PdfText.Squeeze(pages[firstContentPage + page - 1]).Should().Contain(PdfText.Squeeze(named),
                $"the 目录 sends “{title}” to page {page}");
            PdfText.Squeeze(pages[firstContentPage + page - 1]).Should().Contain($"—{page}—", "the footer numbers content pages from 1");
        }

        using var pdf = Open(rendered.Content);
        var links = contentsPages.Sum(i => pdf.Pages[i].Annotations.Count);
        links.Should().Be(entries.Count, "each 目录 line is a link");
    }

    [Fact]
    public async Task WideTablesAreOnLandscapePagesAndMetadataNamesTheDisclosure()
    {
        var (analysis, rendered) = await RenderAsync("420104-sfj", 2024);
        var pages = PdfText.Pages(rendered.Content);
        using var pdf = Open(rendered.Content);

        foreach (var table in new[] { PublishedTable.IncomeExpenditureSummary, PublishedTable.AppropriationSummary,
                     PublishedTable.BasicExpenditureDetail, PublishedTable.ThreePublicCosts })
        {
            var index = pages.ToList().FindIndex(p => PdfText.Squeeze(p).Contains(table.Number()));
            var page = pdf.Pages[index];
            page.Width.Point.Should().BeGreaterThan(page.Height.Point, $"{table.Number()} does not fit a portrait page");
        }
        var cover = PdfText.Squeeze(pages[0]);
        cover.Should().Contain(PdfText.Squeeze(analysis.Header.Title)).And.Contain("2025年10月31日");

        pdf.Info.Title.Should().Be(analysis.Header.Title);
        pdf.Info.Author.Should().Be(analysis.Header.DepartmentName);
        pdf.Language.Should().Be("zh-CN");
    }

    [Fact]
    public async Task KeyWorkKeepsTheParagraphsOfItsCompletionAndTheWidthOfAnEmptyColumn()
    {
        var (analysis, _) = await RenderAsync("420104-sfj", 2024);
        var model = DisclosureDocumentModel.From(analysis) with
        {
            KeyWork = [new KeyWorkLine("统筹推进全面依法治区", null, "第一段写明会议召开情况。\n第二段写明督察开展情况。")],
        };

        var pages = PdfText.Pages(Renderer.Render(model).Content, layout: true);

        var page = pages.Single(p => p.Contains("统筹推进全面依法治区"));
        var lines = page.Split('\n');
        var first = lines.Single(l => l.Contains("第一段写明会议召开情况。"));
        var second = lines.Single(l => l.Contains("第二段写明督察开展情况。"));
        var between = lines[(Array.IndexOf(lines, first) + 1)..Array.IndexOf(lines, second)];
        var column = first.IndexOf("第一段", StringComparison.Ordinal);
        between.Should().ContainSingle("the paragraphs of 完成情况 are set apart by an empty line, not run on as wrapped lines")
            .Which.PadRight(column)[column..].Should().BeNullOrWhiteSpace("the line between is empty in the 完成情况 column");
        // The empty 工作内容及目标 column keeps its width: 完成情况 starts well to the right of 重要事项.
        var heading = lines.Single(l => l.Contains("完成情况") && l.Contains("重要事项"));
        (heading.IndexOf("完成情况", StringComparison.Ordinal) - heading.IndexOf("重要事项", StringComparison.Ordinal))
            .Should().BeGreaterThan(20, "an empty column is not shrunk to nothing");
        second.IndexOf("第二段", StringComparison.Ordinal).Should().Be(first.IndexOf("第一段", StringComparison.Ordinal),
            "both paragraphs sit in the 完成情况 column");
    }

    private static int Occurrences(string text, string value) => Regex.Matches(text, Regex.Escape(value)).Count;

    private static IReadOnlyList<string> PartHeadings(DisclosureAnalysis analysis)
    {
        var header = analysis.Header;
        var year = new Domain.Classification.FiscalYear(header.Year);
        return
        [
            DisclosureHeadings.Profile(header.DepartmentShortName),
            DisclosureHeadings.Tables(header.DepartmentShortName, year),
            DisclosureHeadings.Explanation(header.DepartmentShortName, year),
            DisclosureHeadings.KeyWork(year),
            DisclosureHeadings.Glossary,
            DisclosureHeadings.Attachments,
        ];
    }

    private async Task<(DisclosureAnalysis, RenderedPdf)> RenderAsync(string department, int year)
    {
        await using var db = fixture.Database.CreateContext();
        var analysis = await new DisclosureAnalysisService(db).AnalyzeAsync(department, year, null, VersionVisibility.PublishedOnly);
        analysis.Should().NotBeNull();
        var rendered = Renderer.Render(DisclosureDocumentModel.From(analysis!));
        return (analysis!, rendered);
    }

    private static PdfDocument Open(byte[] content) => PdfReader.Open(new MemoryStream(content), PdfDocumentOpenMode.Import);

    /// <summary>A 目录 line: its title, the dot leader and the page number.</summary>
    [GeneratedRegex(@"^[ \t]*(\S.*?)[ \t]*\.{3,}[ \t]*(\d+)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ContentsLine();
}
