using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// What readers get of a published version is rendered once and kept (migration 0020, ADR 0022): the
/// page's article in each interface language, the JSON and the table downloads. Responses send the kept
/// bytes, so a versioned URL gives the same bytes for good — even when last year's disclosure, which
/// the 说明 compares against, is published afterwards and a fresh analysis would say otherwise.
/// </summary>
public sealed class KeptRenditionsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Qiaokou = "/disclosures/420104-sfj/2024/v1";

    private static readonly string[] Kept = ["csv.zip", "datapackage.zip", "headline", "json", "page.en", "page.en.gz", "page.zh-CN", "page.zh-CN.gz", "xlsx"];

    private static readonly string[] Downloads =
    [
        $"/api/v1{Qiaokou}", $"/api/v1{Qiaokou}/tables/05", $"{Qiaokou}/json", $"{Qiaokou}/xlsx", $"{Qiaokou}/csv.zip",
        $"{Qiaokou}/csv/03", $"{Qiaokou}/datapackage.zip",
    ];

    [Fact]
    public async Task EveryPublishedVersionKeepsItsPageJsonAndDownloadsWhenThePortalStarts()
    {
        portal.CreateClient();
        await using var db = portal.Database.CreateContext();

        var published = await db.DisclosureVersions.Where(v => v.Status == DisclosureStatus.Published).Select(v => v.Id).ToListAsync();
        var kept = await db.PublishedFiles.AsNoTracking().ToListAsync();

        published.Should().HaveCount(4);
        foreach (var id in published)
        {
            kept.Where(f => f.VersionId == id).Select(f => f.Name).Order(StringComparer.Ordinal).Should().Equal(Kept);
        }
        kept.Should().OnlyContain(f => (f.Name == "headline" || f.Content.Length > 1_000) && f.Sha256.Length == 64);
    }

    [Fact]
    public async Task ResponsesSendTheKeptBytesWithTheirHashAsETag()
    {
        var client = portal.CreateClient();
        var kept = await KeptAsync("420104-sfj", 2024);

        var json = await client.GetAsync($"/api/v1{Qiaokou}");
        (await json.Content.ReadAsByteArrayAsync()).Should().Equal(kept["json"].Content);
        json.Headers.ETag!.Tag.Should().Be($"\"{kept["json"].Sha256}\"");
        (await client.GetByteArrayAsync($"{Qiaokou}/xlsx")).Should().Equal(kept["xlsx"].Content);

        // One table's CSV is read out of the kept zip: the same bytes the CSV export writes.
        var csv = await client.GetByteArrayAsync($"{Qiaokou}/csv/05");
        csv.Should().Equal(TableCsv.ReadFromZip(kept["csv.zip"].Content, PublishedTable.GeneralBudgetExpenditure));
        Encoding.UTF8.GetString(csv).Should().Contain("2040601,行政运行,1712.45");

        var page = await client.GetStringAsync(Qiaokou);
        page.Should().Contain(Encoding.UTF8.GetString(kept["page.zh-CN"].Content), "the page sends its kept article");
        var english = await client.GetStringAsync($"{Qiaokou}?culture=en");
        english.Should().Contain(Encoding.UTF8.GetString(kept["page.en"].Content));
        english.Should().Contain("Contents");
    }

    [Fact]
    public async Task TheKeptArticleLeavesOutTheTemplatesIndentation()
    {
        var kept = await KeptAsync("420104-sfj", 2024);

        foreach (var name in new[] { "page.zh-CN", "page.en" })
        {
            var article = Encoding.UTF8.GetString(kept[name].Content);
            article.Should().Contain("<td class=\"amount\"", "the tables are there").And.Contain("1,712.45");
            Regex.IsMatch(article, @"\n[ \t]+<").Should().BeFalse($"{name} has no indented tag");
            article.Should().NotContain("<pre").And.NotContain("<textarea", "line breaks in the article's markup are never shown as such");
            SplicedGzipTests.Gunzip(kept[name + ".gz"].Content).Should().Equal(kept[name].Content, $"{name}.gz is the same article, compressed (ADR 0031)");
        }
    }

    [Fact]
    public async Task AVersionedUrlGivesTheSameBytesAfterLastYearsDisclosureIsPublished()
    {
        var client = portal.CreateClient();
        var before = new Dictionary<string, byte[]>();
        foreach (var url in Downloads)
        {
            before[url] = await client.GetByteArrayAsync(url);
        }
        var article = Article(await client.GetStringAsync(Qiaokou));
        article.Should().Contain("收、支总计减少 <span class=\"figure\">483.25 万元</span>", "without last year's disclosure the entered figures are compared");

        await SeedDisclosures.PublishQiaokou2023Async(portal.Database, grandTotal: 4000.00m);

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var fresh = await scope.ServiceProvider.GetRequiredService<DisclosureAnalysisService>()
                .AnalyzeAsync("420104-sfj", 2024, 1, VersionVisibility.PublishedOnly);
            fresh!.Explanation.PlainText(1).Should().Contain("收、支总计减少 530.27 万元", "analysed again, the 说明 would now differ");
        }
        foreach (var url in Downloads)
        {
            (await client.GetByteArrayAsync($"{url}?after=1")).Should().Equal(before[url], $"{url} serves what was kept");
        }
        Article(await client.GetStringAsync($"{Qiaokou}?after=1")).Should().Be(article);

        // 2023 was published behind the portal's back, its task never run: its first request keeps all its renditions.
        (await KeptAsync("420104-sfj", 2023)).Should().BeEmpty();
        (await client.GetStringAsync("/disclosures/420104-sfj/2023/v1/csv/01")).Should().Contain("4000.00");
        (await KeptAsync("420104-sfj", 2023)).Keys.Order(StringComparer.Ordinal).Should().Equal(Kept);
        (await client.GetStringAsync("/departments/420104-sfj?after=1")).Should().Contain("483.25",
            "the department's page states the change the 2024 disclosure states");
    }

    [Fact]
    public async Task ADraftIsRenderedAfreshForItsStaffAndNothingIsKept()
    {
        var (draft, draftId) = await portal.StartCorrectionAsync("420111-sfj", 2021);

        await using var scope = portal.Services.CreateAsyncScope();
        var renditions = scope.ServiceProvider.GetRequiredService<PublishedRenditions>();
        var workbook = await renditions.GetAsync("420111-sfj", 2021, draft, VersionVisibility.IncludingUnpublished, ExportRenditions.Workbook);
        workbook!.IsPublished.Should().BeFalse();
        ExportRenditions.Workbook.FileName(workbook.Header).Should().EndWith("，预览）.xlsx");
        (await renditions.GetAsync("420111-sfj", 2021, draft, VersionVisibility.PublishedOnly, ExportRenditions.Workbook))
            .Should().BeNull("the public never gets a draft");

        await using var db = portal.Database.CreateContext();
        (await db.PublishedFiles.AnyAsync(f => f.VersionId == draftId)).Should().BeFalse();
    }

    /// <summary>The page's article, from its opening tag to its end.</summary>
    private static string Article(string page)
    {
        var start = page.IndexOf("<article", StringComparison.Ordinal);
        var end = page.IndexOf("</article>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    /// <summary>
    /// A version kept before ADR 0031 has no compressed article: its first gzip reader makes it from the article as
    /// kept, not from a fresh render, so the page reads the same whichever encoding asked first.
    /// </summary>
    [Fact]
    public async Task AVersionKeptBeforeMakesItsCompressedArticleFromItsKeptArticle()
    {
        var client = portal.CreateClient();
        var versionId = await portal.Database.VersionIdAsync("420111-sfj", 2021);
        const string keptBefore = "<!-- kept before the compressed article -->";
        await using (var connection = new NpgsqlConnection(portal.Database.ConnectionString))
        {
            await connection.OpenAsync();
            // Behind the database's guard, which refuses both, as a version kept by an earlier release would be.
            await using var setAside = new NpgsqlCommand($"""
                ALTER TABLE published_files DISABLE TRIGGER published_file_written_once;
                DELETE FROM published_files WHERE version_id = {versionId} AND name = 'page.zh-CN.gz';
                UPDATE published_files SET content = content || convert_to('{keptBefore}', 'UTF8')
                WHERE version_id = {versionId} AND name = 'page.zh-CN';
                ALTER TABLE published_files ENABLE TRIGGER published_file_written_once;
                """, connection);
            await setAside.ExecuteNonQueryAsync();
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/disclosures/420111-sfj/2021/v1");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var response = await client.SendAsync(request);

        response.Content.Headers.ContentEncoding.Should().Equal("gzip");
        Encoding.UTF8.GetString(SplicedGzipTests.Gunzip(await response.Content.ReadAsByteArrayAsync())).Should().Contain(keptBefore);
        var kept = await KeptAsync("420111-sfj", 2021);
        SplicedGzipTests.Gunzip(kept["page.zh-CN.gz"].Content).Should().Equal(kept["page.zh-CN"].Content, "it was kept, made from the kept article");
    }

    private async Task<Dictionary<string, PublishedFile>> KeptAsync(string department, int year)
    {
        var versionId = await portal.Database.VersionIdAsync(department, year);
        await using var db = portal.Database.CreateContext();
        return await db.PublishedFiles.AsNoTracking().Where(f => f.VersionId == versionId).ToDictionaryAsync(f => f.Name);
    }
}
