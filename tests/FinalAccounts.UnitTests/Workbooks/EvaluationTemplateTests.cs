using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.UnitTests.Workbooks;

/// <summary>The self-evaluations and the 基础数据表 in the template: written from content, read back to the same content.</summary>
public class EvaluationTemplateTests
{
    private const string NewProject = "绩效自评（新增项目）";

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void EveryEvaluationOfASeedReadsBackAsItWasWritten(string file)
    {
        var seed = TemplateTestData.Seed(file);

        var import = TemplateTestData.Read(Template(seed), seed.Year);

        import.Problems.Should().BeEmpty();
        import.Parts!.Evaluations.Should().BeEquivalentTo((seed.Evaluations ?? []).Select(AsStored), o => o.WithStrictOrdering());
        import.Parts.HasBasicDataSheet.Should().BeTrue();
        import.Parts.BasicData.Should().BeNull("the seed has no 基础数据表 and the blank form adds none");
    }

    [Fact]
    public void ScoresKeepTheirDecimalsAndEveryFieldComesBack()
    {
        var evaluation = FullEvaluation();
        var seed = TemplateTestData.Qiaokou with { Evaluations = [evaluation], BasicData = FullBasicData() };

        var parts = TemplateTestData.Read(Template(seed), seed.Year).Parts!;

        var read = parts.Evaluations!.Single();
        read.Should().BeEquivalentTo(evaluation, o => o.WithStrictOrdering());
        read.FundWeight!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("10.00");
        read.Goals[0].Indicators[0].Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("9.10");
        read.TotalScore!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("95.5");
        parts.BasicData.Should().BeEquivalentTo(FullBasicData(), o => o.WithStrictOrdering());
    }

    [Fact]
    public void FillingTheBlankProjectFormAddsAnEvaluation()
    {
        var seed = TemplateTestData.Qiaokou with { Evaluations = [] };
        var bytes = Template(seed);
        var rows = WorkbookFile.RowsByLabel(bytes, NewProject);
        var indicatorRow = rows["目标序号|一级指标"] + 1;
        bytes = WorkbookFile.Edit(bytes, d =>
        {
            WorkbookFile.SetText(d, NewProject, $"B{rows["项目名称"]}", "老旧小区改造");
            WorkbookFile.SetNumber(d, NewProject, $"C{rows["年度资金总额"]}", "120.5");
            WorkbookFile.SetNumber(d, NewProject, $"D{rows["年度资金总额"]}", "110");
            WorkbookFile.SetText(d, NewProject, $"E{rows["年度资金总额"]}", "10");
            WorkbookFile.SetNumber(d, NewProject, $"F{rows["年度资金总额"]}", "0.9129");
            WorkbookFile.SetText(d, NewProject, $"B{rows["目标序号|年度总体目标：预期目标"] + 1}", "完成改造 12 个小区");
            WorkbookFile.SetText(d, NewProject, $"B{indicatorRow}", "产出指标");
            WorkbookFile.SetText(d, NewProject, $"D{indicatorRow}", "改造小区数");
            WorkbookFile.SetText(d, NewProject, $"H{indicatorRow}", "19.50");
        });

        var parts = TemplateTestData.Read(bytes, seed.Year).Parts!;

        var added = parts.Evaluations.Should().ContainSingle().Subject;
        added.Kind.Should().Be("项目");
        added.Name.Should().Be("老旧小区改造");
        added.Funds.Should().ContainSingle().Which.Should().Be(new FundLineContent("total", null, "120.50", "110.00"));
        added.ExecutionRate.Should().Be("91.29%", "a cell formatted as a percentage holds the fraction");
        added.Goals.Should().ContainSingle().Which.Text.Should().Be("完成改造 12 个小区");
        var indicator = added.Goals[0].Indicators.Should().ContainSingle().Subject;
        (indicator.Level1, indicator.Level3, indicator.Score).Should().Be(("产出指标", "改造小区数", 19.50m));
        indicator.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("19.50");
    }

    [Fact]
    public void AWorkbookWithoutEvaluationSheetsLeavesTheEvaluationsAsTheyAre()
    {
        var seed = TemplateTestData.Qiaokou;
        var bytes = WorkbookFile.Edit(Template(seed), d =>
        {
            var workbook = d.WorkbookPart!;
            foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>().Where(s => s.Name!.Value!.StartsWith("绩效自评", StringComparison.Ordinal)
                                                                                     || s.Name == "基础数据表").ToList())
            {
                workbook.DeletePart(workbook.GetPartById(sheet.Id!));
                sheet.Remove();
            }
        });

        var parts = TemplateTestData.Read(bytes, seed.Year).Parts!;

