using AngleSharp.Html.Parser;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// A disclosure page lists the published versions of its own year, newest first, and nothing of the
/// department's other years. These tests publish a correction, so they have a portal of their own.
/// </summary>
public sealed class DisclosureVersionListTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AYearsPageListsThatYearsVersionsOnly()
    {
        var (_, correctionId) = await portal.StartCorrectionAsync("420114-sfj", 2023);
        await using (var db = portal.Database.CreateContext())
        {
            var correction = await db.DisclosureVersions.SingleAsync(v => v.Id == correctionId);
            var department = await db.Departments.SingleAsync(d => d.Code == "420114-sfj");
            correction.Submit();
            correction.Publish(DateTimeOffset.UtcNow, department);
            await db.SaveChangesAsync();
            // What the portal's publication task does after the commit.
            await PublicPageCache.EvictAsync(portal.Services.GetRequiredService<IOutputCacheStore>(),
                await PublicContentChange.OfVersionAsync(db, correctionId, CancellationToken.None));
        }
        var client = portal.CreateClient();

        var corrected = new HtmlParser().ParseDocument(await client.GetStringAsync("/disclosures/420114-sfj/2023"));
        corrected.QuerySelectorAll("p.versions a, p.versions strong").Select(e => e.TextContent.Trim())
            .Should().Equal(["第 2 版", "第 1 版"], "the latest version is shown and the first stays a link away");
        corrected.QuerySelector("p.versions strong")!.TextContent.Trim().Should().Be("第 2 版");

        var otherYear = new HtmlParser().ParseDocument(await client.GetStringAsync("/disclosures/420114-sfj/2020"));
        otherYear.QuerySelector("p.versions").Should().BeNull("2020 has one version; 2023's correction is not one of 2020's");

        var first = new HtmlParser().ParseDocument(await client.GetStringAsync("/disclosures/420114-sfj/2023/v1"));
        first.QuerySelector("p.versions strong")!.TextContent.Trim().Should().Be("第 1 版");
        first.QuerySelector("p.notice a")!.GetAttribute("href").Should().Be("/disclosures/420114-sfj/2023/v2");
    }
}
