using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.UnitTests.Workbooks;

/// <summary>What a person may do to the template and still have it read.</summary>
public class TemplateImportTests
{
    private static readonly byte[] Template = TemplateTestData.Template(TemplateTestData.Qiaokou);

    [Fact]
    public void PutsEveryFigureBackWhereItCameFrom()
    {
        var tables = TemplateTestData.DistinctTables();

        var bytes = TemplateWorkbook.Write(tables, new TemplateTitle("测试", "测试局", 2024));
        var import = TemplateWorkbookReader.Read(new MemoryStream(bytes), TemplateTestData.CatalogWith(2024, ("227", "预备费")));

        import.Problems.Should().BeEmpty();
        import.Tables.Should().BeEquivalentTo(tables, o => o.WithStrictOrdering(), "every amount keeps its four decimals and its separators");
    }

    [Fact]
    public void ReadsAmountsTypedAsTextOrLeftWithBinaryNoise()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            WorkbookFile.SetText(d, "公开02表", "E10", " 1,712.450 ");
            WorkbookFile.SetText(d, "公开02表", "F10", "１７１２．４５");
            WorkbookFile.SetNumber(d, "公开06表", "C6", "2171.1999999999998");
            WorkbookFile.SetNumber(d, "公开09表", "B8", "0");
        });

        var tables = TemplateTestData.Read(bytes).Tables!;

        tables.T02!.Rows[3].Should().Match<IncomeRowContent>(r => r.Code == "2040601" && r.Total == "1,712.45" && r.FiscalAppropriation == "1,712.45");
        tables.T06!.Rows[0].Amount.Should().Be("2,171.20");
        tables.T09!.Budget!.Abroad.Should().Be("0.00", "zero is an amount, unlike a blank cell");
        tables.T09.Actual!.Abroad.Should().BeNull();
    }

    [Fact]
    public void AddsARowGivenByItsCodeAndSkipsEmptyRows()
    {
        // 公开03表: a blank row inserted under 2040601 (row 10), and a new 项 typed in a row inserted
        // above 空表说明 (row 35 once the blank row is in), its code split over 类, 款, 项 and no name.
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            WorkbookFile.InsertRow(d, "公开03表", 11);
            WorkbookFile.InsertRow(d, "公开03表", 35);
            WorkbookFile.SetText(d, "公开03表", "A35", "204");
            WorkbookFile.SetNumber(d, "公开03表", "B35", "6");
            WorkbookFile.SetText(d, "公开03表", "C35", "03");
            WorkbookFile.SetNumber(d, "公开03表", "E35", "12.5");
            WorkbookFile.SetNumber(d, "公开03表", "G35", "12.5");
        });

        var import = TemplateWorkbookReader.Read(new MemoryStream(bytes), TemplateTestData.CatalogWith(2024, ("2040603", "机关服务")));

        import.Problems.Should().BeEmpty();
        var expected = TemplateTestData.Qiaokou.Tables.T03!.Rows;
        import.Tables!.T03!.Rows.Should().HaveCount(expected.Count + 1);
        import.Tables.T03.Rows.Take(expected.Count).Select(r => r.Code).Should().Equal(expected.Select(r => r.Code));
        import.Tables.T03.Rows[^1].Should().Be(new ExpenditureRowContent("2040603", "机关服务", "12.50", null, "12.50", null, null, null));
    }

    [Fact]
    public void ReadsAWorkbookWithoutTheTemplatesHiddenNames()
    {
        // As a 决算 software export in the same layout would come: sheets and headings, nothing more.
        var bytes = WorkbookFile.Edit(Template, d => d.WorkbookPart!.Workbook.DefinedNames!.Remove());

        var import = TemplateTestData.Read(bytes);

        import.Problems.Should().BeEmpty();
        TemplateTestData.Normalize(import.Tables!).Should().BeEquivalentTo(TemplateTestData.Normalize(TemplateTestData.Qiaokou.Tables));
    }

    [Theory]
    [InlineData("E8", "本部门2024年度没有使用国有资本经营预算财政拨款安排的支出。")]
    [InlineData("A8", "空表说明：本部门2024年度没有使用国有资本经营预算财政拨款安排的支出。")]
    public void ReadsTheSentenceOfAnEmptyTableAndDropsABlankTotalRow(string cell, string text)
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            WorkbookFile.Clear(d, "公开08表", "E8");
            WorkbookFile.SetText(d, "公开08表", cell, text);
        });

        var t08 = TemplateTestData.Read(bytes).Tables!.T08!;

        t08.Rows.Should().BeEmpty("the 合计 row every template prints is blank");
        t08.EmptyStatement.Should().Be("本部门2024年度没有使用国有资本经营预算财政拨款安排的支出。");
    }

    [Fact]
    public void KeepsThePublishedNameWhereTheCatalogOnlyAddsToIt()
    {
        // The catalog says 机关事业单位基本养老保险缴费支出; the 硚口 tables print it without 支出.
        TemplateTestData.Catalog(2024).FunctionName("2080505").Should().Be("机关事业单位基本养老保险缴费支出");

        var import = TemplateTestData.Read(Template);

        import.Tables!.T02!.Rows.Single(r => r.Code == "2080505").Name.Should().Be("机关事业单位基本养老保险缴费");
    }
}
