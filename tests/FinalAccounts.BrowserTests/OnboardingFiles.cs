using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// The spreadsheets people bring to the onboarding journey, made the way they make them: last
/// year's catalog with this year's rename, an account list, and the nine tables in the template.
/// </summary>
internal static class OnboardingFiles
{
    /// <summary>
    /// A consistent year of tables a 司法局 publishes (the 硚口区 2024 seed), standing in for what the
    /// new department's 决算 software exports; its 说明, facts and prior-year figures fill the forms.
    /// </summary>
    public static DisclosureContent Sample { get; } = ContentReader.Deserialize<DisclosureContent>(
        Path.Combine(RepositoryPaths.SeedDirectory, "disclosures", "qiaokou-2024.json"), "qiaokou-2024.json");

    /// <summary>The downloaded catalog with one code renamed, as the next year's revision does.</summary>
    public static byte[] CatalogWithRename(byte[] downloaded, string code, string newName)
    {
        using var stream = new MemoryStream(downloaded);
        var (catalog, problems) = CatalogWorkbook.Read(stream);
        catalog.Should().NotBeNull("the catalog the page offers reads back ({0})", string.Join(" ", problems));
        var renamed = catalog! with
        {
            Functions = catalog.Functions.Select(l => l.Code == code ? l with { Name = newName } : l).ToList(),
        };
        renamed.Functions.Should().Contain(l => l.Name == newName, "the renamed code is in last year's catalog");
        return CatalogWorkbook.Write(renamed, DateTimeOffset.UtcNow);
    }

    public static byte[] Accounts(string department, params (string UserName, string DisplayName, string Role)[] accounts) =>
        ListWorkbook.Write(
        [
            new ListSheetData("账户", ["用户名", "显示名称", "角色", "部门编码"],
                accounts.Select(a => (IReadOnlyList<object?>)[a.UserName, a.DisplayName, StaffRoles.ToChinese(a.Role), department]).ToList()),
        ], DateTimeOffset.UtcNow);

    /// <summary>The sample's nine tables in the staff template of the new year, the way the template download writes it.</summary>
    public static byte[] FilledTemplate(string title, string reportingUnit, int year)
    {
        var tables = Sample.Tables;
        var lastYear = Sample.Year.ToString();
        string? Restated(string? statement) => statement?.Replace(lastYear, year.ToString(), StringComparison.Ordinal);
        tables = tables with
        {
            T07 = tables.T07! with { EmptyStatement = Restated(tables.T07.EmptyStatement) },
            T08 = tables.T08! with { EmptyStatement = Restated(tables.T08.EmptyStatement) },
        };
        return TemplateWorkbook.Write(tables, new TemplateTitle(title, reportingUnit, year));
    }

    /// <summary>An upload for a file input: the bytes under the name a person's file would have.</summary>
    public static Microsoft.Playwright.FilePayload Upload(string name, byte[] content) =>
        new() { Name = name, MimeType = ListWorkbook.ContentType, Buffer = content };
}
