using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.UnitTests.Workbooks;
using FinalAccounts.Web.Staff;
using Xunit.Abstractions;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>The hostile-input corpus on the three imports.</summary>
public sealed class HostileUploadTests(PortalFactory portal, ITestOutputHelper output)
    : HostileInputTests(portal, output)
{
    private const string Xlsx = ListWorkbook.ContentType;
    private const string CatalogPage = "/staff/admin/catalogs";
    private const string AccountImportPage = "/staff/admin/users/import";
    private static readonly string[] AccountHeadings = ["用户名", "显示名称", "角色", "部门编码"];

    /// <summary>
    /// The three imports (a version's template, a year's catalog, staff accounts) with every hostile file,
    /// and hostile values in their cells and the catalog's year: a preview never writes; a refused file
    /// says in Chinese what is wrong; an accepted preview shows what it read escaped.
    /// </summary>
    [Fact]
    public async Task EveryImportAnswersHostileFilesAndCellsInChineseAndWritesNothing()
    {
        var editor = await SignInAsync(StaffRoles.Editor, Department);
        var admin = await SignInAsync(StaffRoles.Administrator);
        var key = await DraftAsync();
        var importPage = StaffPaths.Import(key.DepartmentCode, key.Year, key.Number);
        var template = await (await editor.Client.GetAsync(StaffPaths.Template(key.DepartmentCode, key.Year, key.Number))).Content.ReadAsByteArrayAsync();
        var catalog = await (await admin.Client.GetAsync(CatalogPage + "?handler=Download&year=2025")).Content.ReadAsByteArrayAsync();
        var run = await StartAsync("uploads");

        foreach (var (file, bytes) in HostileFiles.All)
        {
            await UploadCaseAsync(run, editor, $"template import ← {file}", importPage, bytes);
            await UploadCaseAsync(run, admin, $"catalog import ← {file}", CatalogPage, bytes, new() { ["Year"] = "2027" });
            await UploadCaseAsync(run, admin, $"account import ← {file}", AccountImportPage, bytes);
        }
        await UploadCaseAsync(run, editor, "template import ← formula in 公开02表 E8", importPage,
            WorkbookFile.Edit(template, d =>
            {
                var cell = WorkbookFile.CellAt(d, "公开02表", "E8");
                cell.CellFormula = new CellFormula("1+1");
                cell.CellValue = null;
            }));
        foreach (var value in HostileValues.All)
        {
            var text = HostileFiles.CellText(value.Value);
            await UploadCaseAsync(run, editor, HostileRun.Name("template import 公开02表 E8 (amount)", value), importPage,
                WorkbookFile.SetText(template, "公开02表", "E8", text));
            await UploadCaseAsync(run, editor, HostileRun.Name("template import 公开02表 A10 (code)", value), importPage,
                WorkbookFile.SetText(template, "公开02表", "A10", text));
            await UploadCaseAsync(run, admin, HostileRun.Name("catalog import Year", value), CatalogPage, catalog, new() { ["Year"] = value.Value });
            await UploadCaseAsync(run, admin, HostileRun.Name("catalog import 科目名称", value), CatalogPage,
                ListWorkbook.Write([
                    new ListSheetData(CatalogSheets.Functions, CatalogSheets.EntryColumns, [["204", text, "类", null]]),
                    new ListSheetData(CatalogSheets.Economics, CatalogSheets.EntryColumns, [["301", "工资福利支出", "类", null]]),
                ], HostileFiles.Timestamp), new() { ["Year"] = "2027" });
            for (var column = 0; column < AccountHeadings.Length; column++)
            {
                string?[] row = ["hostile-a", "恶意测试", "填报人", Department];
                row[column] = text;
                await UploadCaseAsync(run, admin, HostileRun.Name($"account import {AccountHeadings[column]}", value), AccountImportPage,
                    ListWorkbook.Write([new ListSheetData("账户", AccountHeadings, [row])], HostileFiles.Timestamp));
            }
        }

        run.Finish(atLeast: 300);
    }

    private static async Task UploadCaseAsync(HostileRun run, StaffBrowser browser, string name, string pageUrl, byte[] file,
        Dictionary<string, string>? fields = null) =>
        await run.CaseAsync(name, async () =>
        {
            var page = await browser.GetPageAsync(pageUrl);
            var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
            using var content = new MultipartFormDataContent();
            foreach (var (field, value) in StaffBrowser.FormValues(form).Where(v => fields?.ContainsKey(v.Key) != true).Concat(fields ?? []))
            {
                content.Add(new StringContent(value), field);
            }
            var upload = new ByteArrayContent(file);
            upload.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Xlsx);
            content.Add(upload, "Workbook", "hostile.xlsx");
            using var response = await browser.Client.PostAsync(form.GetAttribute("action"), content);
            if (run.Answered(name, response))
            {
                var html = await response.Content.ReadAsStringAsync();
                run.Encoded(name, html);
                var answer = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
                if (answer.QuerySelector("form[action*='handler=Apply']") is null)
                {
                    run.SaysInChinese(name, answer);
                }
            }
            await run.UnchangedAsync(name);
        });
}
