using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff.Tables;
using FinalAccounts.UnitTests.Content;

namespace FinalAccounts.UnitTests.Staff;

/// <summary>The sums shown beside a table's totals, and the reading of the amounts they are made of.</summary>
public class RunningTotalsTests
{
    private static readonly DisclosureContent Qiaokou = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));

    [Fact]
    public void TheSavedGeneralBudgetTableShowsItsRoundingDifferencesAsNotes()
    {
        var totals = Totals(TableForms.Open(PublishedTable.GeneralBudgetExpenditure, Qiaokou, TableFormsTests.Catalog));

        var project = totals["total:project"].Should().ContainSingle().Subject;
        project.Should().BeEquivalentTo(new
        {
            Entered = (Money?)Money.ParseWanYuan("1,001.87"),
            Computed = (Money?)Money.ParseWanYuan("1,001.88"),
            Difference = (FindingSeverity?)FindingSeverity.Note,
        }, o => o.ExcludingMissingMembers());
        project.Text.Should().Be("各类之和 1,001.88（相差 0.01 万元）");
        totals["2040601:subtotal"].Should().ContainSingle().Which.Should().Match<RunningTotal>(t => t.Agrees && t.Text == "各栏之和 1,712.45");
    }

    [Fact]
    public void TheSumsFollowTheTypedFiguresAndABreakBeyondRoundingIsAnError()
    {
        var form = TableForms.Open(PublishedTable.GeneralBudgetExpenditure, Qiaokou, TableFormsTests.Catalog);
        var typed = TableForms.Edit(PublishedTable.GeneralBudgetExpenditure, Qiaokou,
            TableFormsTests.Post(form, new() { ["2040601:subtotal"] = "1,812.45" }), TableFormsTests.Catalog).Form;

        var totals = Totals(typed);

        var section = totals["20406:subtotal"].Should().ContainSingle(t => t.Check.Description == "各项之和").Subject;
        section.Computed.Should().Be(Money.ParseWanYuan("2,861.28"));
        section.Difference.Should().Be(FindingSeverity.Error);
        section.Text.Should().Be("各项之和 2,861.28（相差 100.00 万元）");
        totals["2040601:subtotal"].Single().Text.Should().Be("各栏之和 1,712.45（相差 100.00 万元）");
    }

    [Theory]
    [InlineData(null, null, null, null, true)]
    [InlineData("0", null, null, null, false)]
    [InlineData(null, "1.00", null, FindingSeverity.Error, false)]
    [InlineData("1.00", null, null, FindingSeverity.Error, false)]
    [InlineData("3.00", "1.00", "2.00", null, false)]
    [InlineData("3.01", "1.00", "2.00", FindingSeverity.Note, false)]
    [InlineData("3.03", "1.00", "2.00", FindingSeverity.Error, false)]
    public void ABlankIsNotAZeroAndRoundingIsAllowedPerSummand(string? total, string? basic, string? project,
        FindingSeverity? difference, bool blank)
    {
        var content = Qiaokou with { Tables = Qiaokou.Tables with { T08 = new([], null) } };
        var form = TableForms.Edit(PublishedTable.StateCapital, content,
            TableFormsTests.Post(TableForms.Open(PublishedTable.StateCapital, content, TableFormsTests.Catalog),
                new() { ["total:total"] = total, ["total:basic"] = basic, ["total:project"] = project }),
            TableFormsTests.Catalog).Form;

        var sum = Totals(form)["total:total"].Single();

        sum.Difference.Should().Be(difference);
        sum.IsBlank.Should().Be(blank);
    }

    [Fact]
    public void AnUnreadableFigureCountsAsBlankInTheSums()
    {
        var form = TableForms.Edit(PublishedTable.Income, Qiaokou,
            TableFormsTests.Post(TableForms.Open(PublishedTable.Income, Qiaokou, TableFormsTests.Catalog),
                new() { ["2040601:fiscalAppropriation"] = "abc" }), TableFormsTests.Catalog).Form;

        var sum = Totals(form)["2040601:total"].Single();

        sum.Computed.Should().BeNull();
        sum.Text.Should().Be("各栏之和 空白（加数均为空白）");
    }

    [Theory]
    [InlineData("十二万", "“十二万”不是有效金额")]
    [InlineData("12.3.4", "“12.3.4”不是有效金额")]
    [InlineData("1,2345", "“1,2345”不是有效金额")]
    [InlineData("-0.01", "“-0.01”是负数，金额不能小于零")]
    [InlineData("1,000,000,000,000.00", "“1,000,000,000,000.00”：金额过大：须小于一万亿万元")]
    public void AFigureThatIsNotAnAmountIsAProblemNamedByItsRowAndColumn(string typed, string problem)
    {
        var form = TableForms.Edit(PublishedTable.Income, Qiaokou,
            TableFormsTests.Post(TableForms.Open(PublishedTable.Income, Qiaokou, TableFormsTests.Catalog),
                new() { ["2040601:total"] = typed }), TableFormsTests.Catalog).Form;

        var amounts = FormAmounts.Read(form);

        amounts.IsValid.Should().BeFalse();
        var found = amounts.Problems.Should().ContainSingle().Subject;
        found.Key.Should().Be("2040601:total");
        found.Message.Should().StartWith("2040601 行政运行 · 本年收入合计：" + problem);
        amounts["2040601:total"].Should().BeNull();
    }

    [Theory]
    [InlineData("1234.5", "1,234.50")]
    [InlineData(" 1,234.56 ", "1,234.56")]
    [InlineData("１２３．４", "123.40")]
    [InlineData("0.000001", "0.000001")]
    public void AmountsAreReadAsPeopleTypeThemAndWrittenExactly(string typed, string written)
    {
        var form = TableForms.Edit(PublishedTable.Income, Qiaokou,
            TableFormsTests.Post(TableForms.Open(PublishedTable.Income, Qiaokou, TableFormsTests.Catalog),
                new() { ["2040601:total"] = typed }), TableFormsTests.Catalog).Form;

        var amounts = FormAmounts.Read(form);

        amounts.IsValid.Should().BeTrue();
        TableForms.Write(Qiaokou, form, amounts).Tables.T02!.Rows.Single(r => r.Code == "2040601").Total.Should().Be(written);
    }

    [Fact]
    public void AnEmptyTableSentenceLongerThanTheDatabaseKeepsIsAProblem()
    {
        var open = TableForms.Open(PublishedTable.StateCapital, Qiaokou, TableFormsTests.Catalog);
        var form = open with { EmptyStatement = new string('无', EmptyTableStatement.MaxTextLength + 1) };

        FormAmounts.Read(form).Problems.Should().ContainSingle().Which.Key.Should().Be(FormAmounts.EmptyStatementKey);
    }

    [Fact]
    public void TheThreePublicCostsTotalsSumTheirItemsOnEachSide()
    {
        var form = TableForms.Open(PublishedTable.ThreePublicCosts, Qiaokou, TableFormsTests.Catalog);

        var totals = Totals(form);

        form.Lines.Should().ContainSingle().Which.Rows.Select(r => r!.Label).Should().Equal("预算数", "决算数");
        totals["actual:total"].Single().Text.Should().Be("三项之和 3.35");
        totals["budget:vehicleSubtotal"].Single().Check.Parts.Select(p => p.Cell).Should().Equal("budget:vehiclePurchase", "budget:vehicleOperation");
    }

    private static ILookup<string, RunningTotal> Totals(TableForm form) => RunningTotals.ByCell(form, FormAmounts.Read(form));
}
