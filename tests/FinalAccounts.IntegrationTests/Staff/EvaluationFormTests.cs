using System.Net;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Pdf;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// A project self-evaluation added from nothing and filled as the standard form prints it — funds,
/// weights, goals in two columns, indicators with scores to two decimals and a deviation — then read
/// back from the database, the form's findings and the PDF a reviewer sees.
/// </summary>
public sealed class EvaluationFormTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const string Form = "form.part-form";

    private static readonly Dictionary<string, string> WholeForm = new()
    {
        ["Input.SupervisingDepartment"] = "硚口区司法局",
        ["Input.Funds[total].InitialBudget"] = "120",
        ["Input.Funds[total].FullYearBudget"] = "120",
        ["Input.Funds[total].Executed"] = "109.2",
        ["Input.Funds[current-appropriation].InitialBudget"] = "100",
        ["Input.Funds[current-appropriation].FullYearBudget"] = "100",
        ["Input.Funds[current-appropriation].Executed"] = "89.2",
        ["Input.Funds[carried-over].FullYearBudget"] = "20",
        ["Input.Funds[carried-over].Executed"] = "20",
        ["Input.FundWeight"] = "10",
        ["Input.Goals[0].Text"] = "建成社区矫正信息化平台。",
        ["Input.Goals[0].Achieved"] = "平台于10月上线运行。",
        ["Input.Goals[0].Indicators[0].Level1"] = "产出指标",
        ["Input.Goals[0].Indicators[0].Level2"] = "数量指标",
        ["Input.Goals[0].Indicators[0].Level3"] = "接入司法所数",
        ["Input.Goals[0].Indicators[0].Target"] = "13个",
        ["Input.Goals[0].Indicators[0].Actual"] = "12个",
        ["Input.Goals[0].Indicators[0].Weight"] = "50",
        ["Input.Goals[0].Indicators[0].Score"] = "46.20",
        ["Input.Goals[0].Indicators[0].Deviation"] = "一个司法所搬迁，明年接入。",
        ["Input.TotalScore"] = "55.30",
        ["Input.Grade"] = "差",
    };

    [Fact]
    public async Task AProjectEvaluationTypedFromNothingIsStoredPrintedAndCheckedAsTheFormPrintsIt()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "evaluation-form", StaffRoles.Editor, Department);
        var key = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "补充项目自评表", new StaffActor("eval-opener", "开更正的人"));
        var page = StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, "evaluations");
        var count = (await StaffActors.LoadAsync(portal, key)).Evaluations!.Count;
        (await editor.SubmitAsync(page, "#add-evaluation", new() { ["NewKind"] = "项目", ["NewName"] = "社区矫正信息化项目" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var url = $"{page}?evaluation={count + 1}";

        var saved = await editor.SubmitAsync(url, Form, WholeForm);

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, (await StaffBrowser.ParseAsync(saved)).QuerySelector(".field-error, #refusal")?.TextContent);
        var evaluation = (await StaffActors.LoadAsync(portal, key)).Evaluations![count];
        evaluation.Funds.Should().Equal(
            new FundLineContent("total", "120.00", "120.00", "109.20"),
            new FundLineContent("current-appropriation", "100.00", "100.00", "89.20"),
            new FundLineContent("carried-over", null, "20.00", "20.00"));
        (evaluation.FundWeight, evaluation.TotalScore!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().Be((10m, "55.30"));
        evaluation.Goals[0].Achieved.Should().Be("平台于10月上线运行。");
        evaluation.Goals[0].Indicators[0].Deviation.Should().Be("一个司法所搬迁，明年接入。");

        // 109.20 / 120.00 is 91.00%, whose score of 10 is 9.10; with 46.20 the total is 55.30, 差, and the weights are 60, not 100.
        var form = await editor.GetPageAsync(url);
        Value(form, "Input.Goals[0].Indicators[0].Score").Should().Be("46.20", "a score keeps the decimals typed");
        form.QuerySelector("#Input_ExecutionRate-hint")!.TextContent.Should().Contain("91.00%");
        form.QuerySelector("#Input_FundScore-hint")!.TextContent.Should().Contain("9.1 分");
        var findings = form.QuerySelectorAll(".item-findings li").Select(li => li.TextContent).ToList();
        findings.Should().ContainSingle(f => f.Contains("分值合计为 60 分", StringComparison.Ordinal));
        findings.Should().NotContain(f => f.Contains("总分", StringComparison.Ordinal), "55.30 is Σ得分 with the computed 9.10");

        var pdf = await PreviewPagesAsync(key);
        var sheet = pdf.Single(p => p.Contains("社区矫正信息化项目", StringComparison.Ordinal) && p.Contains("得分", StringComparison.Ordinal));
        sheet.Should().Contain("年度资金总额120.00120.00109.201091.00%9.10")
            .And.Contain("上年结转资金").And.Contain("20.0020.00")
            .And.Contain("建成社区矫正信息化平台。").And.Contain("平台于10月上线运行。")
            .And.Contain("46.20").And.Contain("55.30").And.Contain("一个司法所搬迁，明年接入。");

        // A score changed afterwards no longer adds up: the form says so with both figures.
        (await editor.SubmitAsync(url, Form, new() { ["Input.Goals[0].Indicators[0].Score"] = "40" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await editor.GetPageAsync(url)).QuerySelectorAll(".item-findings li").Select(li => li.TextContent)
            .Should().Contain(f => f.Contains("总分填写为 55.30 分", StringComparison.Ordinal) && f.Contains("49.1 分", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Input.FundWeight", "-1", "不能为负数")]
    [InlineData("Input.Goals[0].Indicators[0].Score", "9.123", "最多保留 2 位小数")]
    [InlineData("Input.FundScore", "12", "超过了分值")]
    [InlineData("Input.ExecutionRate", "全部", "须填写百分数")]
    [InlineData("Input.Funds[total].Executed", "-5", "不能为负数")]
    public async Task AFigureNoFormPrintsIsRefusedNextToItsFieldAndNothingIsSaved(string field, string value, string message)
    {
        var editor = await StaffBrowser.SignedInAsync(portal, $"eval-{Guid.NewGuid():N}"[..14], StaffRoles.Editor, Department);
        var key = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "补充项目自评表", new StaffActor("eval-opener", "开更正的人"));
        var url = StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, "evaluations") + "?evaluation=2";
        var before = System.Text.Json.JsonSerializer.Serialize(await StaffActors.LoadAsync(portal, key));

        var refused = await editor.SubmitAsync(url, Form, new() { ["Input.FundWeight"] = "10", [field] = value });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        var shown = await StaffBrowser.ParseAsync(refused);
        shown.GetElementById(FinalAccounts.Web.Pages.Staff.Disclosures.Parts.PartField.IdOf(field) + "-error")!.TextContent.Should().Contain(message);
        Value(shown, field).Should().Be(value, "what was typed stays on the form");
        System.Text.Json.JsonSerializer.Serialize(await StaffActors.LoadAsync(portal, key)).Should().Be(before);
    }

    [Fact]
    public async Task AFundRowTheFormDoesNotHaveIsRefused()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "eval-tampered", StaffRoles.Editor, Department);
        var key = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "补充项目自评表", new StaffActor("eval-opener", "开更正的人"));
        var url = StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, "evaluations") + "?evaluation=2";

        // A project form has no breakdown by the nature of spending.
        var refused = await editor.SubmitAsync(url, Form, new() { ["Input.Funds[basic].Executed"] = "5" });

        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StaffBrowser.ParseAsync(refused)).GetElementById("Input_Funds-error")!.TextContent.Should().Contain("本表没有的行“basic”");
    }

    private async Task<List<string>> PreviewPagesAsync(VersionKey key)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var preview = await scope.ServiceProvider.GetRequiredService<PublishedPdfStore>()
            .GetAsync(key.DepartmentCode, key.Year, key.Number, VersionVisibility.IncludingUnpublished);
        return PdfText.Pages(preview!.Content).Select(PdfText.Squeeze).ToList();
    }

    private static string? Value(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        (page.QuerySelector($"[name='{name}']") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value;
}
