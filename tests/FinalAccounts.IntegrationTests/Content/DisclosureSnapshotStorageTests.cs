using System.Text.Json;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Content;

/// <summary>Snapshots of stored versions, and content written into stored drafts, survive the database unchanged.</summary>
public sealed class DisclosureSnapshotStorageTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(SeedDisclosures.All), MemberType = typeof(SeedDisclosures))]
    public async Task AStoredVersionCapturesAsItsContentWrittenInMemory(string departmentCode, int year)
    {
        var seed = SeedFile(departmentCode, year);
        var draft = new Disclosure(1, new FiscalYear(year)).StartVersion(seed.Version.Title, seed.Version.ReportingUnit);
        ContentWriter.Write(draft, seed, null, null);
        var inMemory = DisclosureSnapshot.Capture(draft, departmentCode, year);

        await using var db = fixture.Database.CreateContext();
        var stored = DisclosureSnapshot.Capture(await VersionAsync(db, departmentCode, year, 1), departmentCode, year);

        stored.Version.Should().Be(seed.Version);
        ContentChanges.Between(inMemory, stored).Should().BeEmpty();
        ToJson(stored with { Version = inMemory.Version }).Should().Be(ToJson(inMemory));
    }

    [Fact]
    public async Task ACorrectionCopiedFromThePublishedVersionIsStoredWithTheSameContentAndCanBeReplaced()
    {
        const string department = "420111-sfj";
        const int year = 2021;
        DisclosureContent published;
        await using (var db = fixture.Database.CreateContext())
        {
            var first = await VersionAsync(db, department, year, 1);
            published = DisclosureSnapshot.Capture(first, department, year);
            var disclosure = await db.Disclosures.Include(d => d.Versions).SingleAsync(d => d.Id == first.DisclosureId);
            var correction = disclosure.StartVersion(first.Title, first.ReportingUnit, "更正公开09表");
            var fiscalYear = new FiscalYear(year);
            var functionCodes = (await db.FunctionClassifications.Where(c => c.Year == fiscalYear).Select(c => c.Code).ToListAsync())
                .Select(c => c.Value).ToHashSet();
            var economicCodes = (await db.EconomicClassifications.Where(c => c.Year == fiscalYear).Select(c => c.Code).ToListAsync())
                .Select(c => c.Value).ToHashSet();
            ContentWriter.Write(correction, published, functionCodes.Contains, economicCodes.Contains);
            await db.SaveChangesAsync();
        }

        await using (var db = fixture.Database.CreateContext())
        {
            var copied = DisclosureSnapshot.Capture(await VersionAsync(db, department, year, 2), department, year);
            copied.Version.Should().Be(published.Version with { Number = 2, Status = "draft", PublishedOn = null, CorrectionNote = "更正公开09表" });
            ToJson(copied with { Version = published.Version }).Should().Be(ToJson(published));

            var other = SeedFile("420114-sfj", 2023);
            ContentWriter.Write(await VersionAsync(db, department, year, 2), other, null, null);
            await db.SaveChangesAsync();
        }

        await using (var db = fixture.Database.CreateContext())
        {
            var replaced = DisclosureSnapshot.Capture(await VersionAsync(db, department, year, 2), department, year);
            var draft = new Disclosure(1, new FiscalYear(year)).StartVersion("标题", "单位");
            ContentWriter.Write(draft, SeedFile("420114-sfj", 2023), null, null);
            var expected = DisclosureSnapshot.Capture(draft, department, year);
            ToJson(replaced with { Version = expected.Version }).Should().Be(ToJson(expected));
        }
    }

    private static Task<DisclosureVersion> VersionAsync(FinalAccountsDbContext db, string departmentCode, int year, int number)
    {
        var fiscalYear = new FiscalYear(year);
        return db.DisclosureVersions.WithContent().SingleAsync(v => v.Number == number
            && db.Disclosures.Any(d => d.Id == v.DisclosureId && d.Year == fiscalYear
                && db.Departments.Any(p => p.Id == d.DepartmentId && p.Code == departmentCode)));
    }

    private static DisclosureContent SeedFile(string departmentCode, int year) =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.SeedDirectory, "disclosures"), "*.json")
            .Select(path => JsonSerializer.Deserialize<DisclosureContent>(File.ReadAllText(path), Json)!)
            .Single(s => s.DepartmentCode == departmentCode && s.Year == year);

    private static string ToJson(DisclosureContent content) => JsonSerializer.Serialize(content, Json);
}
