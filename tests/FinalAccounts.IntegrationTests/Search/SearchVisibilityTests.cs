using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.Web.Hosting;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.OutputCaching;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Search;

/// <summary>
/// Only the latest published version of a disclosure is ever found: a department-year's search row is
/// only ever pointed at a published version, so a draft is never shown even with sections indexed, and
/// a withdrawal takes the row away in its own transaction. Search pages are cached like every public page;
/// the portal drops them after each publication or withdrawal (its task), which these tests, changing the
/// data behind its back, do by hand (<see cref="DropCachedPagesAsync"/>).
/// These tests change the portal's data, so they have a portal of their own.
/// </summary>
public sealed class SearchVisibilityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ADraftNeverAppearsEvenWithSectionsInTheIndex()
    {
        var client = portal.CreateClient();
        long draftId;
        await using (var db = portal.Database.CreateContext())
        {
            var disclosure = await db.Disclosures.Include(d => d.Versions).SingleAsync(d => d.Year == new FiscalYear(2024));
            var draft = disclosure.StartVersion("2024年度硚口区司法局部门决算公开（更正稿）", "武汉市硚口区司法局本级", "更正");
            await db.SaveChangesAsync();
            draftId = draft.Id;
        }

        await IndexAsync(draftId);
        await using (var db = portal.Database.CreateContext())
        {
            (await db.SearchSections.CountAsync(s => s.VersionId == draftId)).Should().Be(0, "only published versions are indexed");
            // Sections written for the draft anyway — by a bug or by hand — must still not be shown.
            db.SearchSections.AddRange(
                new SearchSection(draftId, 0, SearchSectionKind.Title, "标题", null, "2024年度硚口区司法局部门决算公开（更正稿）"),
                new SearchSection(draftId, 1, SearchSectionKind.Duties, "第一部分 概况 · 一、部门主要职责", "part1", "草拟中的职责：调解鉴定"));
            await db.SaveChangesAsync();
        }
        await RefreshAsync(draftId);

        (await SearchPage.ForAsync(client, "更正稿")).Results.Should().BeEmpty();
        (await SearchPage.ForAsync(client, "调解鉴定")).Results.Should().BeEmpty();
        (await SearchPage.ForAsync(client, "硚口")).Disclosures.Should().Equal("/disclosures/420104-sfj/2024");
    }

    [Fact]
    public async Task AWithdrawnVersionDisappearsAtOnce()
    {
        var client = portal.CreateClient();
        (await SearchPage.ForAsync(client, "洪山")).Disclosures.Should().Equal("/disclosures/420111-sfj/2021");

        long versionId;
        await using (var db = portal.Database.CreateContext())
        {
            var version = await db.DisclosureVersions.SingleAsync(v => v.Title == "武汉市洪山区司法局2021年度部门决算");
            version.Withdraw("数据有误，待更正");
            await db.SaveChangesAsync();
            versionId = version.Id;
        }
        await DropCachedPagesAsync();

        var page = await SearchPage.ForAsync(client, "洪山");
        page.Results.Should().BeEmpty();
        page.Status.Should().StartWith("没有找到");
        (await SearchPage.ForAsync(client, "司法")).Results.Should().HaveCount(3);
        await using (var db = portal.Database.CreateContext())
        {
            (await db.SearchSections.CountAsync(s => s.VersionId == versionId)).Should().BePositive("the sections stay");
            (await db.SearchDisclosures.CountAsync(s => s.VersionId == versionId)).Should().Be(0, "the database took the row away");
        }
    }

    [Fact]
    public async Task ACorrectionReplacesTheFirstVersionAndItsWithdrawalBringsTheFirstBack()
    {
        var client = portal.CreateClient();
        const string caidian2020 = "/disclosures/420114-sfj/2020";
        long correctionId;
        await using (var db = portal.Database.CreateContext())
        {
            var department = await db.Departments.SingleAsync(d => d.Code == "420114-sfj");
            var disclosure = await db.Disclosures.Include(d => d.Versions)
                .SingleAsync(d => d.DepartmentId == department.Id && d.Year == new FiscalYear(2020));
            var correction = disclosure.StartVersion("蔡甸区司法局2020年度部门决算（勘误版）", "武汉市蔡甸区司法局本级", "勘误");
            await db.SaveChangesAsync();
            correction.Submit();
            correction.Publish(DateTimeOffset.UtcNow, department);
            await db.SaveChangesAsync();
            correctionId = correction.Id;
        }
        await IndexAsync(correctionId);
        (await SearchPage.ForAsync(client, "勘误版")).Disclosures.Should().Equal(caidian2020);
        (await SearchPage.ForAsync(client, "蔡甸", "&year=2020")).Results.Single().TextContent.Should().Contain("勘误版");

        await using (var db = portal.Database.CreateContext())
        {
            var correction = await db.DisclosureVersions.SingleAsync(v => v.Id == correctionId);
            correction.Withdraw("勘误有误");
            await db.SaveChangesAsync();
        }
        await DropCachedPagesAsync();
        (await SearchPage.ForAsync(client, "勘误版")).Results.Should().BeEmpty("the withdrawal took the row away");

        await RefreshAsync(correctionId);
        var first = (await SearchPage.ForAsync(client, "蔡甸", "&year=2020")).Results.Should().ContainSingle().Subject;
        first.TextContent.Should().NotContain("勘误版", "the first version is the one found again");
        (await SearchPage.ForAsync(client, "勘误版")).Results.Should().BeEmpty();
    }

    [Fact]
    public async Task AVersionPublishedLaterIsFoundOnceIndexedWithLatinInAnyCaseAndItsNameFirst()
    {
        var client = portal.CreateClient();
        var versionId = await PublishNewDepartmentAsync(new Department("420104-lsxh", "武汉市硚口区律师协会", "区律师协会", "420104"),
            2024, "2024年度硚口区律师协会PPP试点部门决算公开", "武汉市硚口区律师协会本级");
        (await SearchPage.ForAsync(client, "ppp")).Results.Should().BeEmpty("it is not indexed yet");

        await IndexAsync(versionId);

        const string association = "/disclosures/420104-lsxh/2024";
        foreach (var spelling in new[] { "ppp", "PPP", "Ppp", "ＰＰＰ" })
        {
            var page = await SearchPage.ForAsync(client, spelling);
            page.Disclosures.Should().Equal([association], spelling);
            page.Marked.Should().Contain("PPP");
        }
        // 律师 is in the association's name once and 38 times in 硚口 2024's texts: a name match ranks first.
        (await SearchPage.ForAsync(client, "律师")).Disclosures.Should().StartWith([association, "/disclosures/420104-sfj/2024"]);
    }

    private async Task RefreshAsync(long versionId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndex>().RefreshYearOfAsync(versionId);
        await DropCachedPagesAsync();
    }

    private async Task IndexAsync(long versionId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndex>().IndexAsync(versionId);
        await DropCachedPagesAsync();
    }

    /// <summary>
    /// The form offers the regions and years that have a published disclosure. It is kept with the cached
    /// pages, so it stays as it was until they are dropped, and then takes in a new region's first year.
    /// </summary>
    [Fact]
    public async Task TheFormOffersANewRegionAndYearOnceItsFirstDisclosureIsIndexed()
    {
        var client = portal.CreateClient();
        var versionId = await PublishNewDepartmentAsync(new Department("420115-sfj", "武汉市江夏区司法局", "区司法局", "420115"),
            2019, "2019年度江夏区司法局部门决算公开", "武汉市江夏区司法局本级", new Region("420115", "江夏区", "420100"));
        var before = (await SearchPage.GetAsync(client, "")).Filters;
        before.Regions.Should().Contain("420100").And.NotContain("420115");
        before.Years.Should().NotContain("2019");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SearchIndex>().IndexAsync(versionId);
        }
        (await SearchPage.GetAsync(client, "?run=1")).Filters.Regions.Should().NotContain("420115", "the form is kept until what the public sees changes");

        await DropCachedPagesAsync();
        var after = (await SearchPage.GetAsync(client, "?run=2")).Filters;
        after.Regions.Should().Contain("420115");
        after.Regions.Should().BeInAscendingOrder(StringComparer.Ordinal, "in code order, a district comes under its city");
        after.Years.Should().Contain("2019").And.BeInDescendingOrder();
        (await SearchPage.ForAsync(client, "江夏", "&region=420115&year=2019")).Disclosures.Should().Equal(["/disclosures/420115-sfj/2019"]);
    }

    /// <summary>
    /// A department the seeds do not know (in a new region, when one is given) with one version of the
    /// year published, not yet indexed; returns the version's id.
    /// </summary>
    private async Task<long> PublishNewDepartmentAsync(Department department, int year, string title, string reportingUnit, Region? region = null)
    {
        await using var db = portal.Database.CreateContext();
        if (region is not null)
        {
            db.Regions.Add(region);
        }
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        var disclosure = new Disclosure(department.Id, new FiscalYear(year));
        var version = disclosure.StartVersion(title, reportingUnit);
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync();
        version.Submit();
        version.Publish(DateTimeOffset.UtcNow, department);
        await db.SaveChangesAsync();
        return version.Id;
    }

    /// <summary>What the portal's publication task does after the commit of a change the public sees.</summary>
    private async Task DropCachedPagesAsync() =>
        await PublicPageCache.EvictAsync(portal.Services.GetRequiredService<IOutputCacheStore>(), PublicContentChange.Everything);
}
