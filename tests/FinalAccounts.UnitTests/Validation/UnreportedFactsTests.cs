using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>A blank is never printed as 0: it is left out or reads 未填报, and the validator asks for it.</summary>
public class UnreportedFactsTests
{
    private const string RuleId = "facts-unreported";

    [Fact]
    public void StaffingPrintsEveryCountEntered()
    {
        new Staffing { ActiveAdministrative = 55, ActiveInstitutional = 4, RetiredLixiu = 1, RetiredTuixiu = 36 }.Sentence()
            .Should().Be("在职实有人数59人，其中：行政55人，事业4人。离退休人员37人，其中：离休1人，退休36人。");
    }

    [Fact]
    public void StaffingLeavesOutTheRetiredWhenNoneOfThemWasEnteredInsteadOfPrintingZero()
    {
        var staffing = new Staffing { ActiveAdministrative = 12, ActiveInstitutional = 0 };

        staffing.Sentence().Should().Be("在职实有人数12人，其中：行政12人，事业0人。");
        staffing.Unstated().Should().BeEmpty("离退休 is left out as a whole, and the section is optional");
        new Staffing().Sentence().Should().BeNull();
    }

    [Fact]
    public void StaffingSaysACountLeftBlankBesideAnotherWasNotProvidedAndTheValidatorAsksForIt()
    {
        var disclosure = new ConsistentDisclosureBuilder().Build();
        var staffing = disclosure.Version.Profile.Staffing;
        staffing.ActiveAdministrative = 12;
        staffing.ActiveInstitutional = 3;
        staffing.RetiredTuixiu = 5;

        staffing.Sentence().Should().Be("在职实有人数15人，其中：行政12人，事业3人。离退休人员未填报，其中：离休未填报，退休5人。")
            .And.NotContain("0人");
        var finding = disclosure.Check(RuleId).Should().ContainSingle().Subject;
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Location.Form.Should().Be(EntryForm.Profile);
        finding.Message.Should().Contain("离休人数未填报").And.Contain("没有的请填 0");
    }

    [Fact]
    public void ProcurementLeavesOutItsBreakdownWhenNoKindWasEnteredAndTheValidatorAsksForIt()
    {
        var disclosure = new ConsistentDisclosureBuilder()
            .WithProcurement(p => (p.Goods, p.Works, p.Services, p.GoodsToSmes, p.ServicesToSmes) = (null, null, null, null, null))
            .Build();

        var text = disclosure.Explanation.PlainText(11);
        text.Should().Contain("政府采购支出总额 80.00 万元。").And.NotContain("货物").And.NotContain("其中：政府采购");
        var finding = disclosure.Check(RuleId).Should().ContainSingle().Subject;
        finding.Location.Should().Be(FindingLocation.InFacts(11, "政府采购支出"));
        finding.Message.Should().Contain("政府采购货物、工程、服务支出未填报");
    }

    [Fact]
    public void ProcurementSaysAKindLeftBlankWasNotProvidedInsteadOfZero()
    {
        var disclosure = new ConsistentDisclosureBuilder().WithProcurement(p => p.Works = null).Build();

        disclosure.Explanation.PlainText(11).Should()
            .Contain("其中：政府采购货物支出 30.00 万元、政府采购工程支出未填报、政府采购服务支出 50.00 万元。");
        disclosure.Check(RuleId).Should().ContainSingle().Which.Message.Should().Contain("政府采购工程支出未填报");
    }

    [Fact]
    public void ProcurementStillPrintsAZeroThatWasEntered()
    {
        new ConsistentDisclosureBuilder().Build().Explanation.PlainText(11).Should().Contain("政府采购工程支出 0.00 万元");
    }

    [Fact]
    public void OperatingCostsLeftBlankDropItemTenAndTheValidatorSaysSoWhereTheyAreEntered()
    {
        var disclosure = new ConsistentDisclosureBuilder().WithOperatingCosts(c => (c.Amount, c.InitialBudget) = (null, null))
            .WithoutText(ExplanationTextKeys.OperatingCostsChange).Build();

        disclosure.Explanation.Sections.Should().NotContain(s => s.Item == 10);
        var finding = disclosure.Check(RuleId).Should().ContainSingle().Subject;
        finding.Location.Should().Be(FindingLocation.InFacts(10, "机关运行经费支出"));
        finding.Message.Should().Contain("机关运行经费支出未填报").And.Contain("说明第十项");
    }

    [Fact]
    public void ProcurementTotalLeftBlankDropsItemElevenAndTheValidatorSaysSo()
    {
        var disclosure = new ConsistentDisclosureBuilder().WithProcurement(p => p.Total = null).Build();

        disclosure.Explanation.Sections.Should().NotContain(s => s.Item == 11);
        disclosure.Check(RuleId).Should().ContainSingle().Which.Message.Should().Contain("说明第十一项");
    }

    [Fact]
    public void AssetsLeftBlankDropItemTwelveAndTheValidatorSaysSoWhereTheyAreEntered()
    {
        var disclosure = new ConsistentDisclosureBuilder()
            .WithAssets(a => (a.LawEnforcementVehicles, a.GeneralEquipmentOver500K, a.SpecialEquipmentOver1M) = (null, null, null))
            .Build();

        disclosure.Explanation.Sections.Should().NotContain(s => s.Item == 12);
        var finding = disclosure.Check(RuleId).Should().ContainSingle().Subject;
        finding.Location.Should().Be(FindingLocation.InFacts(12, "国有资产占用情况"));
        finding.Message.Should().Contain("说明第十二项").And.Contain("未填报");
    }

    [Fact]
    public void AProjectSummaryWithItsExecutionLeftBlankSaysSoInsteadOfZeroAndMakesUpNoRate()
    {
        var disclosure = new ConsistentDisclosureBuilder().WithProjectFigures(650.00m, null).Build();

        disclosure.Explanation.PlainText(13).Should().Contain("项目全年预算数为 650.00 万元，执行数为未填报。")
            .And.NotContain("完成预算的");
        var finding = disclosure.Check(RuleId).Should().ContainSingle().Subject;
        finding.Location.Should().Be(FindingLocation.InExplanation(13, "基层司法业务"));
        finding.Message.Should().Contain("执行数未填报").And.NotContain("全年预算数未填报");
    }

    [Fact]
    public void AProjectSummaryWithBothFiguresStatesTheCompletionRate()
    {
        new ConsistentDisclosureBuilder().Build().Explanation.PlainText(13).Should()
            .Contain("项目全年预算数为 650.00 万元，执行数为 600.00 万元，完成预算的");
    }
}
