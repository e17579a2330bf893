using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.UnitTests.Validation;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>
/// Five 审计 departments of 武汉市's districts, each with a 2024 disclosure built by
/// <see cref="ConsistentDisclosureBuilder"/> (收支总计 2,791.28) but its own 机关运行经费 and 在职实有人数.
/// 甲's first version said 500.00; its correction, 100.00, is the one that counts. 戊 states no
/// 机关运行经费 and only its 行政 staff, so both its figure and its 在职实有人数 are blank.
/// </summary>
public static class PeerDepartments
{
    public const string Kind = "审计";
    public const int Year = 2024;
    public const decimal FirstVersionOfA = 500.00m;

    public sealed record Peer(string Code, string Name, string Region, decimal? OperatingCosts, int? Administrative, int? Institutional);

    public static IReadOnlyList<Peer> All { get; } =
    [
        new("test-sj-a", "测试审计局甲", "420104", 100.00m, 10, 0),
        new("test-sj-b", "测试审计局乙", "420111", 120.00m, 12, 0),
        new("test-sj-c", "测试审计局丙", "420114", 130.00m, 8, 2),
        new("test-sj-d", "测试审计局丁", "420104", 400.00m, 20, 5),
        new("test-sj-e", "测试审计局戊", "420111", null, 15, null),
    ];

    public static async Task PublishAsync(PortalFactory portal)
    {
        portal.CreateClient().Dispose(); // migrates and seeds the portal's database
        var at = new DateTimeOffset(2025, 5, 20, 10, 0, 0, TimeSpan.FromHours(8));
        await using var db = portal.Database.CreateContext();
        foreach (var peer in All)
        {
            var department = new Department(peer.Code, peer.Name, peer.Name, peer.Region, Kind);
            department.AddUnit(peer.Name + "本级", BudgetUnitKind.Own);
            db.Departments.Add(department);
            await db.SaveChangesAsync();
            var disclosure = new Disclosure(department.Id, new FiscalYear(Year));
            db.Disclosures.Add(disclosure);
            var first = peer == All[0] ? FirstVersionOfA : peer.OperatingCosts;
            await AddToCatalogAsync(db, Content(peer, first));
            await QiaokouYears.PublishAsync(db, department, disclosure.StartVersion(ConsistentDisclosureBuilder.Title, ConsistentDisclosureBuilder.ReportingUnit),
                Content(peer, first), at);
            if (first != peer.OperatingCosts)
            {
                var correction = disclosure.StartVersion(ConsistentDisclosureBuilder.Title, ConsistentDisclosureBuilder.ReportingUnit, "更正机关运行经费");
                await QiaokouYears.PublishAsync(db, department, correction, Content(peer, peer.OperatingCosts), at.AddDays(10));
            }
        }
    }

    /// <summary>The builder's codes, in the seeds' 2024 catalog where they are not yet.</summary>
    private static async Task AddToCatalogAsync(FinalAccountsDbContext db, DisclosureContent content)
    {
        var tables = content.Tables;
        var functions = (tables.T02?.Rows.Select(r => (r.Code, r.Name)) ?? [])
            .Concat(tables.T03?.Rows.Select(r => (r.Code, r.Name)) ?? [])
            .Concat(tables.T05?.Rows.Select(r => (r.Code, r.Name)) ?? [])
            .Concat(content.Glossary?.Select(g => (Code: g.FunctionCode, Name: g.Term)) ?? [])
            .Where(p => p.Code is not null).DistinctBy(p => p.Code);
        foreach (var (code, name) in functions)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO function_classifications (year, code, name) VALUES ({Year}, {code}, {name}) ON CONFLICT DO NOTHING
                """);
        }
        foreach (var row in tables.T06?.Rows ?? [])
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO economic_classifications (year, code, name) VALUES ({Year}, {row.Code}, {row.Name}) ON CONFLICT DO NOTHING
                """);
        }
    }

    private static DisclosureContent Content(Peer peer, decimal? operatingCosts)
    {
        var built = new ConsistentDisclosureBuilder()
            .WithOperatingCosts(c => c.Amount = operatingCosts is { } amount ? Money.FromWanYuan(amount) : null)
            .Build().Version;
        var content = DisclosureSnapshot.Capture(built, peer.Code, Year);
        return content with
        {
            Profile = (content.Profile ?? new ProfileContent([], null, null)) with
            {
                Staffing = new StaffingContent(peer.Administrative, peer.Institutional, null, null),
            },
        };
    }
}
