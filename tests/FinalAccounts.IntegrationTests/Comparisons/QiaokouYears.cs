using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Infrastructure;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>
/// 硚口 2023, derived from the 硚口 2024 seed with known differences in 公开05表, so a comparison of
/// the two years has known changes: 2040601 行政运行 1,500.00 → 1,712.45 (+212.45, +14.2%);
/// 2040602 一般行政管理事务 50.00 → 108.98 (+58.98, +118%); 2040612 法治建设, a code the 2024 catalog
/// added, absent → 194.54. 机关运行经费 190.00 → 207.68.
/// </summary>
public static class QiaokouYears
{
    public const string Department = "420104-sfj";

    /// <summary>法治建设: in the 2024 catalog, not in 2023's.</summary>
    public const string NewIn2024 = "2040612";

    public static async Task PublishDerived2023Async(PortalFactory portal)
    {
        portal.CreateClient().Dispose(); // migrates and seeds the portal's database
        var seed = Seed2024();
        var tables = seed.Tables;
        var t05 = tables.T05!;
        var content = seed with
        {
            Year = 2023,
            OperatingCosts = seed.OperatingCosts! with { Amount = "190.00" },
            Glossary = [.. seed.Glossary!.Where(g => g.FunctionCode != NewIn2024)],
            Tables = tables with
            {
                T02 = tables.T02! with { Rows = [.. tables.T02.Rows.Where(r => r.Code != NewIn2024)] },
                T03 = tables.T03! with { Rows = [.. tables.T03.Rows.Where(r => r.Code != NewIn2024)] },
                T05 = t05 with
                {
                    Rows = [.. t05.Rows.Where(r => r.Code != NewIn2024).Select(r => r.Code switch
                    {
                        "2040601" => r with { Subtotal = "1,500.00", Basic = "1,500.00" },
                        "2040602" => r with { Subtotal = "50.00", Project = "50.00" },
                        _ => r,
                    })],
                },
            },
        };
        await using var db = portal.Database.CreateContext();
        // The seeds' 2023 catalog lists only what 蔡甸 2023 uses; give it 硚口's codes, all but the one 2024 added.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO function_classifications (year, code, name, explanation)
            SELECT 2023, code, name, explanation FROM function_classifications c
            WHERE year = 2024 AND code <> {NewIn2024}
              AND NOT EXISTS (SELECT 1 FROM function_classifications o WHERE o.year = 2023 AND o.code = c.code)
            """);
        var department = await db.Departments.SingleAsync(d => d.Code == Department);
        var year = new FiscalYear(2023);
        var disclosure = new Disclosure(department.Id, year);
        db.Disclosures.Add(disclosure);
        var version = disclosure.StartVersion("2023年度硚口区司法局部门决算公开", seed.Version.ReportingUnit);
        await PublishAsync(db, department, version, content, new DateTimeOffset(2024, 5, 20, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    /// <summary>The 硚口 2024 seed file's content, as the portal loaded it.</summary>
    public static DisclosureContent Seed2024() => ContentReader.Deserialize<DisclosureContent>(
        Path.Combine(RepositoryPaths.SeedDirectory, "disclosures", "qiaokou-2024.json"), "qiaokou-2024.json");

    /// <summary>Writes the content into the draft and publishes it, which writes its line facts.</summary>
    public static async Task PublishAsync(FinalAccountsDbContext db, Department department, DisclosureVersion draft, DisclosureContent content,
        DateTimeOffset at)
    {
        await db.WriteContentAsync(draft, new FiscalYear(content.Year), content, "测试", CancellationToken.None);
        await db.SaveChangesAsync();
        // Content is written while the version is a draft; the database refuses it afterwards.
        draft.Submit();
        draft.Publish(at, department);
        await db.SaveChangesAsync();
    }
}
