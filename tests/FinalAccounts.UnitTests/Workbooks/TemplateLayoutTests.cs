using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.UnitTests.Workbooks;

/// <summary>What a person sees opening the 硚口 2024 template.</summary>
public class TemplateLayoutTests
{
    private static readonly byte[] Template = TemplateTestData.Template(TemplateTestData.Qiaokou);

    [Fact]
    public void HasTheInstructionsTheNineTablesByTheirPublishedNumbersThenTheEvaluationForms()
    {
        using var document = Open();

        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal(
            ["填表说明", "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表",
             "基础数据表", .. TemplateTestData.Qiaokou.Evaluations!.Select((_, i) => $"绩效自评{i + 1}"), "绩效自评（新增整体）", "绩效自评（新增项目）"]);
        var instructions = WorkbookFile.Values(Template)["填表说明"];
        instructions["A1"].Should().Be("2024年度硚口区司法局部门决算公开　填报模板");
        instructions.Values.Should().Contain(t => t.Contains("金额单位为万元", StringComparison.Ordinal))
            .And.Contain(t => t.Contains("不要修改工作表名称", StringComparison.Ordinal));
    }

    [Fact]
    public void IsValidSpreadsheetMl()
    {
        using var document = Open();

        new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Should().BeEmpty();
    }

    [Fact]
    public void SummaryTableIsLaidOutAsPublishedWithExactAmounts()
    {
        using var document = Open();
        var sheet = new SheetView(document, "公开01表");

        sheet.Text("A1").Should().Be("2024年度收入支出决算总表");
        sheet.Text("A3").Should().Be("单位：武汉市硚口区司法局本级");
        sheet.Text("E3").Should().Be("单位：万元");
        sheet.Text("A4").Should().Be("收入");
        sheet.Text("D4").Should().Be("支出");
        sheet.Merges.Should().Contain(["A4:C4", "D4:F4", "A1:F1"]);
        new[] { "A5", "B5", "C5", "D5", "E5", "F5" }.Select(sheet.Text).Should().Equal("项目", "行次", "金额", "项目", "行次", "金额");
        sheet.Text("A6").Should().Be("栏次");

        sheet.Text("A7").Should().Be("一、一般公共预算财政拨款收入");
        sheet.Text("B7").Should().Be("1");
        sheet.Number("C7").Should().Be(3469.73m);
        sheet.Format("C7").Should().Be("#,##0.00");
        sheet.Text("D10").Should().Be("四、公共安全支出");
        sheet.Text("E10").Should().Be("34");
        sheet.Number("F10").Should().Be(2761.26m);
        sheet.IsEmpty("F7").Should().BeTrue("一般公共服务支出 is blank, not zero");
        sheet.Text("A33").Should().Be("本年收入合计");
        sheet.Text("D33").Should().Be("本年支出合计");
        sheet.Number("F36").Should().Be(3469.73m);
        sheet.Text("A37").Should().Be("空表说明：");
    }

    [Fact]
    public void BasicExpenditureTableHasItsThreeBlocksAndFooter()
    {
        using var document = Open();
        var sheet = new SheetView(document, "公开06表");

        sheet.Text("A4").Should().Be("人员经费");
        sheet.Text("D4").Should().Be("公用经费");
        sheet.Merges.Should().Contain(["A4:C4", "D4:I4"]);
        new[] { "A5", "B5", "C5", "G5", "H5", "I5" }.Select(sheet.Text).Should().Equal(
            "经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数");

        (sheet.Text("A6"), sheet.Text("B6"), sheet.Number("C6")).Should().Be(("301", "工资福利支出", 2171.2m));
        sheet.Format("C6").Should().Be("#,##0.00");
        (sheet.Text("D6"), sheet.Text("E6"), sheet.Number("F6")).Should().Be(("302", "商品和服务支出", 207.68m));
        (sheet.Text("G6"), sheet.Text("H6")).Should().Be(("310", "资本性支出"));
        sheet.IsEmpty("I6").Should().BeTrue();
        (sheet.Text("A10"), sheet.IsEmpty("C10")).Should().Be(("30106", true), "a printed line with a blank amount stays blank");

        sheet.Text("A34").Should().Be("人员经费合计");
        sheet.Number("C34").Should().Be(2260.1m, "the published total is kept, not recomputed from its parts (2,260.11)");
        sheet.Text("D34").Should().Be("公用经费合计");
        sheet.Number("I34").Should().Be(207.68m);
        sheet.Format("I34").Should().Be("#,##0.00");
    }

    [Fact]
    public void GeneralBudgetTableCarriesInitialBudgetBesideThePublishedColumns()
    {
        using var document = Open();
        var sheet = new SheetView(document, "公开05表");

        new[] { "E5", "F5", "G5", "H4", "H6" }.Select(sheet.Text).Should().Equal("小计", "基本支出", "项目支出", "年初预算", "4");
        (sheet.Text("D7"), sheet.Number("E7"), sheet.Number("H7")).Should().Be(("合计", 3469.73m, 3531.15m));
        (sheet.Text("A8"), sheet.Text("D8")).Should().Be(("204", "公共安全支出"));
    }

