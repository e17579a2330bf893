using System.Net;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// A year's catalog is imported on /staff/admin/catalogs from a workbook: previewed against last year
/// (new, renamed, removed, moved), applied whole with a log entry, and refused — with nothing written —
/// when the file is wrong, when it would remove a code in use, or when the year changed since the preview.
/// </summary>
public sealed class CatalogAdministrationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Catalogs = "/staff/admin/catalogs";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ANewYearsCatalogIsPreviewedAgainstLastYearImportedAndOpensTheYear()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "catalog-admin", StaffRoles.Administrator);
        var download = await admin.Client.GetAsync(Catalogs + "?handler=Download&year=2025");
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        var (lastYear, _) = CatalogWorkbook.Read(await download.Content.ReadAsStreamAsync());
        var revised = lastYear! with
        {
            Functions = [.. lastYear.Functions.Where(l => l.Code != "234")
                .Select(l => l.Code == "207" ? l with { Name = "文化旅游体育与传媒支出（2026年修订）" } : l),
                new CatalogLine("235", "超长期特别国债安排的支出", null)],
            Moves = [new CatalogMoveLine(CatalogKind.Function, "234", "235")],
        };

        var preview = await admin.UploadAsync(Catalogs, "Workbook", CatalogWorkbook.Write(revised, Timestamp), "2026.xlsx", Xlsx,
            new() { ["Year"] = "2026" });

        preview.QuerySelector("#changes-function")!.TextContent.Should().Contain("新增 1 个、改名 1 个、删除 1 个");
        preview.QuerySelector("#changes-table-function tr.renamed")!.TextContent.Should().Contain("207").And.Contain("（2026年修订）");
        preview.QuerySelector("#changes-table-function tr.added")!.TextContent.Should().Contain("235");
        preview.QuerySelector("#changes-table-function tr.removed")!.TextContent.Should().Contain("234");
        preview.QuerySelector("#catalog-moves tbody")!.TextContent.Should().Contain("234").And.Contain("235");
        await using (var db = portal.Database.CreateContext())
        {
            (await db.FunctionClassifications.AnyAsync(c => c.Year == new FiscalYear(2026))).Should().BeFalse("nothing is written before the confirmation");
        }

        // An answer the public pages' cache holds, as a cached page would be.
        var cached = portal.Services.GetRequiredService<IOutputCacheStore>();
        await cached.SetAsync("catalog-probe", [1], [PublicPageCache.Tag], TimeSpan.FromMinutes(5), CancellationToken.None);

        var applied = await admin.SubmitAsync(Catalogs, (AngleSharp.Html.Dom.IHtmlFormElement)preview.QuerySelector("#apply-catalog")!, []);

        applied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await cached.GetAsync("catalog-probe", CancellationToken.None)).Should().BeNull(
            "a year's catalog may show on any page (the comparisons read its code moves), so every cached answer is dropped");
        await using (var db = portal.Database.CreateContext())
        {
            var year = new FiscalYear(2026);
            (await db.FunctionClassifications.CountAsync(c => c.Year == year)).Should().Be(lastYear.Functions.Count);
            (await db.FunctionClassifications.SingleAsync(c => c.Year == year && c.Code == FunctionCode.Parse("207"))).Name
                .Should().Be("文化旅游体育与传媒支出（2026年修订）");
            (await db.EconomicClassifications.CountAsync(c => c.Year == year)).Should().Be(lastYear.Economics.Count);
            (await db.CatalogCodeMoves.SingleAsync(m => m.Year == year)).Should().Match<CatalogCodeMove>(m => m.OldCode == "234" && m.NewCode == "235");
            var entry = await db.AdministrationEntries.SingleAsync(e => e.Subject == "科目表 2026年度");
            entry.Action.Should().Be("导入科目表");
            entry.After.Should().Contain("与2025年度相比").And.Contain("207 文化旅游体育与传媒支出→文化旅游体育与传媒支出（2026年修订）");
        }
        var editor = await StaffBrowser.SignedInAsync(portal, "catalog-editor", StaffRoles.Editor, "420104-sfj");
        var started = await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = "2026", ["FromLastYear"] = "false" });
        started.StatusCode.Should().Be(HttpStatusCode.Redirect, "the year opens once its catalog exists");
    }

    [Fact]
    public async Task AFileWithDuplicateCodesOrAMissingParentIsRefusedRowByRowAndNothingIsWritten()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "catalog-bad-admin", StaffRoles.Administrator);
        var file = ListWorkbook.Write(
        [
            new ListSheetData(CatalogSheets.Functions, CatalogSheets.EntryColumns,
                [["204", "公共安全支出", "类", null], ["204", "公共安全", "类", null], ["2049901", "其他", "项", null], ["20406", "司法", "类", null]]),
            new ListSheetData(CatalogSheets.Economics, CatalogSheets.EntryColumns, [["301", "工资福利支出", "类", null]]),
        ], Timestamp);

        var page = await admin.UploadAsync(Catalogs, "Workbook", file, "bad.xlsx", Xlsx, new() { ["Year"] = "2027" });

        page.QuerySelectorAll(".import-problems tbody tr").Select(r => r.TextContent).Should().Contain(
            t => t.Contains("A3") && t.Contains("科目编码“204”重复")).And.Contain(
            t => t.Contains("A4") && t.Contains("上级科目“20499”不在表中")).And.Contain(
            t => t.Contains("A5") && t.Contains("级次为“类”的科目编码应为 3 位，“20406”是 5 位"));
        page.QuerySelector("#apply-catalog").Should().BeNull();
        await using var db = portal.Database.CreateContext();
        (await db.FunctionClassifications.AnyAsync(c => c.Year == new FiscalYear(2027))).Should().BeFalse();
        (await db.AdministrationEntries.AnyAsync(e => e.Subject == "科目表 2027年度")).Should().BeFalse();
    }

    [Fact]
    public async Task ACodeThatADisclosureOfTheYearUsesCannotBeRemoved()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "catalog-inuse-admin", StaffRoles.Administrator);
        await using var scope = StaffActors.Scope(portal);
        var catalogs = scope.ServiceProvider.GetRequiredService<CatalogAdministration>();
        var current = await catalogs.CatalogAsync(2024);
        var without = current with { Functions = current.Functions.Where(l => l.Code != "2040601").ToList() };

        var page = await admin.UploadAsync(Catalogs, "Workbook", CatalogWorkbook.Write(without, Timestamp), "2024.xlsx", Xlsx, new() { ["Year"] = "2024" });

        page.QuerySelector("#catalog-problems")!.TextContent.Should().Contain("2040601").And.Contain("已在2024年度的决算中使用，不能从科目表中删除");
        var forged = await catalogs.ApplyAsync(2024, without, CatalogAdministration.Fingerprint(current), new StaffActor("x", "伪造"));
        forged.Succeeded.Should().BeFalse("the apply step checks again whatever the form carries");
        (await catalogs.CatalogAsync(2024)).Functions.Should().Contain(l => l.Code == "2040601");
    }

    [Fact]
    public async Task AnImportAfterSomeoneElsesOfTheSameYearIsRefusedAndATamperedCopyIsChecked()
    {
        var admin = await StaffBrowser.SignedInAsync(portal, "catalog-stale-admin", StaffRoles.Administrator);
        await using var scope = StaffActors.Scope(portal);
        var catalogs = scope.ServiceProvider.GetRequiredService<CatalogAdministration>();
        var base2025 = await catalogs.CatalogAsync(2025);
        var first = await admin.UploadAsync(Catalogs, "Workbook", CatalogWorkbook.Write(base2025 with { Moves = [] }, Timestamp), "2028.xlsx", Xlsx,
            new() { ["Year"] = "2028" });
        var second = await admin.UploadAsync(Catalogs, "Workbook", CatalogWorkbook.Write(base2025 with { Moves = [] }, Timestamp), "2028.xlsx", Xlsx,
            new() { ["Year"] = "2028" });
        (await admin.SubmitAsync(Catalogs, (AngleSharp.Html.Dom.IHtmlFormElement)second.QuerySelector("#apply-catalog")!, []))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var stale = await admin.SubmitAsync(Catalogs, (AngleSharp.Html.Dom.IHtmlFormElement)first.QuerySelector("#apply-catalog")!, []);
        (await StaffBrowser.ParseAsync(stale)).QuerySelector("#catalog-error")!.TextContent.Should().Contain("在预览之后已被修改");

        var tampered = await admin.SubmitAsync(Catalogs, (AngleSharp.Html.Dom.IHtmlFormElement)first.QuerySelector("#apply-catalog")!,
            new() { ["Year"] = "2029", ["CatalogJson"] = """{"functions":[{"code":"9","name":"x"}],"economics":[],"moves":[]}""" });
        (await StaffBrowser.ParseAsync(tampered)).QuerySelector("#catalog-error")!.TextContent.Should().Contain("不是有效的支出功能分类科目编码");
        await using var db = portal.Database.CreateContext();
        (await db.FunctionClassifications.AnyAsync(c => c.Year == new FiscalYear(2029))).Should().BeFalse();
        (await db.AdministrationEntries.CountAsync(e => e.Subject == "科目表 2028年度")).Should().Be(1);
    }
}
