using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Domain.Validation;
using static FinalAccounts.UnitTests.Validation.FindingAssertions;

namespace FinalAccounts.UnitTests.Validation;

/// <summary>
/// explanation-reason on texts carried from last year (沿用上年、待核对): they count as not yet written until
/// staff change or confirm them, and the finding names the amounts they state.
/// </summary>
public class CarriedTextRuleTests
{
    private const string ClassUseSentence = "1. 公共安全支出（类）2,461.28 万元，占 89.14%";
    private const string TotalChangeSentence = "与2023年度相比，收、支总计增加 291.28 万元，增长 11.7%";
    private const string VehicleSentence = "公务用车购置及运行费";

    [Theory]
    [InlineData(ExplanationTextKeys.ClassUsePrefix + "204", 5, ClassUseSentence)]
    [InlineData(ExplanationTextKeys.TotalChange, 1, TotalChangeSentence)]
    public void ACarriedUncheckedTextLeavesTheWarningWhereAMissingOneWouldBe(string key, int item, string sentence)
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCarriedText(key, 2023)
            .Build().Check("explanation-reason");

        var finding = findings.ShouldHaveSingle();
        finding.ShouldBe(FindingSeverity.Warning, "explanation-reason", FindingLocation.InExplanation(item, sentence), null, null,
            $"“{sentence}”沿用了2023年度的文字", "须核对后修改或确认沿用");
        finding.Message.Should().NotContain("金额", "the text states no amount");
    }

    // A text staff changed or confirmed is saved without the mark: it satisfies the rule like any written text.
    [Fact]
    public void AnEditedOrConfirmedTextSatisfiesTheRule()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithText(5, ExplanationTextKeys.ClassUsePrefix + "204", "司法行政机关正常运转，公务用车购置费 12.39 万元")
            .Build().Check("explanation-reason");

        findings.Should().BeEmpty();
    }

    [Fact]
    public void TheFindingNamesTheAmountsACarriedTextStatesAsLastYears()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithCarriedText(ExplanationTextKeys.VehicleChange, 2023, "更新执法车辆，公务用车购置费 12.39 万元，运行费减少3,000元。2023年完成车改")
            .Build().Check("explanation-reason");

        var finding = findings.ShouldHaveSingle();
        finding.Location.ExplanationItem.Should().Be(9);
        finding.Location.Sentence.Should().Contain(VehicleSentence).And.NotContain("12.39", "the sentence is the 说明's, not the text's");
        finding.Message.Should().Contain("沿用了2023年度的文字").And.Contain("其中的金额“12.39 万元”、“3,000元”是2023年度的数字")
            .And.NotContain("“2023年");
    }

    // Own paragraphs are printed as written, with no sentence asking for them; carried, they are asked about too.
    [Fact]
    public void ACarriedOwnParagraphIsAskedAboutByItsOpening()
    {
        var key = ExplanationTextKeys.Paragraph(6, 1);
        var findings = new ConsistentDisclosureBuilder()
            .WithText(6, key, "本年度继续压减一般性支出，办公费下降 8.00 万元。其余按规定执行。")
            .WithCarriedText(key, 2023)
            .Build().Check("explanation-reason");

        findings.ShouldHaveSingle().ShouldBe(FindingSeverity.Warning, "explanation-reason",
            FindingLocation.InExplanation(6, "本年度继续压减一般性支出，办公费下降 8.00 万元"), null, null,
            "沿用了2023年度的文字", "“8.00 万元”是2023年度的数字");
    }

    // A carried reason the 说明 no longer asks for is not printed, so it needs no check.
    [Fact]
    public void ACarriedTextTheExplanationDoesNotUseIsNotAskedAbout()
    {
        var findings = new ConsistentDisclosureBuilder()
            .WithText(9, ExplanationTextKeys.AbroadChange, "未安排因公出国（境）")
            .WithCarriedText(ExplanationTextKeys.AbroadChange, 2023)
            .Build().Check("explanation-reason");

        findings.Should().BeEmpty();
    }

    // The reviewer sees the warning with its explanation; once published the mark no longer counts, so the
    // public findings of a published version never mention it.
    [Fact]
    public void TheMarkCountsUntilPublication()
    {
        var disclosure = new ConsistentDisclosureBuilder()
            .WithCarriedText(ExplanationTextKeys.TotalChange, 2023)
            .Build();

        disclosure.Version.Submit("editor");
        disclosure.Check("explanation-reason").Should().ContainSingle("a submitted version is still under review");
        disclosure.Version.Publish(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.FromHours(8)),
            new Department("420104-sfj", "武汉市硚口区司法局", "区司法局", "420104"), by: "reviewer");
        disclosure.Check("explanation-reason").Should().BeEmpty();
    }

    [Theory]
    [InlineData("公务用车购置费 12.39 万元", new[] { "12.39 万元" })]
    [InlineData("支出3,469.73 万元，其中5000元用于培训；专项1.2亿元", new[] { "3,469.73 万元", "5000元", "1.2亿元" })]
    [InlineData("全角１２．5 万元", new[] { "１２．5 万元" })]
    [InlineData("较2023年度增加，增长 11.7%，共3辆车", new string[0])]
    [InlineData("12.39 万元和 12.39 万元", new[] { "12.39 万元" })]
    public void AmountMentionsFindsDigitsFollowedByYuanOrWanYuan(string text, string[] expected)
    {
        AmountMentions.In(text).Should().Equal(expected);
    }
}
