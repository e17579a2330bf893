using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.UnitTests.Workbooks;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// The Excel route through the pages: the template of a draft imports back unchanged; a changed
/// workbook is previewed cell by cell and applied in one step; malformed workbooks are each refused
/// with a message that names the place, and change nothing.
/// </summary>
public sealed class ImportTests(PortalFactory portal) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private const string Department = "420104-sfj";
    private static readonly VersionKey Draft = new(Department, 2024, 2);
    private const string ImportPage = "/staff/disclosures/420104-sfj/2024/v2/import";
    private StaffBrowser _editor = null!;
    private string _userName = null!;

    // xunit makes an instance per test: each test signs in its own editor; the first opens the correction.
    public async Task InitializeAsync()
    {
        _userName = "import-editor-" + Guid.NewGuid().ToString("N")[..8];
        _editor = await StaffBrowser.SignedInAsync(portal, _userName, StaffRoles.Editor, Department);
        var workspace = await _editor.GetPageAsync("/staff/disclosures/420104-sfj/2024");
        if (workspace.QuerySelector("form[action$='handler=Correct']") is not null)
        {
            var opened = await _editor.SubmitAsync("/staff/disclosures/420104-sfj/2024", "form[action$='handler=Correct']",
                new() { ["Comment"] = "导入测试" });
            opened.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheDraftsTemplateImportsBackWithoutAChange()
    {
        var template = await DownloadTemplateAsync();

        var preview = await UploadAsync(template, "template.xlsx");

        preview.QuerySelector("#changes-heading")!.TextContent.Should().Be("将修改 0 处");
        var applied = await ApplyAsync(preview);
        applied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await _editor.GetPageAsync("/staff/disclosures/420104-sfj/2024")).QuerySelector(".notice-success")!.TextContent
            .Should().Contain("没有修改");
    }

    [Fact]
    public async Task AChangedWorkbookIsPreviewedCellByCellAndAppliedInOneStep()
    {
        var before = await StaffActors.LoadAsync(portal, Draft);
        var total = before.Tables.T02!.Rows.Single(r => r.Code is null);
        var changed = before.Tables with
        {
            T02 = before.Tables.T02 with
            {
                Rows = before.Tables.T02.Rows.Select(r => r.Code is null ? r with { Total = "3,500.00" } : r).ToList(),
            },
        };
        var workbook = TemplateWorkbook.Write(changed, new TemplateTitle(before.Version.Title, before.Version.ReportingUnit, 2024));

        var preview = await UploadAsync(workbook, "changed.xlsx");

        var rows = preview.QuerySelectorAll(".import-changes tbody tr").ToList();
        rows.Should().ContainSingle(string.Join(" / ", rows.Select(r => r.TextContent)));
        rows[0].Children[0].TextContent.Should().StartWith("公开02表 合计");
        rows[0].Children.Skip(1).Select(c => c.TextContent).Should().Equal(total.Total, "3,500.00");
        preview.QuerySelector("#import-findings-heading")!.TextContent.Should().MatchRegex(@"错误 \d+ 个 · 警告 \d+ 个 · 提示 \d+ 个",
            "the findings on the imported content are counted before applying");
        (await StaffActors.LoadAsync(portal, Draft)).Tables.T02!.Rows.Single(r => r.Code is null).Total
            .Should().Be(total.Total, "nothing is written before the person confirms");

        (await ApplyAsync(preview)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StaffActors.LoadAsync(portal, Draft)).Tables.T02!.Rows.Single(r => r.Code is null).Total.Should().Be("3,500.00");
        var history = await _editor.GetPageAsync("/staff/disclosures/420104-sfj/2024/history");
        history.QuerySelectorAll(".audit-log tbody tr").Should().Contain(r =>
            r.Children[3].TextContent == "导入" && r.Children[5].TextContent == total.Total && r.Children[6].TextContent == "3,500.00");
    }

    public static TheoryData<string, string> MalformedWorkbooks => new()
    {
        { "wrong-sheet", "工作簿中没有这张表" },
        { "text-amount", "“十二万”不是金额" },
        { "unknown-code", "2040698 不在2024年度支出功能分类科目中" },
        { "extra-column", "表格右侧的Q列有内容“备注”" },
        { "not-xlsx", "不是 Excel 工作簿" },
        { "twenty-megabytes", "20 MB" },
        { "evaluation-score", "“九分”不是分值" },
    };

    [Theory]
    [MemberData(nameof(MalformedWorkbooks))]
    public async Task AMalformedWorkbookIsRefusedWithAClearMessageAndChangesNothing(string malformation, string expected)
    {
        var before = await StaffActors.LoadAsync(portal, Draft);
        var template = await DownloadTemplateAsync();
        var file = malformation switch
        {
            "wrong-sheet" => WorkbookFile.Edit(template, d =>
                d.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "公开02表").Name = "Sheet1"),
            "text-amount" => WorkbookFile.SetText(template, "公开02表", "E8", "十二万"),
            "unknown-code" => WorkbookFile.SetText(template, "公开02表", "A10", "2040698"),
            "extra-column" => WorkbookFile.SetText(template, "公开02表", "Q9", "备注"),
            "not-xlsx" => "科目编码,科目名称,金额\n2040601,行政运行,12.00\n"u8.ToArray(),
            "twenty-megabytes" => new byte[21 * 1024 * 1024],
            "evaluation-score" => WorkbookFile.SetText(template, "绩效自评1",
                $"H{WorkbookFile.RowsByLabel(template, "绩效自评1")["目标序号|一级指标"] + 1}", "九分"),
            _ => throw new ArgumentOutOfRangeException(nameof(malformation)),
        };

        var preview = await UploadAsync(file, malformation + ".xlsx");

        preview.QuerySelector("#problems-heading")!.TextContent.Should().Contain("未导入任何内容");
        preview.QuerySelector(".import-problems")!.TextContent.Should().Contain(expected);
        preview.QuerySelector("form[action$='handler=Apply']").Should().BeNull("a refused file cannot be applied");
        ContentChanges.Between(before, await StaffActors.LoadAsync(portal, Draft)).Should().BeEmpty();
    }

    [Fact]
    public async Task EvaluationsAndTheBasicDataFormChangedInTheWorkbookArePreviewedAndApplied()
    {
        var before = await StaffActors.LoadAsync(portal, Draft);
        var template = await DownloadTemplateAsync();
        var first = WorkbookFile.RowsByLabel(template, "绩效自评1");
        var added = WorkbookFile.RowsByLabel(template, "绩效自评（新增项目）");
        var basic = WorkbookFile.RowsByLabel(template, "基础数据表");
        var file = WorkbookFile.Edit(template, d =>
        {
            WorkbookFile.SetText(d, "绩效自评1", $"B{first["总分"]}", "88.50");
            WorkbookFile.SetText(d, "绩效自评（新增项目）", $"B{added["项目名称"]}", "社区矫正信息化建设");
            WorkbookFile.SetNumber(d, "绩效自评（新增项目）", $"C{added["年度资金总额"]}", "36.8");
            WorkbookFile.SetNumber(d, "绩效自评（新增项目）", $"D{added["年度资金总额"]}", "35.2");
            WorkbookFile.SetNumber(d, "基础数据表", $"B{basic["编制数（人）"]}", "45");
            WorkbookFile.SetNumber(d, "基础数据表", $"B{basic["实际在职人数（人）"]}", "43");
        });

        var preview = await UploadAsync(file, "evaluations.xlsx");

        var changes = preview.QuerySelectorAll(".import-changes tbody tr").Select(r => r.TextContent).ToList();
        changes.Should().Contain(c => c.Contains("88.50")).And.Contain(c => c.Contains("社区矫正信息化建设"))
            .And.Contain(c => c.Contains("45"));
        (await StaffActors.LoadAsync(portal, Draft)).Should().BeEquivalentTo(before, "nothing is written before the person confirms");

        (await ApplyAsync(preview)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await StaffActors.LoadAsync(portal, Draft);
        after.Evaluations![0].TotalScore!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("88.50");
        var project = after.Evaluations.Should().ContainSingle(e => e.Name == "社区矫正信息化建设").Subject;
        project.Funds.Should().ContainSingle().Which.Should().Be(new FundLineContent("total", null, "36.80", "35.20"));
        (after.BasicData!.AuthorizedStaff, after.BasicData.ActualStaff).Should().Be((45, 43));
        after.Evaluations.Should().HaveCount(before.Evaluations!.Count + 1);
        after.Tables.Should().BeEquivalentTo(before.Tables);
    }

    [Fact]
    public async Task AnImportIsRefusedWhenTheTablesChangedSinceThePreview()
    {
        var preview = await UploadAsync(await DownloadTemplateAsync(), "template.xlsx");
        (await StaffActors.SaveAsync(portal, Draft, await StaffActors.ActorAsync(portal, _userName),
            c => c with { Tables = c.Tables with { T02 = c.Tables.T02! with { EmptyStatement = "并发修改" } } }))
            .Outcome.Should().Be(EditOutcome.Saved);

        var applied = await ApplyAsync(preview);

        applied.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StaffBrowser.ParseAsync(applied)).QuerySelector("[role=alert]")!.TextContent.Should().Contain("已被其他人修改");
        (await StaffActors.LoadAsync(portal, Draft)).Tables.T02!.EmptyStatement.Should().Be("并发修改");
    }

    [Fact]
    public async Task AnotherDepartmentsEditorCannotImport()
    {
        var outsider = await StaffBrowser.SignedInAsync(portal, "import-outsider", StaffRoles.Editor, "420111-sfj");

        (await outsider.Client.GetAsync(ImportPage)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await outsider.Client.GetAsync("/staff/disclosures/420104-sfj/2024/v2/template.xlsx")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    private async Task<byte[]> DownloadTemplateAsync()
    {
        var response = await _editor.Client.GetAsync("/staff/disclosures/420104-sfj/2024/v2/template.xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(TemplateWorkbook.ContentType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task AnUploadOverTheLimitIsAnsweredWithTheLimitInChineseAndChangesNothing()
    {
        var before = await StaffActors.LoadAsync(portal, Draft);
        var page = await _editor.GetPageAsync(ImportPage);
        var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in StaffBrowser.FormValues(form))
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new ByteArrayContent(new byte[50 * 1024 * 1024]), "Workbook", "huge.xlsx");

        var response = await _editor.Client.PostAsync(form.GetAttribute("action"), content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("上传的文件太大").And.Contain("MB");
        ContentChanges.Between(before, await StaffActors.LoadAsync(portal, Draft)).Should().BeEmpty();
    }

    private Task<IHtmlDocument> UploadAsync(byte[] file, string fileName) =>
        _editor.UploadAsync(ImportPage, "Workbook", file, fileName, TemplateWorkbook.ContentType);

    private Task<HttpResponseMessage> ApplyAsync(IHtmlDocument preview) =>
        _editor.SubmitAsync(ImportPage, (IHtmlFormElement)preview.QuerySelector("form[action$='handler=Apply']")!, []);
}
