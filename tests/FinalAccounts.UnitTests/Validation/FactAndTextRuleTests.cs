using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.ConsistentDisclosureBuilder;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>政府采购, implausible figures, staff texts and required parts (procurement, plausible-figures, staff-text, required-parts).</summary>
public class FactAndTextRuleTests
{
    // ---- procurement -------------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorWhenProcurementKindsDoNotAddUpToTheTotal()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithProcurement(p => p.Total = Wan(85.00m))
            .Build().Check("procurement");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "procurement",
            FindingLocation.InExplanation(11, "政府采购支出总额"), "80.00", "85.00", "货物、工程、服务采购支出之和");
    }

    [Theory]
    [InlineData("授予中小企业合同金额", "政府采购支出总额")]
    [InlineData("授予小微企业合同金额", "授予中小企业合同金额")]
    [InlineData("服务授予中小企业合同金额", "服务采购支出")]
    public void ReportsErrorWhenAPartOfProcurementExceedsItsWhole(string part, string whole)
    {
        var builder = new ConsistentDisclosureBuilder();
        _ = part switch
        {
            "授予中小企业合同金额" => builder.WithProcurement(p =>
            {
                p.AwardedToSmes = Wan(90.00m);
                p.GoodsToSmes = Wan(30.00m);
                p.ServicesToSmes = Wan(60.00m);
            }),
            "授予小微企业合同金额" => builder.WithProcurement(p => p.AwardedToMicroAndSmall = Wan(75.00m)),
            _ => builder.WithProcurement(p =>
            {
                p.ServicesToSmes = Wan(55.00m);
                p.GoodsToSmes = Wan(15.00m);
            }),
        };

        var findings = builder.Build().Check("procurement");

        var finding = findings.ShouldHaveOneAt(FindingLocation.InExplanation(11, part));
        finding.Severity.Should().Be(FindingSeverity.Error);
        finding.Message.Should().Contain($"超过{whole}");
    }

    // ---- plausible-figures -------------------------------------------------------------------------

    [Fact]
    public void ReportsErrorNamingAnAmountAbove10BillionYuan()
    {
        // 2,461.28 万元 typed in 元 is 24,612,800 — read as 万元, 2,461 亿元.
        var findings = new ConsistentDisclosureBuilder()
            .WithCell(PublishedTable.Income, "2040601", "财政拨款收入", 18_612_800.00m)
            .Build().Check("plausible-figures");

        var finding = findings.ShouldHaveSingle();
        finding.ShouldBe(FindingSeverity.Error, "plausible-figures", In(PublishedTable.Income, "行政运行"), null, "18,612,800.00",
            "公开02表“行政运行”", "超过 100 亿元", "单位（万元）");
    }

    [Fact]
    public void AcceptsAnAmountOfExactly10BillionYuan()
    {
        new ConsistentDisclosureBuilder().WithOperatingCosts(c => c.Amount = Wan(1_000_000m)).Build()
            .Check("plausible-figures").Should().BeEmpty();
    }

    [Fact]
    public void ReportsErrorWhenAShareOfTheExplanationIsAbove100Percent()
    {
        // 其他收入 of 3,000.00 against a 本年收入合计 of 2,761.28.
        var findings = new ConsistentDisclosureBuilder()
            .WithSummary(s => s.OtherIncome = Wan(3_000.00m))
            .Build().Check("plausible-figures");

        var finding = findings.ShouldHaveSingle();
        finding.Location.ExplanationItem.Should().Be(2);
        finding.Message.Should().Contain("3,000.00 万元").And.Contain("108.6%").And.Contain("超过 100%");
    }

    // ---- staff-text --------------------------------------------------------------------------------

    [Theory]
    [InlineData("依据市政府政府规章开展执法检查。")]
    [InlineData("本部门部门决算包括本级和所属单位。")]
    public void ANounEndingOneCompoundAndBeginningTheNextIsNoDoubledWord(string reason)
    {
        new ConsistentDisclosureBuilder()
            .WithText(10, ExplanationTextKeys.OperatingCostsChange, "办公费用增加。" + reason)
            .Build().Check("staff-text").Should().BeEmpty();
    }

    [Fact]
    public void ADoubledNounStandingAloneIsStillADoubledWord()
    {
        new ConsistentDisclosureBuilder()
            .WithText(10, ExplanationTextKeys.OperatingCostsChange, "办公费用增加。按规定支付项目项目。")
            .Build().Check("staff-text").ShouldHaveSingle().Message.Should().Contain("“项目”重复了");
    }

    [Theory]
    [InlineData("人员经费XX万元，主要用于办公", "占位符“XX”")]
    [InlineData("项目经费待补充。", "占位符“待补充”")]
    [InlineData("因人员减少减少支出", "“减少”重复了")]
    [InlineData("支出增加。。", "重复的标点“。。”")]
    [InlineData("购置办公设备5000元", "“5000元”以元为单位")]
    public void WarnsAboutASlipInAStaffTextPointingAtTheSentence(string reason, string problem)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithText(10, ExplanationTextKeys.OperatingCostsChange, "办公费用增加。" + reason)
            .Build().Check("staff-text");

        var finding = findings.ShouldHaveSingle();
        finding.Severity.Should().Be(FindingSeverity.Warning);
        finding.Location.ExplanationItem.Should().Be(10);
        finding.Location.Sentence.Should().StartWith(reason.TrimEnd('。'), "the finding points at the sentence, not the whole text");
        finding.Message.Should().Contain(problem);
    }

    [Theory]
    [InlineData("办公费用增加5.00万元")]
    [InlineData("常常开展普法宣传，人人参与")]
    [InlineData("合计1.2亿元")]
    public void AcceptsAmountsInWanYuanAndRepeatedSingleCharacters(string reason)
    {
        new ConsistentDisclosureBuilder().WithText(10, ExplanationTextKeys.OperatingCostsChange, reason).Build()
            .Check("staff-text").Should().BeEmpty();
    }

    [Fact]
    public void WarnsAboutAPlaceholderInTheDutiesAndKeyWork()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithDuties("负责全区××工作。")
            .WithKeyWork("普法宣传", "此处填写目标", "完成")
            .Build().Check("staff-text");

        findings.Select(f => f.Location.Row).Should().BeEquivalentTo("第一部分 一、部门主要职能", "第四部分 重点工作完成情况");
    }

    // ---- required-parts ----------------------------------------------------------------------------

    [Theory]
    [InlineData("第一部分 一、部门主要职能")]
    [InlineData("第一部分 二、机构设置")]
    [InlineData("第五部分 名词解释")]
    [InlineData("决算情况说明 十二、国有资产占用情况")]
    public void ReportsErrorWhenARequiredPartIsEmpty(string part)
    {
        var builder = new ConsistentDisclosureBuilder();
        _ = part switch
        {
            "第一部分 一、部门主要职能" => builder.WithDuties(),
            "第一部分 二、机构设置" => builder.WithOrganization("  "),
            "第五部分 名词解释" => builder.WithoutGlossary(),
            _ => builder.WithAssets(a =>
            {
                a.LawEnforcementVehicles = null;
                a.GeneralEquipmentOver500K = null;
                a.SpecialEquipmentOver1M = null;
            }),
        };

        var findings = builder.Build().Check("required-parts");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Error, "required-parts", new FindingLocation(null, Row: part),
            null, null, "为空", "请填写");
    }

    [Theory]
    [InlineData("机关运行经费", "“机关运行经费”")]
    [InlineData("2040604", "项级科目“2040604 基层司法业务”")]
    public void WarnsWhenTheGlossaryLacksAFixedTermOrAnItemUsed(string removed, string missing)
    {
        var findings = new ConsistentDisclosureBuilder().WithoutGlossary(removed).Build().Check("required-parts");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "required-parts", new FindingLocation(null, Row: "第五部分 名词解释"),
            null, null, $"名词解释中没有{missing}的解释");
    }
}
