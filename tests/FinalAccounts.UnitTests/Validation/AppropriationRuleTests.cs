using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>公开04表 on its own and against 公开05/07表 (T04-*).</summary>
public class AppropriationRuleTests
{
    private const PublishedTable Appropriation = PublishedTable.AppropriationSummary;
    private const string GeneralBudget = "一般公共预算财政拨款";
    private const string GovernmentFund = "政府性基金预算财政拨款";

    // ---- T04-totals ------------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenIncomeTotalDiffersFromTheThreeFundIncomes()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriation(a => a.GeneralBudgetIncome = Wan(2_752.28m))
            .Build().Check("T04-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-totals", In(Appropriation, "本年收入合计"),
            "2,752.28", "2,751.28", "公开04表本年收入合计", "三项财政拨款收入之和");
    }

    [Fact]
    public void ReportsErrorWhenOpeningBalanceDiffersFromItsThreeFunds()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriation(a => a.OpeningGeneralBudget = Wan(31.00m))
            .Build().Check("T04-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-totals", In(Appropriation, "年初财政拨款结转和结余"),
            "31.00", "30.00", "三项年初结转和结余之和");
    }

    [Fact]
    public void ReportsErrorWhenIncomeGrandTotalDiffersFromIncomePlusOpeningBalance()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriation(a =>
            {
                a.OpeningGeneralBudget = Wan(31.00m);
                a.OpeningBalanceTotal = Wan(31.00m);
            })
            .Build().Check("T04-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-totals", In(Appropriation, "收入总计"),
            "2,782.28", "2,781.28", "本年收入合计与年初财政拨款结转和结余之和");
    }

    [Fact]
    public void ReportsErrorWhenExpenditureGrandTotalDiffersFromIncomeGrandTotal()
    {
        // The income side is raised consistently so that only the balance of the two sides fails.
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriation(a =>
            {
                a.GeneralBudgetIncome = Wan(2_752.28m);
                a.IncomeTotal = Wan(2_752.28m);
                a.IncomeGrandTotal = Wan(2_782.28m);
            })
            .Build().Check("T04-totals");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-totals", In(Appropriation, "总计"),
            "2,782.28", "2,781.28", "公开04表支出总计", "收入总计");
    }

    [Fact]
    public void ReportsErrorWhenLineSubtotalDiffersFromItsFundsAndWhenTotalOfThatFundIsBlank()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriationLine("208", split => split.StateCapital = Wan(1.00m))
            .Build().Check("T04-totals");

        findings.Should().HaveCount(2);
        findings.ShouldHaveOneAt(In(Appropriation, "208 社会保障和就业支出", "小计")).ShouldBe(FindingSeverity.Error,
            "T04-totals", In(Appropriation, "208 社会保障和就业支出", "小计"), "301.00", "300.00",
            "公开04表“208 社会保障和就业支出”的小计", "三项财政拨款之和");
        findings.ShouldHaveOneAt(In(Appropriation, "本年支出合计", "国有资本经营预算财政拨款")).ShouldBe(FindingSeverity.Error,
            "T04-totals", In(Appropriation, "本年支出合计", "国有资本经营预算财政拨款"), "1.00", null,
            "公开04表本年支出合计的国有资本经营预算财政拨款为空", "空白不等于零");
    }

    [Fact]
    public void ReportsErrorInEachColumnWhereExpenditureTotalDiffersFromTheClassLines()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriationLine("208", split =>
            {
                split.Subtotal = Wan(301.00m);
                split.GeneralBudget = Wan(301.00m);
            })
            .Build().Check("T04-totals");

        findings.Should().HaveCount(2);
        foreach (var column in new[] { "小计", GeneralBudget })
        {
            findings.ShouldHaveOneAt(In(Appropriation, "本年支出合计", column)).ShouldBe(FindingSeverity.Error, "T04-totals",
                In(Appropriation, "本年支出合计", column), "2,762.28", "2,761.28", $"公开04表本年支出合计的{column}", "各类支出之和");
        }
    }

    [Fact]
    public void ReportsNotesWhenGrandTotalColumnIsOffByACent()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriation(a => a.ExpenditureGrandTotal.GeneralBudget = Wan(2_781.29m))
            .Build().Check("T04-totals");

        findings.Should().HaveCount(2).And.OnlyContain(f => f.Severity == FindingSeverity.Note);
        findings.ShouldHaveOneAt(In(Appropriation, "总计", GeneralBudget)).ShouldBe(FindingSeverity.Note, "T04-totals",
            In(Appropriation, "总计", GeneralBudget), "2,781.28", "2,781.29", "本年支出合计与年末财政拨款结转和结余之和", "在尾数误差范围内");
        findings.ShouldHaveOneAt(In(Appropriation, "总计", "小计")).ShouldBe(FindingSeverity.Note, "T04-totals",
            In(Appropriation, "总计", "小计"), "2,781.29", "2,781.28", "三项财政拨款之和");
    }

    // ---- T04-T05-general-budget --------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenGeneralBudgetColumnOfAClassDiffersFromGeneralBudgetTable()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.GeneralBudgetExpenditure, "208", "小计", 301.00m)
            .Build().Check("T04-T05-general-budget");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-T05-general-budget",
            In(Appropriation, "208 社会保障和就业支出", GeneralBudget), "301.00", "300.00",
            $"公开04表“208 社会保障和就业支出”的{GeneralBudget}", "公开05表同一类");
    }

    [Fact]
    public void ReportsNoteWhenGeneralBudgetColumnTotalIsACentFromGeneralBudgetTableTotalRow()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.GeneralBudgetExpenditure, TotalRow, "小计", 2_761.29m)
            .Build().Check("T04-T05-general-budget");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Note, "T04-T05-general-budget",
            In(Appropriation, "本年支出合计", GeneralBudget), "2,761.29", "2,761.28", "公开05表合计行", "在尾数误差范围内");
    }

    [Fact]
    public void ReportsErrorWhenAppropriationTableLacksAClassOfGeneralBudgetTable()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithoutAppropriationLine("208")
            .Build().Check("T04-T05-general-budget");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-T05-general-budget",
            In(Appropriation, "208 社会保障和就业支出", GeneralBudget), "300.00", null, "为空", "空白不等于零");
    }

    // ---- T04-T07-government-fund -------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenGovernmentFundColumnOfAClassDiffersFromGovernmentFundTable()
    {
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithAppropriationLine("229", split => split.GovernmentFund = Wan(21.00m))
            .Build().Check("T04-T07-government-fund");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-T07-government-fund",
            In(Appropriation, "229 其他支出", GovernmentFund), "22.00", "21.00", "公开07表同一类");
    }

    [Fact]
    public void ReportsErrorWhenGovernmentFundColumnTotalDiffersFromGovernmentFundTableTotalRow()
    {
        var findings = new ConsistentDisclosureBuilder().WithGovernmentFundSpending()
            .WithCell(PublishedTable.GovernmentFund, TotalRow, "本年支出小计", 23.00m)
            .Build().Check("T04-T07-government-fund");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-T07-government-fund",
            In(Appropriation, "本年支出合计", GovernmentFund), "23.00", "22.00", $"公开04表本年支出合计的{GovernmentFund}", "公开07表合计行");
    }

    [Fact]
    public void ReportsErrorWhenGovernmentFundIsSpentOnAClassThatGovernmentFundTableLeavesOut()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithAppropriationLine("204", split => split.GovernmentFund = Wan(5.00m))
            .Build().Check("T04-T07-government-fund");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "T04-T07-government-fund",
            In(Appropriation, "204 公共安全支出", GovernmentFund), null, "5.00", "公开07表同一类为空", "空白不等于零");
    }
}