    [Fact]
    public void PrintsEachFixedFigureBesideItsLabel()
    {
        var t = TemplateTestData.DistinctTables();
        var values = WorkbookFile.Values(TemplateWorkbook.Write(t, new TemplateTitle("测试", "测试局", 2024)));
        var t01 = t.T01!;
        var t04 = t.T04!;

        Beside(values["公开01表"], "A", "C", new()
        {
            ["一、一般公共预算财政拨款收入"] = t01.GeneralBudgetAppropriation, ["二、政府性基金预算财政拨款收入"] = t01.GovernmentFundAppropriation,
            ["三、国有资本经营预算财政拨款收入"] = t01.StateCapitalAppropriation, ["四、上级补助收入"] = t01.SuperiorSubsidy,
            ["五、事业收入"] = t01.BusinessIncome, ["六、经营收入"] = t01.OperatingIncome, ["七、附属单位上缴收入"] = t01.AffiliatedRemittance,
            ["八、其他收入"] = t01.OtherIncome, ["本年收入合计"] = t01.IncomeTotal, ["使用非财政拨款结余（含专用结余）"] = t01.NonFiscalBalanceUsed,
            ["年初结转和结余"] = t01.IncomeOpeningBalance, ["总计"] = t01.IncomeGrandTotal,
        });
        Beside(values["公开01表"], "D", "F", new()
        {
            ["一、一般公共服务支出"] = t01.Expenditure[0].Amount, ["二十六、抗疫特别国债安排的支出"] = t01.Expenditure[1].Amount,
            ["227 预备费"] = t01.Expenditure[2].Amount, ["本年支出合计"] = t01.ExpenditureTotal, ["结余分配"] = t01.SurplusDistribution,
            ["年末结转和结余"] = t01.ExpenditureClosingBalance, ["总计"] = t01.ExpenditureGrandTotal,
        });
        Beside(values["公开04表"], "A", "C", new()
        {
            ["一、一般公共预算财政拨款"] = t04.GeneralBudgetIncome, ["二、政府性基金预算财政拨款"] = t04.GovernmentFundIncome,
            ["三、国有资本经营预算财政拨款"] = t04.StateCapitalIncome, ["本年收入合计"] = t04.IncomeTotal,
            ["年初财政拨款结转和结余"] = t04.OpeningBalanceTotal, ["一般公共预算财政拨款"] = t04.OpeningGeneralBudget,
            ["政府性基金预算财政拨款"] = t04.OpeningGovernmentFund, ["国有资本经营预算财政拨款"] = t04.OpeningStateCapital,
            ["总计"] = t04.IncomeGrandTotal,
        });
        foreach (var (column, amount) in new (string, Func<FundSplitContent, string?>)[]
                 { ("F", f => f.Subtotal), ("G", f => f.GeneralBudget), ("H", f => f.GovernmentFund), ("I", f => f.StateCapital) })
        {
            var line = t04.Expenditure[0];
            Beside(values["公开04表"], "D", column, new()
            {
                ["四、公共安全支出"] = amount(new FundSplitContent(line.Subtotal, line.GeneralBudget, line.GovernmentFund, line.StateCapital)),
                ["本年支出合计"] = amount(t04.ExpenditureTotal!), ["年末财政拨款结转和结余"] = amount(t04.ClosingBalance!),
                ["总计"] = amount(t04.ExpenditureGrandTotal!),
            });
        }
        var budget = t.T09!.Budget!;
        var actual = t.T09.Actual!;
        "ABCDEFGHIJKL".Select(c => values["公开09表"][$"{c}8"]).Should().Equal(
            new[]
            {
                budget.Total, budget.Abroad, budget.VehicleSubtotal, budget.VehiclePurchase, budget.VehicleOperation, budget.Reception,
                actual.Total, actual.Abroad, actual.VehicleSubtotal, actual.VehiclePurchase, actual.VehicleOperation, actual.Reception,
            }.Select(Exact));
    }

    /// <summary>Each label in the label column has its figure, exactly, in the amount column of its row.</summary>
    private static void Beside(Dictionary<string, string> cells, string labelColumn, string amountColumn, Dictionary<string, string?> expected)
    {
        foreach (var (label, amount) in expected)
        {
            var row = cells.Single(c => c.Key.StartsWith(labelColumn, StringComparison.Ordinal) && c.Key[1..].All(char.IsAsciiDigit) && c.Value == label).Key[1..];
            cells[amountColumn + row].Should().Be(Exact(amount), $"{label} is printed in {amountColumn}{row}");
        }
    }

    private static string Exact(string? amount) =>
        decimal.Parse(amount!.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            .ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);

    private static SpreadsheetDocument Open() => SpreadsheetDocument.Open(new MemoryStream(Template), isEditable: false);

    private sealed class SheetView(SpreadsheetDocument document, string name)
    {
        private readonly Worksheet _sheet = WorkbookFile.Part(document, name).Worksheet;
        private readonly List<string> _strings =
            [.. document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText)];

        public IEnumerable<string> Merges => _sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!);

        public string Text(string reference) => Cell(reference) is { CellValue: not null } cell ? WorkbookFile.Value(cell, _strings) : "";

        public bool IsEmpty(string reference) => Cell(reference)?.CellValue is null;

        public decimal Number(string reference)
        {
            var cell = Cell(reference)!;
            cell.DataType.Should().BeNull($"{reference} holds a number, not text");
            return decimal.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
        }

        public string Format(string reference)
        {
            var styles = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
            var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)Cell(reference)!.StyleIndex!.Value);
            return styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!;
        }

        private Cell? Cell(string reference) => _sheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);
    }
}
