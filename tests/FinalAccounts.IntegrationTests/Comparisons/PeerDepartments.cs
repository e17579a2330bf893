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
        foreach (var peer in All)
        {
            var first = peer == All[0] ? FirstVersionOfA : peer.OperatingCosts;
            await PublishAsync(portal, peer, Year, first);
            if (first != peer.OperatingCosts)
            {
                await PublishAsync(portal, peer, Year, peer.OperatingCosts, correction: "更正机关运行经费");
            }
        }
    }

    /// <summary>
    /// Publishes the peer's year (creating the department the first time) with its 机关运行经费 and staff, the
    /// builder's figures otherwise as <paramref name="change"/> leaves them; a correction note makes it a new version.
    /// </summary>
    public static async Task PublishAsync(PortalFactory portal, Peer peer, int year, decimal? operatingCosts,
        Action<ConsistentDisclosureBuilder>? change = null, string? correction = null)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(peer);
        await using var db = portal.Database.CreateContext();
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == peer.Code);
        if (department is null)
        {
            department = new Department(peer.Code, peer.Name, peer.Name, peer.Region, Kind);
            department.AddUnit(peer.Name + "本级", BudgetUnitKind.Own);
            db.Departments.Add(department);
            await db.SaveChangesAsync();
        }
        var disclosure = await db.Disclosures.Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.DepartmentId == department.Id && d.Year == new FiscalYear(year));
        if (disclosure is null)
        {
            disclosure = new Disclosure(department.Id, new FiscalYear(year));
            db.Disclosures.Add(disclosure);
        }
        var content = Content(peer, year, operatingCosts, change);
        await AddToCatalogAsync(db, content);
        var draft = disclosure.StartVersion(ConsistentDisclosureBuilder.Title, ConsistentDisclosureBuilder.ReportingUnit, correction);
        await QiaokouYears.PublishAsync(db, department, draft, content, new DateTimeOffset(year + 1, 5, 20, 10, 0, 0, TimeSpan.FromHours(8))
            .AddDays(correction is null ? 0 : 10));
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
                INSERT INTO function_classifications (year, code, name) VALUES ({content.Year}, {code}, {name}) ON CONFLICT DO NOTHING
                """);
        }
        foreach (var row in tables.T06?.Rows ?? [])
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO economic_classifications (year, code, name) VALUES ({content.Year}, {row.Code}, {row.Name}) ON CONFLICT DO NOTHING
                """);
        }
    }

    private static DisclosureContent Content(Peer peer, int year, decimal? operatingCosts, Action<ConsistentDisclosureBuilder>? change)
    {
        var builder = new ConsistentDisclosureBuilder()
            .WithOperatingCosts(c => c.Amount = operatingCosts is { } amount ? Money.FromWanYuan(amount) : null);
        change?.Invoke(builder);
        var content = DisclosureSnapshot.Capture(builder.Build().Version, peer.Code, year);
        return content with
        {
            Year = year,
            Profile = (content.Profile ?? new ProfileContent([], null, null)) with
            {
                Staffing = new StaffingContent(peer.Administrative, peer.Institutional, null, null),
            },
        };
    }
}
