using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>Differences a checker asks a reason for: warnings, notes within rounding (T02-T03-mirror, operating-costs, T09-over-budget).</summary>
public class ReasonRuleTests
{
    private const string AskForReason = "如无误请在说明中写明原因";

    // ---- T02-T03-mirror ----------------------------------------------------------------------------

    /// <summary>The consistent disclosure without its 30.00 carried in and 20.00 carried out: 2040604 then receives 600.00 and spends 610.00.</summary>
    private static ConsistentDisclosureBuilder WithoutBalances() => new ConsistentDisclosureBuilder()
        .WithSummary(s =>
        {
            s.IncomeOpeningBalance = null;
            s.ExpenditureClosingBalance = null;
        });

    [Fact]
    public void AsksWhyAnItemSpendsOtherThanItReceivedWhenThereAreNoBalances()
    {
        var findings = WithoutBalances().Build().Check("T02-T03-mirror");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "T02-T03-mirror",
            In(PublishedTable.Expenditure, "2040604 基层司法业务", "本年支出合计"), "600.00", "610.00",
            "公开02表同一科目的本年收入合计", "相差 10.00 万元", AskForReason);
    }

    [Fact]
    public void DoesNotCompareIncomeAndSpendingWhenTheDepartmentHasBalances()
    {
        new ConsistentDisclosureBuilder().Build().Check("T02-T03-mirror").Should().BeEmpty();
    }

    [Fact]
    public void NotesARoundingGapBetweenIncomeAndSpendingOfAnItem()
    {
        var findings = WithoutBalances()
            .WithCell(PublishedTable.Expenditure, "2040604", "本年支出合计", 600.01m)
            .Build().Check("T02-T03-mirror");

        findings.ShouldHaveSingle().Severity.Should().Be(FindingSeverity.Note);
    }

    // ---- operating-costs ---------------------------------------------------------------------------

    [Fact]
    public void AsksWhyOperatingCostsDifferFromPublicCosts()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithOperatingCosts(c => c.Amount = Wan(280.00m))
            .Build().Check("operating-costs");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "operating-costs",
            FindingLocation.InExplanation(10, "机关运行经费支出"), "300.00", "280.00",
            "说明中的机关运行经费为 280.00 万元", "公开06表公用经费合计为 300.00 万元", AskForReason);
    }

    [Fact]
    public void DoesNotAskAboutOperatingCostsThatWereNotStated()
    {
        new ConsistentDisclosureBuilder().WithOperatingCosts(c => c.Amount = null).Build()
            .Check("operating-costs").Should().BeEmpty();
    }

    // ---- T09-over-budget ---------------------------------------------------------------------------

    [Fact]
    public void AsksWhyAThreePublicItemExceedsItsBudget()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Budget.Reception = Wan(10.00m))
            .WithThreePublic(c => c.Budget.Total = Wan(60.00m))
            .Build().Check("T09-over-budget");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "T09-over-budget",
            In(PublishedTable.ThreePublicCosts, "决算数", "公务接待费"), "10.00", "12.00",
            "公开09表公务接待费决算数为 12.00 万元", "超过预算数 10.00 万元", AskForReason);
    }

    [Fact]
    public void DoesNotCompareAThreePublicItemWhoseBudgetIsBlank()
    {
        new ConsistentDisclosureBuilder().WithThreePublic(c => c.Budget.Reception = null).Build()
            .Check("T09-over-budget").Should().BeEmpty();
    }

    [Fact]
    public void NotesAThreePublicItemACentAboveItsBudget()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithThreePublic(c => c.Budget.Reception = Wan(11.99m))
            .Build().Check("T09-over-budget");

        findings.ShouldHaveSingle().Severity.Should().Be(FindingSeverity.Note);
    }
}
