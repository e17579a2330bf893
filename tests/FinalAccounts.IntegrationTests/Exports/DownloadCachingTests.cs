using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>
/// The table downloads follow the PDF's rules: a published version's URL is cacheable for good with
/// the hash of its bytes as ETag, the latest URL briefly; the bytes never change for the same version;
/// a draft is hidden from the public and never cached for its staff.
/// </summary>
[Collection(ExportsCollection.Name)]
public sealed class DownloadCachingTests(PortalFactory portal)
{
    public static TheoryData<string> Downloads { get; } = ["xlsx", "csv/01", "csv/09", "csv.zip", "datapackage.zip"];

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task AVersionedUrlIsCacheableForAYearWithTheHashOfItsBytesAsETag(string download)
    {
        var client = portal.CreateClient();

        var response = await client.GetAsync($"{ExportSeeds.Qiaokou}/v1/{download}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.Headers.ETag!.Tag.Should().Be($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"");
        response.Headers.CacheControl!.Public.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromDays(365));
        response.Headers.CacheControl.Extensions.Should().Contain(e => e.Name == "immutable");

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, $"{ExportSeeds.Qiaokou}/v1/{download}");
        revalidation.Headers.IfNoneMatch.Add(response.Headers.ETag);
        var revalidated = await client.SendAsync(revalidation);
        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task TheSameVersionGivesTheSameBytesEveryTime(string download)
    {
        var client = portal.CreateClient();

        var first = await client.GetByteArrayAsync($"{ExportSeeds.Qiaokou}/v1/{download}");
        // Zip entries carry times to two seconds: a clock-stamped entry would differ by now.
        await Task.Delay(TimeSpan.FromSeconds(2.1));
        var second = await client.GetByteArrayAsync($"{ExportSeeds.Qiaokou}/v1/{download}");

        second.Should().Equal(first);
    }

    [Theory]
    [MemberData(nameof(Downloads))]
    public async Task TheLatestUrlServesTheLatestVersionCachedForFiveMinutes(string download)
    {
        var client = portal.CreateClient();

        var latest = await client.GetAsync($"{ExportSeeds.Qiaokou}/{download}");
        var versioned = await client.GetAsync($"{ExportSeeds.Qiaokou}/v1/{download}");

        latest.StatusCode.Should().Be(HttpStatusCode.OK);
        latest.Headers.CacheControl!.Public.Should().BeTrue();
        latest.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromMinutes(5));
        latest.Headers.CacheControl.Extensions.Should().NotContain(e => e.Name == "immutable");
        latest.Headers.ETag.Should().Be(versioned.Headers.ETag);
        (await latest.Content.ReadAsByteArrayAsync()).Should().Equal(await versioned.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheWorkbookIsNamedAfterTheDisclosureAndVersion()
    {
        var response = await portal.CreateClient().GetAsync($"{ExportSeeds.Qiaokou}/v1/xlsx");

        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("2024年度硚口区司法局部门决算公开（第1版）.xlsx");
        (await portal.CreateClient().GetAsync($"{ExportSeeds.Qiaokou}/datapackage.zip")).Content.Headers.ContentDisposition!.FileNameStar
            .Should().Be("2024年度硚口区司法局部门决算公开（第1版）数据包.zip");
    }

    [Theory]
    [InlineData("/disclosures/420104-sfj/2024/v1/csv/10")]
    [InlineData("/disclosures/420104-sfj/2024/v1/csv/00")]
    [InlineData("/disclosures/420104-sfj/2024/v1/csv/1")]
    [InlineData("/disclosures/420104-sfj/2024/v1/csv/001")]
    [InlineData("/disclosures/420104-sfj/2024/csv/ab")]
    public async Task AnUnknownTableIsNotFoundWithAChineseTitle(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().Contain("决算公开表为 01 至 09 表");
    }

    [Theory]
    [InlineData("/disclosures/420104-sfj/2019/xlsx")]
    [InlineData("/disclosures/no-such-department/2024/csv/01")]
    [InlineData("/disclosures/420104-sfj/2024/v9/datapackage.zip")]
    [InlineData("/disclosures/420104-sfj/2024/v9/csv.zip")]
    public async Task AnUnknownDisclosureIsNotFound(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).Should().Contain("未找到该部门该年度的决算公开");
    }

    [Fact]
    public async Task ADraftIsHiddenFromThePublicAndServedUncachedToItsStaff()
    {
        const string hongshan = "/disclosures/420111-sfj/2021";
        var (draft, _) = await portal.StartCorrectionAsync("420111-sfj", 2021);
        var publicClient = portal.CreateClient();

        foreach (var download in Downloads)
        {
            (await publicClient.GetAsync($"{hongshan}/v{draft}/{download}")).StatusCode.Should().Be(HttpStatusCode.NotFound, download);
        }
        (await publicClient.GetAsync($"{hongshan}/xlsx")).Content.Headers.ContentDisposition!.FileNameStar
            .Should().Contain("（第1版）", "the public's latest version is still the published one");

        await using var staffPortal = portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new SignedInStaff("420111-sfj"))));
        var staff = staffPortal.CreateClient();
        foreach (var url in new[] { $"{hongshan}/v{draft}/xlsx", $"{hongshan}/xlsx", $"{hongshan}/v{draft}/csv/02" })
        {
            var response = await staff.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            response.Headers.CacheControl!.NoStore.Should().BeTrue(url);
            response.Headers.CacheControl.Private.Should().BeTrue(url);
            response.Content.Headers.ContentDisposition!.FileNameStar.Should().Contain($"（第{draft}版，预览）", url);
        }
        (await staff.GetAsync($"/disclosures/420104-sfj/2024/v1/xlsx")).Headers.CacheControl!.Public
            .Should().BeTrue("staff of one department see other departments as the public does");
    }

    /// <summary>Signs every request in as a member of the department's staff, as the staff sign-in will.</summary>
    private sealed class SignedInStaff(string department) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(FinalAccounts.Infrastructure.Staff.StaffClaims.Department, department)], "Test"));
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
