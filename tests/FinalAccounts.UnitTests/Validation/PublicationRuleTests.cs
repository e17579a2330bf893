using FinalAccounts.Domain.Validation;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>The publication deadline (publication-deadline): public within 20 days of approval.</summary>
public class PublicationRuleTests
{
    private static readonly DateOnly Approved = new(2025, 5, 10);
    private static readonly DateOnly Today = new(2025, 12, 1);

    [Fact]
    public void ReportsAWarningOnAVersionPublishedLaterThanTwentyDaysAfterApproval()
    {
        var findings = new ConsistentDisclosureBuilder().ApprovedAndPublished(Approved, Approved.AddDays(27), Today)
            .Build().Check("publication-deadline");

        var finding = findings.Should().ContainSingle().Subject;
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Location.Sentence.Should().Be("公开时间");
        finding.Message.Should().Be("2024年度决算于 2025-05-10 批复，2025-06-06 首次公开，历时 27 天，超过批复后 20 日内公开的规定，逾期 7 天。");
    }

    [Fact]
    public void ReportsNothingOnTheTwentiethDay()
    {
        new ConsistentDisclosureBuilder().ApprovedAndPublished(Approved, Approved.AddDays(20), Today)
            .Build().Check("publication-deadline").Should().BeEmpty();
    }

    [Fact]
    public void ReportsNothingOnADraftHoweverLateItIs()
    {
        // A draft past its deadline is shown to staff in the workspace; a finding would ask them for an explanation.
        new ConsistentDisclosureBuilder().ApprovedAndPublished(Approved, null, Today)
            .Build().Check("publication-deadline").Should().BeEmpty();
    }

    [Fact]
    public void ReportsNothingWithoutAnApprovalDate()
    {
        new ConsistentDisclosureBuilder().Build().Check("publication-deadline").Should().BeEmpty();
    }
}