        parts.Evaluations.Should().BeNull();
        parts.HasBasicDataSheet.Should().BeFalse();
        var applied = parts.ApplyTo(seed with { BasicData = FullBasicData() });
        applied.Evaluations.Should().BeSameAs(seed.Evaluations);
        applied.BasicData.Should().Be(FullBasicData() with { Lines = applied.BasicData!.Lines });
    }

    [Fact]
    public void DeletingAnEvaluationSheetRemovesThatEvaluation()
    {
        var seed = TemplateTestData.Qiaokou;
        seed.Evaluations.Should().HaveCountGreaterThan(1);
        var bytes = WorkbookFile.Edit(Template(seed), d =>
        {
            var workbook = d.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "绩效自评1");
            workbook.DeletePart(workbook.GetPartById(sheet.Id!));
            sheet.Remove();
        });

        var parts = TemplateTestData.Read(bytes, seed.Year).Parts!;

        parts.Evaluations.Should().BeEquivalentTo(seed.Evaluations!.Skip(1).Select(AsStored), o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("H", "九分", "不是分值")]
    [InlineData("A", "9", "目标序号 9")]
    [InlineData("J", "备注", "不在填写的位置")]
    public void AProblemInAnIndicatorRowIsReportedAtItsCellAndNothingIsRead(string column, string text, string expected)
    {
        var seed = TemplateTestData.Qiaokou with { Evaluations = [FullEvaluation()] };
        var bytes = Template(seed);
        var row = WorkbookFile.RowsByLabel(bytes, "绩效自评1")["目标序号|一级指标"] + 1;

        var import = TemplateTestData.Read(WorkbookFile.SetText(bytes, "绩效自评1", $"{column}{row}", text), seed.Year);

        import.Parts.Should().BeNull();
        import.Problems.Should().ContainSingle().Which.Should().Match<TemplateProblem>(p =>
            p.Sheet == "绩效自评1" && p.Cell == $"{column}{row}" && p.Message.Contains(expected));
    }

    [Fact]
    public void AFormFilledWithoutItsNameAsksForTheName()
    {
        var bytes = Template(TemplateTestData.Qiaokou);
        var rows = WorkbookFile.RowsByLabel(bytes, NewProject);

        var import = TemplateTestData.Read(WorkbookFile.SetNumber(bytes, NewProject, $"D{rows["年度资金总额"]}", "50"), 2024);

        import.Problems.Should().ContainSingle().Which.Should().Match<TemplateProblem>(p =>
            p.Cell == $"B{rows["项目名称"]}" && p.Message.Contains("请填写项目名称"));
    }

    [Fact]
    public void ABasicDataProjectLineIsReadUnderProjectsAndAnUnknownLineElsewhereIsRefused()
    {
        var seed = TemplateTestData.Qiaokou with { BasicData = FullBasicData() };
        var bytes = Template(seed);
        var rows = WorkbookFile.RowsByLabel(bytes, "基础数据表");

        var unknown = TemplateTestData.Read(WorkbookFile.SetText(bytes, "基础数据表", $"A{rows["公用经费"]}", "公用经费（含福利）"), 2024);

        unknown.Problems.Should().ContainSingle().Which.Message.Should().Contain("没有“公用经费（含福利）”这一行");
        TemplateTestData.Read(bytes, 2024).Parts!.BasicData!.Lines
            .Where(l => l.Line == "project").Select(l => l.Name).Should().Equal("智慧城管平台", "背街小巷整治");
    }

    [Fact]
    public void ACountThatIsNoWholeNumberIsRefusedAtItsCell()
    {
        var seed = TemplateTestData.Qiaokou with { BasicData = FullBasicData() };
        var bytes = Template(seed);
        var row = WorkbookFile.RowsByLabel(bytes, "基础数据表")["编制数（人）"];

        var import = TemplateTestData.Read(WorkbookFile.SetText(bytes, "基础数据表", $"B{row}", "12.5"), 2024);

        import.Problems.Should().ContainSingle().Which.Should().Match<TemplateProblem>(p => p.Cell == $"B{row}" && p.Message.Contains("整数"));
    }

    public static TheoryData<string> SeedFiles => TemplateTestData.SeedFiles;

    /// <summary>An evaluation as a stored version gives it back: amounts written one way, no groups an empty list.</summary>
    private static EvaluationContent AsStored(EvaluationContent e) => e with
    {
        Funds = e.Funds?.Select(f => f with { InitialBudget = Stored(f.InitialBudget), FullYearBudget = Stored(f.FullYearBudget), Executed = Stored(f.Executed) })
            .ToList() ?? [],
        Groups = e.Groups ?? [],
    };

    private static string? Stored(string? amount) =>
        amount is null ? null : WanYuanText.Of(FinalAccounts.Domain.Amounts.Money.ParseWanYuan(amount));

    private static byte[] Template(DisclosureContent seed) => TemplateTestData.Template(seed);

    private static EvaluationContent FullEvaluation() => new(
        "项目", "城市道路维护", "武汉市硚口区城市管理执法局", "区市政设施维护中心", "专项", "经常性项目", "运转类",
        [new FundLineContent("total", "500.00", "520.50", "475.12"), new FundLineContent("current-appropriation", "500.00", "520.50", "475.12")],
        10.00m, "91.28%", 9.13m,
        [new IndicatorGroupContent("产出指标", 50m), new IndicatorGroupContent("效益指标", 30m)],
        95.5m, "优", "部分路段因雨季延期。", "加强工期管理。", "全年完成道路维护 120 公里。\n第二段。",
        [
            new GoalContent("完成主次干道维护", [
                new IndicatorContent("产出指标", "数量指标", "维护道路里程", "≥120公里", "120公里", 10m, 9.10m, "无"),
                new IndicatorContent("产出指标", "质量指标", "道路完好率", "≥95%", "96%", 10m, 10m),
            ], "已完成"),
            new GoalContent("群众满意", [new IndicatorContent("满意度指标", null, "市民满意度", "≥90%", "93%", 10m, 10m)], null),
        ]);

    private static BasicDataContent FullBasicData() => new(
        120, 112, "93.33%",
        [
            new BasicDataLineContent("three-public", null, "40.00", "38.00", "35.50"),
            new BasicDataLineContent("vehicles", null, "20.00", "18.00", "17.25"),
            new BasicDataLineContent("projects", null, "900.00", "1,000.00", "950.25"),
            new BasicDataLineContent("project", "智慧城管平台", null, "600.00", "580.00"),
            new BasicDataLineContent("project", "背街小巷整治", null, "400.00", "370.25"),
            new BasicDataLineContent("public-costs", null, "150.00", "160.00", "155.10"),
        ],
        3200.5m, 3100m, "96.86%", "1,200.00", "1,150.00", "95.83%", "严格执行公务接待标准。");
}
