using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

public class DisclosureValidatorTests
{
    // Every rule of StandardRules.All, listed rather than read from it, so that a new rule fails
    // StandardRulesAreExactlyTheRulesCoveredByTheseTests until it has tests of its own.
    private static readonly string[] CoveredRuleIds =
    [
        "T01-totals", "T01-balanced", "T01-T02-income", "T01-T03-expenditure",
        "T02-row-total", "T02-hierarchy", "T03-row-total", "T03-hierarchy", "T02-T03-mirror",
        "T04-totals", "T04-income", "T04-fund-balance", "T04-T05-general-budget", "T04-T07-government-fund", "T04-T08-state-capital",
        "T05-row-subtotal", "T05-hierarchy", "T05-T06-basic",
        "T06-totals", "T06-T09-three-public",
        "T07-row-subtotal", "T07-closing-balance", "T07-hierarchy",
        "T08-row-total", "T08-hierarchy", "T09-totals", "T09-over-budget", "operating-costs",
        "procurement", "plausible-figures", "required-parts", "staff-text",
        "empty-table", "catalog-code", "catalog-parent", "catalog-name",
        "explanation-figure", "explanation-reason", "prior-year", "facts-unreported", "publication-deadline",
        "evaluation-funds", "evaluation-execution-rate", "evaluation-fund-score", "evaluation-weights",
        "evaluation-group-weights", "evaluation-total-score", "evaluation-grade", "basic-data-tables", "basic-data-staff-rate",
        "evaluation-spending",
    ];

    public static TheoryData<string> RuleIds { get; } = new(CoveredRuleIds);

    [Fact]
    public void StandardRulesAreExactlyTheRulesCoveredByTheseTests()
    {
        StandardRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(CoveredRuleIds);
    }

    [Fact]
    public void ReportsNoFindingsForTheConsistentDisclosure()
    {
        var disclosure = new ConsistentDisclosureBuilder().Build();

        var report = disclosure.Validate();

        report.Findings.Should().BeEmpty();
        report.BlocksSubmission.Should().BeFalse();
        // The builder is only complete if the 说明 asks for texts and gets every one of them.
        disclosure.Explanation.StaffTexts.Should().NotBeEmpty().And.OnlyContain(r => !r.IsMissing);
    }

    [Fact]
    public void ReportsNoFindingsWhenGovernmentFundAndStateCapitalSpendingRunThroughAllTables()
    {
        var disclosure = new ConsistentDisclosureBuilder().WithGovernmentFundSpending().WithStateCapitalSpending().Build();

        disclosure.Version.GovernmentFundRows.Should().NotBeEmpty();
        disclosure.Version.StateCapitalRows.Should().NotBeEmpty();
        disclosure.Validate().Findings.Should().BeEmpty();
    }

    [Fact]
    public void ReportsNoFindingsWhenPublishedPriorYearAgreesWithEnteredFigures()
    {
        var disclosure = new ConsistentDisclosureBuilder().WithPublishedPriorYear().Build();

        disclosure.Context.PriorYear.HasPublishedDisclosure.Should().BeTrue();
        disclosure.Validate().Findings.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleReportsNothingOnConsistentData(string ruleId)
    {
        new ConsistentDisclosureBuilder().Build().Check(ruleId).Should().BeEmpty();
    }

    // 公开07/08表 are empty by default, so their rules are also run with data in them.
    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleReportsNothingOnConsistentDataWithGovernmentFundAndStateCapital(string ruleId)
    {
        new ConsistentDisclosureBuilder().WithGovernmentFundSpending().WithStateCapitalSpending().WithPublishedPriorYear()
            .Build().Check(ruleId).Should().BeEmpty();
    }

    [Fact]
    public void ListsErrorsThenWarningsThenNotesEachInTableOrderThenExplanationOrder()
    {
        // One change per severity and place; none of them makes the 说明 ask for a new text.
        var report = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Budget.Reception = Wan(16.00m))
            .WithSummary(s => s.ExpenditureGrandTotal = Wan(2_792.28m))
            .WithoutText(ExplanationTextKeys.ClassUsePrefix + "208")
            .WithRowName(PublishedTable.GeneralBudgetExpenditure, "2040604", "基层司法")
            .WithBasicLine("30231", 45.01m).WithBasicLine("30201", 244.99m)
            .Build()
            .Validate();

        report.Findings.Select(f => (f.Severity, f.RuleId, f.Location.Table)).Should().Equal(
            (FindingSeverity.Error, "T01-totals", PublishedTable.IncomeExpenditureSummary),
            (FindingSeverity.Error, "T01-balanced", PublishedTable.IncomeExpenditureSummary),
            (FindingSeverity.Error, "T09-totals", PublishedTable.ThreePublicCosts),
            (FindingSeverity.Warning, "catalog-name", PublishedTable.GeneralBudgetExpenditure),
            (FindingSeverity.Warning, "explanation-reason", null),
            (FindingSeverity.Note, "T06-T09-three-public", PublishedTable.BasicExpenditureDetail));
        report.Errors.Should().Be(3);
        report.Warnings.Should().Be(2);
        report.Notes.Should().Be(1);
        report.BlocksSubmission.Should().BeTrue();
    }

    [Fact]
    public void DoesNotBlockSubmissionForWarningsAndNotesAlone()
    {
        var report = new ConsistentDisclosureBuilder()
            .WithoutText(ExplanationTextKeys.ClassUsePrefix + "208")
            .WithBasicLine("30231", 45.01m).WithBasicLine("30201", 244.99m)
            .Build()
            .Validate();

        report.Errors.Should().Be(0);
        report.Warnings.Should().Be(1);
        report.Notes.Should().Be(1);
        report.BlocksSubmission.Should().BeFalse();
    }

    [Fact]
    public void ReportsTheFindingsOfEveryRuleThatFails()
    {
        var report = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Income, "2040604", "其他收入", 11.00m)
            .Build()
            .Validate();

        // One wrong cell breaks its row total and its parent's sum, not the other tables.
        report.Findings.Select(f => f.RuleId).Should().BeEquivalentTo("T02-row-total", "T02-hierarchy");
        report.Findings.Select(f => f.Location).Should().BeEquivalentTo(new[]
        {
            In(PublishedTable.Income, "2040604 基层司法业务", "本年收入合计"),
            In(PublishedTable.Income, "20406 司法", "其他收入"),
        });
    }
}
