using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>公开04表 fund by fund: its income against 公开01/02表, each fund's balance, and 公开08表 (T04-income, T04-fund-balance, T04-T08-state-capital).</summary>
public class FundRuleTests
{
    private const PublishedTable Appropriation = PublishedTable.AppropriationSummary;

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void FindsNothingWhenEveryFundAgreesAcrossTheTables(bool governmentFund, bool stateCapital)
    {
        var builder = new ConsistentDisclosureBuilder();
        if (governmentFund)
        {
            builder.WithGovernmentFundSpending();
        }
        if (stateCapital)
        {
            builder.WithStateCapitalSpending();
        }
        var disclosure = builder.Build();

        disclosure.Check("T04-income").Should().BeEmpty();
        disclosure.Check("T04-fund-balance").Should().BeEmpty();
        disclosure.Check("T04-T08-state-capital").Should().BeEmpty();
    }

    // ---- T04-income --------------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenAFundIncomeOfAppropriationTableDiffersFromSummaryTable()
    {
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithSummary(s => s.GovernmentFundAppropriation = Wan(21.00m))
            .Build().Check("T04-income");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-income",
            In(Appropriation, "政府性基金预算财政拨款", "本年收入"), "21.00", "20.00",
            "公开04表政府性基金预算财政拨款收入为 20.00 万元", "公开01表政府性基金预算财政拨款收入为 21.00 万元");
    }

    [Fact]
    public void ReportsErrorWhenAppropriationIncomeTotalDiffersFromFiscalIncomeOfIncomeTable()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Income, TotalRow, "财政拨款收入", 2_741.28m)
            .Build().Check("T04-income");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-income",
            In(Appropriation, "本年收入合计", "本年收入"), "2,741.28", "2,751.28", "公开02表合计行的财政拨款收入");
    }

    // ---- T04-fund-balance --------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenAFundDoesNotBalanceThoughTheSubtotalDoes()
    {
        // 3.00 of 政府性基金 closing balance booked as 一般公共预算: 小计 and 总计 still agree.
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithAppropriation(a =>
            {
                a.ClosingBalance.GovernmentFund = Wan(0m);
                a.ClosingBalance.GeneralBudget = Wan(23.00m);
                a.ExpenditureGrandTotal.GovernmentFund = Wan(22.00m);
                a.ExpenditureGrandTotal.GeneralBudget = Wan(2_784.28m);
            })
            .Build().Check("T04-fund-balance");

        findings.Should().HaveCount(2);
        findings.ShouldHaveOneAt(In(Appropriation, "年末财政拨款结转和结余", "一般公共预算财政拨款")).ShouldBe(FindingSeverity.Error,
            "T04-fund-balance", In(Appropriation, "年末财政拨款结转和结余", "一般公共预算财政拨款"), "20.00", "23.00",
            "年初结转和结余加本年收入减本年支出");
        findings.ShouldHaveOneAt(In(Appropriation, "年末财政拨款结转和结余", "政府性基金预算财政拨款"))
            .Should().Match<Finding>(f => f.Expected == "3.00" && f.Found == "0.00" && f.Severity == FindingSeverity.Error);
    }

    // Opening, income and spending and the stated closing balance are four printed figures: 0.02.
    [Theory]
    [InlineData(20.02, FindingSeverity.Note)]
    [InlineData(20.03, FindingSeverity.Error)]
    public void JudgesAFundBalanceByTheRoundingOfItsFourFigures(double closing, FindingSeverity severity)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriation(a => a.ClosingBalance.GeneralBudget = Wan((decimal)closing))
            .Build().Check("T04-fund-balance");

        findings.ShouldHaveSingle().Severity.Should().Be(severity);
    }

    // ---- T04-T08-state-capital ---------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenStateCapitalColumnDiffersFromStateCapitalTable()
    {
        var findings = new ConsistentDisclosureBuilder().WithStateCapitalSpending()
            .WithAppropriationLine("223", l => l.StateCapital = Wan(9.00m))
            .Build().Check("T04-T08-state-capital");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-T08-state-capital",
            In(Appropriation, "223 国有资本经营预算支出", "国有资本经营预算财政拨款"), "8.00", "9.00", "公开08表同一类");
    }

    [Fact]
    public void ReportsErrorWhenStateCapitalIsSpentButStateCapitalTableIsEmpty()
    {
        var findings = new ConsistentDisclosureBuilder().WithStateCapitalSpending()
            .WithoutRow(PublishedTable.StateCapital, TotalRow)
            .WithoutRow(PublishedTable.StateCapital, "2230105")
            .WithoutRow(PublishedTable.StateCapital, "22301")
            .WithoutRow(PublishedTable.StateCapital, "223")
            .Build().Check("T04-T08-state-capital");

        findings.Should().HaveCount(2).And.OnlyContain(f => f.Severity == FindingSeverity.Error && f.Found == "8.00" && f.Expected == null);
    }
}
