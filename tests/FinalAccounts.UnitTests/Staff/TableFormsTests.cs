using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Staff.Tables;
using FinalAccounts.UnitTests.Content;

namespace FinalAccounts.UnitTests.Staff;

/// <summary>The nine tables' edit forms: built from content, edited as posted, written back.</summary>
public class TableFormsTests
{
    private static readonly DisclosureContent Qiaokou = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));

    internal static readonly CatalogNames Catalog = new(
        new Dictionary<string, string>
        {
            ["201"] = "一般公共服务支出", ["20101"] = "人大事务", ["2010101"] = "行政运行",
            ["204"] = "公共安全支出", ["20406"] = "司法", ["2040601"] = "行政运行", ["2040602"] = "一般行政管理事务",
            ["227"] = "预备费",
        },
        new Dictionary<string, string> { ["310"] = "资本性支出", ["31005"] = "基础设施建设", ["30106"] = "伙食补助费" });

    public static TheoryData<string, PublishedTable> EveryTableOfEverySeed()
    {
        var data = new TheoryData<string, PublishedTable>();
        foreach (var file in new[] { "qiaokou-2024.json", "caidian-2023.json", "hongshan-2021.json", "caidian-2020.json" })
        {
            foreach (var table in PublishedTables.All)
            {
                data.Add(file, table);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTableOfEverySeed))]
    public void AFormWrittenBackUntouchedChangesNothing(string file, PublishedTable table)
    {
        var content = SeedContent.Captured(SeedContent.Read(file));

        var form = TableForms.Open(table, content, Catalog);
        var amounts = FormAmounts.Read(form);

        amounts.Problems.Should().BeEmpty();
        ContentChanges.Between(content, TableForms.Write(content, form, amounts)).Should().BeEmpty();
    }

    [Fact]
    public void ACodedTableShowsItsTotalRowFirstThenItsRowsInCodeOrderWithTheStoredFigures()
    {
        var form = TableForms.Open(PublishedTable.Income, Qiaokou, Catalog);

        form.Rows.First().Should().BeEquivalentTo(new { Key = "total", Label = "合计", Kind = FormRowKind.Total, Removable = false },
            o => o.ExcludingMissingMembers());
        form.Rows.Skip(1).Select(r => r.Code).Should().BeInAscendingOrder(StringComparer.Ordinal).And.HaveCount(26);
        var row = form.Rows.Single(r => r.Code == "2040601");
        row.Should().BeEquivalentTo(new { Label = "2040601 行政运行", Name = "行政运行", Kind = FormRowKind.Item, Removable = true },
            o => o.ExcludingMissingMembers());
        row.Cell("total").Text.Should().Be("1,712.45");
        row.Cell("total").Column.Name.Should().Be("本年收入合计");
        form.RemovableCodes.Should().HaveCount(26);
    }

    [Fact]
    public void EachTotalIsCheckedAcrossItsRowAndDownTheHierarchy()
    {
        var form = TableForms.Open(PublishedTable.Income, Qiaokou, Catalog);

        form.Checks.Where(c => c.Target == "total:total").Select(c => c.Description).Should().BeEquivalentTo("各栏之和", "各类之和");
        form.Checks.Single(c => c.Target == "total:fiscalAppropriation").Parts.Select(p => p.Cell)
            .Should().Equal("204:fiscalAppropriation", "208:fiscalAppropriation", "210:fiscalAppropriation", "221:fiscalAppropriation");
        form.Checks.Single(c => c.Target == "204:superiorSubsidy").Parts.Select(p => p.Cell).Should().Equal("20406:superiorSubsidy");
        form.Checks.Single(c => c.Target == "2040601:total").Parts.Select(p => p.Cell).Should().Equal(
            "2040601:fiscalAppropriation", "2040601:superiorSubsidy", "2040601:businessIncome", "2040601:operatingIncome",
            "2040601:affiliatedRemittance", "2040601:otherIncome");
        form.Checks.Should().NotContain(c => c.Target == "2040601:fiscalAppropriation", "a 项 has no rows below it");
    }

    [Fact]
    public void TheGovernmentFundTableSubtractsItsSpendingFromItsClosingBalance()
    {
        var content = Qiaokou with { Tables = Qiaokou.Tables with { T07 = new([], null) } };
        var form = Edited(PublishedTable.GovernmentFund, content, newCode: "2040601").Form;

        var check = form.Checks.Single(c => c.Target == "2040601:closingBalance");

        check.Parts.Should().Equal(new SumPart("2040601:openingBalance"), new SumPart("2040601:income"),
            new SumPart("2040601:expenditureSubtotal", Subtracted: true));
    }

    [Fact]
    public void ACodeAddsItsRowNamedFromTheCatalogWithTheClassAndSectionAboveIt()
    {
        var edit = Edited(PublishedTable.StateCapital, Qiaokou, newCode: " 2040601 ");

        edit.Problem.Should().BeNull();
        edit.Done.Should().Be("已添加“2040601 行政运行”及上级科目“204 公共安全支出”、“20406 司法”。以上修改尚未保存。");
        edit.Form.Rows.Select(r => r.Label).Should().Equal("合计", "204 公共安全支出", "20406 司法", "2040601 行政运行");
        edit.Form.Rows.Skip(1).Should().OnlyContain(r => r.Cells.All(c => c.Text == null));
    }

    [Fact]
    public void AnAddedRowKeepsItsPlaceInCodeOrderAndEveryTypedFigure()
    {
        var form = TableForms.Open(PublishedTable.Income, Qiaokou, Catalog);

        var edit = TableForms.Edit(PublishedTable.Income, Qiaokou,
            Post(form, new() { ["2040602:total"] = "十二万", ["total:total"] = "1" }, newCode: "2010101"), Catalog);

        edit.Form.Rows.Skip(1).Select(r => r.Code).Take(4).Should().Equal("201", "20101", "2010101", "204");
        edit.Form.Rows.Single(r => r.Code == "2040602").Cell("total").Text.Should().Be("十二万");
        edit.Form.Rows.First().Cell("total").Text.Should().Be("1");
    }

    [Theory]
    [InlineData("2049999", "科目编码“2049999”不在2024年度支出功能分类科目目录中，未添加")]
    [InlineData("abc", "“abc”不是有效的支出功能分类科目编码")]
    [InlineData("2040601", "“2040601 行政运行”已在表中")]
    public void ACodeThatCannotBeAddedIsRefusedWithItsReasonAndTheFormKeepsItsRows(string code, string problem)
    {
        var form = TableForms.Open(PublishedTable.Expenditure, Qiaokou, Catalog);

        var edit = TableForms.Edit(PublishedTable.Expenditure, Qiaokou, Post(form, newCode: code), Catalog);

        edit.Problem.Should().Contain(problem);
        edit.Done.Should().BeNull();
        edit.Form.Rows.Select(r => r.Key).Should().Equal(form.Rows.Select(r => r.Key));
    }

    [Theory]
    [InlineData("204", "“204 公共安全支出”已在表中")]
    [InlineData("20406", "本表按类列示，请填写 3 位类编码")]
    public void TheSummaryTableTakesOnlyClassesItDoesNotPrintAlready(string code, string problem)
    {
        var edit = Edited(PublishedTable.IncomeExpenditureSummary, Qiaokou, newCode: code);

        edit.Problem.Should().Contain(problem);
    }

    [Fact]
    public void TheSummaryTablePrintsTheStandardClassesAndStoresOnlyThoseWithFigures()
    {
        var edit = Edited(PublishedTable.IncomeExpenditureSummary, Qiaokou, new() { ["201:amount"] = "1.00" }, newCode: "227");
        var form = edit.Form;

        form.Rows.Where(r => r.Kind == FormRowKind.Class).Should().HaveCount(27);
        form.Rows.Single(r => r.Code == "204").Should().BeEquivalentTo(new { Text = "四、公共安全支出", LineNumber = 34, Removable = false },
            o => o.ExcludingMissingMembers());
        form.Rows.Single(r => r.Code == "227").Should().BeEquivalentTo(new { Text = "预备费（227）", Removable = true },
            o => o.ExcludingMissingMembers());
        form.Rows.Single(r => r.Key == "expenditureGrandTotal").Aliases.Should().Equal("总计");

        var written = TableForms.Write(Qiaokou, form, FormAmounts.Read(form)).Tables.T01!.Expenditure;

        written.Select(l => (l.Code, l.Amount)).Should().Equal(("201", "1.00"), ("204", "2,761.26"), ("208", "228.93"), ("210", "253.79"),
            ("221", "225.74"), ("227", null));
    }

    [Fact]
    public void TickedRowsAreRemovedAndTheRestWrittenInCodeOrder()
    {
        var edit = Edited(PublishedTable.Expenditure, Qiaokou, remove: ["2040602", "2040604"]);

        edit.Done.Should().StartWith("已删除 2 行");
        var rows = TableForms.Write(Qiaokou, edit.Form, FormAmounts.Read(edit.Form)).Tables.T03!.Rows;
        rows.Should().HaveCount(Qiaokou.Tables.T03!.Rows.Count - 2);
        rows[0].Code.Should().BeNull();
        rows.Select(r => r.Code).Should().NotContain(["2040602", "2040604"]);
    }

    [Fact]
    public void TheTotalRowOfAnEmptyTableIsNotStoredUntilTheTableHasFigures()
    {
        var form = TableForms.Open(PublishedTable.StateCapital, Qiaokou, Catalog);
        form.Rows.Should().ContainSingle().Which.Label.Should().Be("合计");

        TableForms.Write(Qiaokou, form, FormAmounts.Read(form)).Tables.T08!.Rows.Should().BeEmpty();
        var typed = Edited(PublishedTable.StateCapital, Qiaokou, new() { ["total:total"] = "0" }).Form;
        TableForms.Write(Qiaokou, typed, FormAmounts.Read(typed)).Tables.T08!.Rows.Should().ContainSingle()
            .Which.Should().Be(new StateCapitalRowContent(null, "合计", "0.00", null, null));
    }

    [Fact]
    public void TheBasicExpenditureTableTakesAnEconomicCodeIntoItsGroup()
    {
        var edit = Edited(PublishedTable.BasicExpenditureDetail, Qiaokou, new() { ["publicTotal:amount"] = "300" }, newCode: "31005");

        edit.Problem.Should().BeNull();
        var written = TableForms.Write(Qiaokou, edit.Form, FormAmounts.Read(edit.Form)).Tables.T06!;
        written.Rows.Single(r => r.Code == "31005").Should().Be(new EconomicRowContent("公用经费", "31005", "基础设施建设", null));
        written.Rows.Select(r => r.Group == "人员经费" ? 0 : 1).Should().BeInAscendingOrder();
        written.PublicTotal.Should().Be("300.00");
        written.PersonnelTotal.Should().Be(Qiaokou.Tables.T06!.PersonnelTotal);
    }

    [Fact]
    public void TheBasicExpenditureGroupTotalsSumTheirClasses()
    {
        var form = TableForms.Open(PublishedTable.BasicExpenditureDetail, Qiaokou, Catalog);

        form.Checks.Single(c => c.Target == "personnelTotal:amount").Parts.Select(p => p.Cell).Should().Equal("301:amount", "303:amount");
        form.Checks.Single(c => c.Target == "301:amount").Parts.Should().HaveCount(13);
        form.Lines.Where(l => l.Heading is not null).Select(l => l.Heading).Should().Equal("人员经费", "公用经费");
    }

    private static TableEdit Edited(PublishedTable table, DisclosureContent content, Dictionary<string, string?>? cells = null,
        string? newCode = null, params string[] remove) =>
        TableForms.Edit(table, content, Post(TableForms.Open(table, content, Catalog), cells, newCode, remove), Catalog);

    /// <summary>What the form posts back as shown, with some cells typed over.</summary>
    internal static TablePost Post(TableForm form, Dictionary<string, string?>? cells = null, string? newCode = null, params string[] remove)
    {
        var values = form.Cells.ToDictionary(c => c.Cell.Key, c => c.Cell.Text);
        foreach (var (key, value) in cells ?? [])
        {
            values[key] = value;
        }
        return new TablePost([.. form.RemovableCodes], remove, newCode, values, form.EmptyStatement);
    }
}
