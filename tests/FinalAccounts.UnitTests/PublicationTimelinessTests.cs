using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FluentAssertions;
using Xunit;

namespace FinalAccounts.UnitTests;

public sealed class PublicationTimelinessTests
{
    private static readonly DateOnly Approved = new(2025, 3, 1);
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [InlineData(20, TimelinessStatus.OnTime, "按时公开")]
    [InlineData(0, TimelinessStatus.OnTime, "按时公开")]
    [InlineData(21, TimelinessStatus.Late, "逾期 1 天")]
    [InlineData(45, TimelinessStatus.Late, "逾期 25 天")]
    public void APublishedYearIsOnTimeUpToTheTwentiethDay(int days, TimelinessStatus status, string text)
    {
        var timeliness = new PublicationTimeliness(Approved, Approved.AddDays(days), Today);

        (timeliness.Days, timeliness.Status, timeliness.Describe()).Should().Be((days, status, text));
        timeliness.Deadline.Should().Be(new DateOnly(2025, 3, 21));
    }

    [Fact]
    public void AnUnpublishedYearCountsToTodayAndSaysWhetherItIsOverdue()
    {
        new PublicationTimeliness(Approved, null, Approved.AddDays(15)).Describe().Should().Be("未公开（期限内，还剩 5 天）");
        var overdue = new PublicationTimeliness(Approved, null, Today);
        (overdue.Status, overdue.Days, overdue.Describe()).Should().Be((TimelinessStatus.Overdue, 92, "未公开，已过 92 天"));
        new PublicationTimeliness(null, Today, Today).Describe().Should().Be("未填批复日期");
    }

    [Fact]
    public void AnApprovalDateMustFallAfterTheYearAndNotInTheFuture()
    {
        var disclosure = new Disclosure(1, new FiscalYear(2024));

        disclosure.ApprovalProblem(new DateOnly(2024, 12, 31), Today).Should().Contain("应在2024年度结束之后");
        disclosure.ApprovalProblem(new DateOnly(2025, 6, 2), Today).Should().Contain("还没有到");
        disclosure.ApprovalProblem(new DateOnly(2025, 1, 1), Today).Should().BeNull();
    }

    [Fact]
    public void APublishedYearKeepsItsApprovalDate()
    {
        var disclosure = new Disclosure(1, new FiscalYear(2024));
        var version = disclosure.StartVersion("2024年度某局部门决算公开", "某局本级");
        disclosure.RecordApproval(Approved, Today);
        version.Submit();
        version.Publish(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)),
            new Domain.Organizations.Department("x-1", "某局", "某局", "420104"));

        FluentActions.Invoking(() => disclosure.RecordApproval(Approved.AddDays(1), Today)).Should().Throw<ApprovalDateIsPublished>();
        disclosure.FirstPublishedOn.Should().Be(new DateOnly(2025, 3, 10));
    }
}
