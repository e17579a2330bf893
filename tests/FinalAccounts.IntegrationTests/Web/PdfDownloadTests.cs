using System.Net;
using System.Net.Http.Headers;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// The PDF download: rendered at start-up for every published seed version, stored, served as
/// stored with its hash as ETag, cacheable for good at the versioned URL, never for a draft.
/// </summary>
public sealed class PdfDownloadTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Qiaokou = "/disclosures/420104-sfj/2024";

    [Fact]
    public async Task EveryPublishedVersionHasItsPdfStoredWhenThePortalStarts()
    {
        portal.CreateClient();
        await using var db = portal.Database.CreateContext();

        var published = await db.DisclosureVersions.CountAsync(v => v.Status == DisclosureStatus.Published);
        var stored = await db.PublishedPdfs.ToListAsync();

        published.Should().Be(4);
        stored.Should().HaveCount(published);
        stored.Should().OnlyContain(p => p.PageCount > 10 && p.Content.Length > 10_000);
    }

    [Fact]
    public async Task TheDownloadIsTheStoredPdfWithItsHashAsETag()
    {
        var client = portal.CreateClient();

        var response = await client.GetAsync($"{Qiaokou}/v1/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var stored = await StoredAsync("420104-sfj", 2024);
        bytes.Should().Equal(stored.Content);
        response.Headers.ETag!.Tag.Should().Be($"\"{stored.Sha256}\"");
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromDays(365));
        response.Headers.CacheControl.Extensions.Should().Contain(e => e.Name == "immutable");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("2024年度硚口区司法局部门决算公开（第1版）.pdf");
        PdfText.Squeeze(PdfText.Pages(bytes)[0]).Should().Contain("2024年度硚口区司法局部门决算公开");
    }

    [Fact]
    public async Task TheDisclosurePageLinksToItsPdf()
    {
        var client = portal.CreateClient();
        var html = await client.GetStringAsync(Qiaokou);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var link = document.QuerySelectorAll("a").Single(a => a.TextContent == "下载 PDF").GetAttribute("href");

        link.Should().Be($"{Qiaokou}/v1/pdf");
        (await client.GetAsync(link)).Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");
    }

    [Fact]
    public async Task TheLatestUrlIsCachedBrieflyAndARevalidationIsNotModified()
    {
        var client = portal.CreateClient();
        var latest = await client.GetAsync($"{Qiaokou}/pdf");
        latest.StatusCode.Should().Be(HttpStatusCode.OK);
        latest.Headers.CacheControl!.MaxAge.Should().Be(TimeSpan.FromMinutes(5));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Qiaokou}/v1/pdf");
        request.Headers.IfNoneMatch.Add(latest.Headers.ETag!);
        var revalidated = await client.SendAsync(request);

        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("/disclosures/420104-sfj/2019/pdf")]
    [InlineData("/disclosures/no-such-department/2024/pdf")]
    [InlineData("/disclosures/420104-sfj/2024/v9/pdf")]
    public async Task AnUnknownDisclosureIsNotFound(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("未找到该部门该年度的决算公开");
    }

    [Fact]
    public async Task ADraftIsHiddenFromThePublicAndRenderedAfreshForItsStaff()
    {
        var (draft, _) = await portal.StartCorrectionAsync("420111-sfj", 2021);

        var anonymous = await portal.CreateClient().GetAsync($"/disclosures/420111-sfj/2021/v{draft}/pdf");
        anonymous.StatusCode.Should().Be(HttpStatusCode.NotFound);

        await using var scope = portal.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<PublishedPdfStore>();
        var preview = await store.GetAsync("420111-sfj", 2021, draft, VersionVisibility.IncludingUnpublished);
        preview!.IsPublished.Should().BeFalse();
        preview.Sha256.Should().BeNull();
        var pages = PdfText.Pages(preview.Content).Select(PdfText.Squeeze).ToList();
        pages[0].Should().Contain("（更正）").And.Contain($"第{draft}版（更正：更正）");
        pages.Should().OnlyContain(p => p.Contains($"预览稿·第{draft}版·未公开"), "every page of a draft says it is a preview");
        await using var db = portal.Database.CreateContext();
        (await db.PublishedPdfs.CountAsync()).Should().Be(4, "a draft's PDF is never stored");
    }

    [Theory]
    [InlineData("UPDATE published_pdfs SET content = '\\x00'::bytea WHERE version_id = {0}")]
    [InlineData("DELETE FROM published_pdfs WHERE version_id = {0}")]
    // The page, JSON and downloads kept beside it (migration 0020) are written once alike.
    [InlineData("UPDATE published_files SET content = '\\x00'::bytea WHERE version_id = {0}")]
    [InlineData("DELETE FROM published_files WHERE version_id = {0}")]
    public async Task TheDatabaseRefusesToChangeAStoredPdfOrKeptFile(string sqlTemplate)
    {
        portal.CreateClient();
        var stored = await StoredAsync("420104-sfj", 2024);

        var act = () => portal.Database.ExecuteAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlTemplate, stored.VersionId));

        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("不能修改或删除");
    }

    [Theory]
    [InlineData(2023, "INSERT INTO published_pdfs VALUES ({0}, '\\x25'::bytea, 'x', 1, now())", "只能为已公开的版本保存 PDF")]
    [InlineData(2020, "INSERT INTO published_files VALUES ({0}, 'json', '\\x7b7d'::bytea, 'x', now())", "只能为已公开的版本保存文件")]
    public async Task TheDatabaseRefusesToStoreAPdfOrKeepAFileForAnUnpublishedVersion(int year, string sqlTemplate, string message)
    {
        var (_, draftId) = await portal.StartCorrectionAsync("420114-sfj", year);

        var act = () => portal.Database.ExecuteAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlTemplate, draftId));

        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain(message);
    }

    private async Task<PublishedPdf> StoredAsync(string department, int year)
    {
        var versionId = await portal.Database.VersionIdAsync(department, year);
        await using var db = portal.Database.CreateContext();
        return await db.PublishedPdfs.SingleAsync(p => p.VersionId == versionId);
    }
}
