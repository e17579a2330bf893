using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Hosting;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>What a node says on the channel when the public's pages change, and how the others read it (ADR 0029).</summary>
public sealed class PublicPageCacheNoticeTests
{
    [Fact]
    public void ADepartmentsChangeIsReadAsThatDepartmentsChange()
    {
        var notice = PublicPageCacheNodes.Notice("node1", "0/1A2B3C4D", PublicContentChange.OfDepartment("420222-sfj"));

        PublicPageCacheNodes.ReadNotice(notice).Should().Be(("node1", "0/1A2B3C4D", PublicContentChange.OfDepartment("420222-sfj")));
    }

    [Fact]
    public void AChangeOfAnythingIsReadAsOne()
    {
        var notice = PublicPageCacheNodes.Notice("node1", "0/1A2B3C4D", PublicContentChange.Everything);

        PublicPageCacheNodes.ReadNotice(notice)!.Value.Change.IsEverything.Should().BeTrue();
    }

    [Fact]
    public void ANoticeWithoutADepartmentAsAnEarlierReleaseSendsItIsAChangeOfAnything()
    {
        PublicPageCacheNodes.ReadNotice("load-test 0/1A2B3C4D").Should().Be(("load-test", "0/1A2B3C4D", PublicContentChange.Everything));
    }

    [Theory]
    [InlineData("")]
    [InlineData("node1")]
    [InlineData("node1 0/1A2B3C4D ")]
    [InlineData("node1 0/1A2B3C4D 420222-sfj extra")]
    public void ANoticeOfAnyOtherShapeIsIgnored(string payload)
    {
        PublicPageCacheNodes.ReadNotice(payload).Should().BeNull();
    }
}
