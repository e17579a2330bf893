using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// Which cached answers a change drops, how an answer is tagged, and what a node says on the channel when
/// the public's pages change (ADR 0029).
/// </summary>
public sealed class PublicPageCacheNoticeTests
{
    private static readonly PublicContentChange Caidian2023 =
        PublicContentChange.OfDepartmentYear("420114-sfj", 2023, ["420114", "420100", "420000"]);

    [Fact]
    public void ADepartmentYearsChangeDropsItsDepartmentItsRegionsItsYearAndThePagesAcrossDepartments()
    {
        PublicPageScope.TagsOf(Caidian2023).Should().BeEquivalentTo(
            "department:420114-sfj", "region:420114", "region:420100", "region:420000", "year:2023", PublicPageScope.AcrossTag);
        PublicPageScope.TagsOf(PublicContentChange.Everything).Should().Equal(PublicPageCache.Tag);
    }

    [Theory]
    [InlineData("departmentCode", "420114-sfj", false, "", "department:420114-sfj")]
    [InlineData("regionCode", "420114", false, "", "region:420114")]
    [InlineData(null, null, true, "?q=司法&year=2023", "year:2023")]
    [InlineData(null, null, true, "?q=司法", PublicPageScope.AcrossTag)]
    [InlineData(null, null, true, "?q=司法&year=2023&year=2024", PublicPageScope.AcrossTag)]
    [InlineData(null, null, true, "?q=司法&year=１２", PublicPageScope.AcrossTag)]
    [InlineData(null, null, true, "?q=司法&year=1999", PublicPageScope.AcrossTag)]
    [InlineData(null, null, false, "?year=2023", PublicPageScope.AcrossTag)]
    public void AnAnswerIsTaggedWithWhatItsAddressIsAbout(string? routeKey, string? routeValue, bool byQueryYear, string query, string tag)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString(query.Length == 0 ? null : query);
        if (routeKey is not null)
        {
            http.Request.RouteValues[routeKey] = routeValue;
        }
        http.SetEndpoint(new Endpoint(null,
            byQueryYear ? new EndpointMetadataCollection(new PublicPageScope.ByQueryYearAttribute()) : EndpointMetadataCollection.Empty, "page"));

        PublicPageScope.TagOf(http).Should().Be(tag);
    }

    [Fact]
    public void ADepartmentYearsChangeIsReadAsIt()
    {
        var notice = PublicPageCacheNodes.Notice("node1", "0/1A2B3C4D", Caidian2023);

        notice.Should().Be("node1 0/1A2B3C4D 420114-sfj 2023 420114,420100,420000");
        var (node, position, change) = PublicPageCacheNodes.ReadNotice(notice)!.Value;
        (node, position).Should().Be(("node1", "0/1A2B3C4D"));
        change.Should().BeEquivalentTo(Caidian2023);
    }

    [Theory]
    [InlineData("node1 0/1A2B3C4D *")]
    [InlineData("load-test 0/1A2B3C4D")]
    [InlineData("node1 0/1A2B3C4D 420114-sfj")]
    [InlineData("node1 0/1A2B3C4D 420114-sfj 二〇二三 420114")]
    public void ANoticeThatNamesNoDepartmentYearIsAChangeOfAnything(string payload)
    {
        PublicPageCacheNodes.ReadNotice(payload)!.Value.Change.IsEverything.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("node1")]
    [InlineData(" 0/1A2B3C4D")]
    public void ANoticeWithoutItsNodeAndPositionIsIgnored(string payload)
    {
        PublicPageCacheNodes.ReadNotice(payload).Should().BeNull();
    }
}
