using System.Net;
using AngleSharp.Html.Parser;
using FinalAccounts.Domain.Classification;
using FinalAccounts.IntegrationTests.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>A published correction of 硚口 2024 (the five known errors put right) shows, publicly, exactly the cells it changed.</summary>
public sealed class VersionChangesTests(VersionChangesTests.Portal portal) : IClassFixture<VersionChangesTests.Portal>
{
    private const string Note = "更正公开01表、04表的204和公开06表的301、人员经费合计的尾数";

    public sealed class Portal : PortalFactory, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            await PublishCorrectionAsync(this);
        }
    }

    [Fact]
    public async Task TheCorrectionPageListsEveryChangedCellWithTheNoteAndBothVersions()
    {
        var html = await portal.CreateClient().GetStringAsync("/disclosures/420104-sfj/2024/v2/changes");
        var document = new HtmlParser().ParseDocument(html);

        var rows = document.QuerySelectorAll("section.comparison-sheet tbody tr")
            .Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        rows.Should().BeEquivalentTo(new[]
        {
            new[] { "公开01表", "204", "公共安全支出", "金额", "2,761.26", "2,761.28", "+0.02" },
            new[] { "公开04表", "204", "公共安全支出", "小计", "2,761.26", "2,761.28", "+0.02" },
            new[] { "公开04表", "204", "公共安全支出", "一般公共预算财政拨款", "2,761.26", "2,761.28", "+0.02" },
            new[] { "公开06表", "301", "工资福利支出", "决算数", "2,171.20", "2,171.27", "+0.07" },
            new[] { "公开06表", "", "人员经费合计", "决算数", "2,260.10", "2,260.18", "+0.08" },
        }, o => o.WithStrictOrdering());
        document.QuerySelector("#correction-note + p")!.TextContent.Should().Be(Note);
        document.QuerySelectorAll("a").Select(a => a.GetAttribute("href"))
            .Should().Contain(["/disclosures/420104-sfj/2024/v1", "/disclosures/420104-sfj/2024/v2"]);
    }

    [Fact]
    public async Task TheCorrectedDisclosureLinksToWhatChanged()
    {
        var html = await portal.CreateClient().GetStringAsync("/disclosures/420104-sfj/2024/v2");

        html.Should().Contain("href=\"/disclosures/420104-sfj/2024/v2/changes\"");
    }

    [Theory]
    [InlineData("/disclosures/420104-sfj/2024/v1/changes")] // the first version corrects nothing
    [InlineData("/disclosures/420104-sfj/2024/v3/changes")]
    [InlineData("/disclosures/nope/2024/v2/changes")]
    public async Task AVersionWithoutAnEarlierPublishedOneHasNoChangesPage(string address)
    {
        (await portal.CreateClient().GetAsync(address)).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private static async Task PublishCorrectionAsync(PortalFactory portal)
    {
        portal.CreateClient().Dispose(); // migrates and seeds the portal's database
        await using var db = portal.Database.CreateContext();
        var department = await db.Departments.SingleAsync(d => d.Code == QiaokouYears.Department);
        var year = new FiscalYear(2024);
        var disclosure = await db.Disclosures.Include(d => d.Versions).SingleAsync(d => d.DepartmentId == department.Id && d.Year == year);
        var published = disclosure.Versions.Single();
        var correction = disclosure.StartVersion(published.Title, published.ReportingUnit, Note);
        await QiaokouYears.PublishAsync(db, department, correction, StaffActors.FixQiaokou2024(QiaokouYears.Seed2024()),
            new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(8)));
    }
}
