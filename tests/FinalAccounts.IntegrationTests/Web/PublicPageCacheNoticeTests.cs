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
        PublicPageScope.TagsOf([Caidian2023]).Should().Equal(
            PublicPageScope.AcrossTag, "department:420114-sfj", "region:420114", "region:420100", "region:420000", "year:2023");
        PublicPageScope.TagsOf([PublicContentChange.Everything]).Should().Equal(PublicPageCache.Tag);
    }

    [Fact]
    public void SeveralChangesDropTheUnionOfTheirAnswersEachOnceAndAChangeOfAnythingDropsEverything()
    {
        var hongshan2024 = PublicContentChange.OfDepartmentYear("420111-sfj", 2024, ["420111", "420100", "420000"]);

        PublicPageScope.TagsOf([Caidian2023, hongshan2024]).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(
            PublicPageScope.AcrossTag, "department:420114-sfj", "department:420111-sfj", "region:420114", "region:420111",
            "region:420100", "region:420000", "year:2023", "year:2024");
        PublicPageScope.TagsOf([Caidian2023, PublicContentChange.Everything]).Should().Equal(PublicPageCache.Tag);
    }

    [Theory]
    [InlineData("0/1A2B3C4D", "0/1A2B3C4E", "0/1A2B3C4E")]
    [InlineData("1/0", "0/FFFFFFFF", "1/0")]
    [InlineData("", "16/B374D848", "16/B374D848")]
    [InlineData("16/B374D848", "not a position", "16/B374D848")]
    public void TheFurthestWalPositionIsWaitedFor(string known, string position, string later)
    {
        PublicPageCacheNodes.Later(known, position).Should().Be(later);
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
        PublicPageCacheNodes.ReadNotice(payload)!.Value.Change.Should().BeSameAs(PublicContentChange.Everything);
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
