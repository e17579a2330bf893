using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Infrastructure.Seeding;

public sealed record SeedReport(int Regions, int Departments, int CatalogEntries, int Versions)
{
    public bool LoadedNothing => Regions + Departments + CatalogEntries + Versions == 0;
}

/// <summary>
/// Loads the readable seed files (regions.json, departments.json, catalogs/*.json,
/// disclosures/*.json) in one transaction. What is already in the database is left alone, so
/// loading twice adds nothing; a bad file stops the load with its name and the place in it, and
/// nothing is written.
/// </summary>
public sealed class SeedLoader(FinalAccountsDbContext db, TimeProvider clock, ILogger<SeedLoader> logger)
{

    public async Task<SeedReport> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Seed directory not found: {directory}");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var regions = await LoadRegionsAsync(directory, cancellationToken);
            var departments = await LoadDepartmentsAsync(directory, cancellationToken);
            var catalog = await LoadCatalogsAsync(directory, cancellationToken);
            var versions = await LoadDisclosuresAsync(directory, cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            var report = new SeedReport(regions, departments, catalog, versions);
            logger.LogInformation(
                "Seed data loaded from {SeedDirectory}: {Regions} regions, {Departments} departments, {CatalogEntries} catalog entries, {Versions} disclosure versions",
                directory, report.Regions, report.Departments, report.CatalogEntries, report.Versions);
            return report;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<int> LoadRegionsAsync(string directory, CancellationToken cancellationToken)
    {
        const string name = "regions.json";
        var seeds = ContentReader.Deserialize<List<RegionSeed>>(Path.Combine(directory, name), name);
        var read = new ContentReader(name);
        var existing = await db.Regions.Select(r => r.Code).ToListAsync(cancellationToken);
        var known = existing.ToHashSet();
        var added = 0;
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            if (!known.Add(seed.Code))
            {
                if (!existing.Contains(seed.Code))
                {
                    throw read.Error($"[{i}]", $"行政区划“{seed.Code}”重复。");
                }
                continue;
            }
            if (seed.ParentCode is not null && !known.Contains(seed.ParentCode))
            {
                throw read.Error($"[{i}].parentCode", $"上级行政区划“{seed.ParentCode}”不存在（须列在下级之前）。");
            }
            db.Regions.Add(read.Guard($"[{i}]", () => new Region(seed.Code, seed.Name, seed.ParentCode)));
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private async Task<int> LoadDepartmentsAsync(string directory, CancellationToken cancellationToken)
    {
        const string name = "departments.json";
        var seeds = ContentReader.Deserialize<List<DepartmentSeed>>(Path.Combine(directory, name), name);
        var read = new ContentReader(name);
        var existing = (await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet();
        var regions = (await db.Regions.Select(r => r.Code).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new HashSet<string>();
        var added = 0;
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            if (!seen.Add(seed.Code))
            {
                throw read.Error($"[{i}].code", $"部门编码“{seed.Code}”重复。");
            }
            if (existing.Contains(seed.Code))
            {
                continue;
            }
            if (!regions.Contains(seed.RegionCode))
            {
                throw read.Error($"[{i}].regionCode", $"行政区划“{seed.RegionCode}”不存在。");
            }
            var department = read.Guard($"[{i}]", () => new Department(seed.Code, seed.Name, seed.ShortName, seed.RegionCode, seed.Kind ?? DepartmentKinds.Other));
            for (var u = 0; u < seed.Units.Count; u++)
            {
                var unit = seed.Units[u];
                var kind = unit.Kind switch
                {
                    "本级" => BudgetUnitKind.Own,
                    "二级" => BudgetUnitKind.Subordinate,
                    _ => throw read.Error($"[{i}].units[{u}].kind", $"“{unit.Kind}”应为“本级”或“二级”。"),
                };
                read.Guard($"[{i}].units[{u}]", () => department.AddUnit(unit.Name, kind));
            }
            db.Departments.Add(department);
            added++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private async Task<int> LoadCatalogsAsync(string directory, CancellationToken cancellationToken)
    {
        var added = 0;
        var files = JsonFilesIn(Path.Combine(directory, "catalogs"));
        foreach (var path in files)
        {
            var name = "catalogs/" + Path.GetFileName(path);
            var seed = ContentReader.Deserialize<CatalogSeed>(path, name);
            var read = new ContentReader(name);
            foreach (var y in seed.Years)
            {
                var year = read.Guard("years", () => new FiscalYear(y));
                var known = await CatalogCodes.OfYearAsync(db, year, cancellationToken);
                added += AddCatalogEntries(read, seed.FunctionCodes, "functionCodes", known.Functions, read.FunctionCode,
                    (code, entry) => db.FunctionClassifications.Add(new FunctionClassification(year, code, entry.Name, entry.Explanation)));
                added += AddCatalogEntries(read, seed.EconomicCodes, "economicCodes", known.Economics, read.EconomicCode,
                    (code, entry) => db.EconomicClassifications.Add(new EconomicClassification(year, code, entry.Name, entry.Explanation)));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return added;
    }

    /// <summary>
    /// Adds the entries of one catalog list that the year does not have yet. Each code's parent must
    /// already be in the catalog or listed before it, so the hierarchy always holds.
    /// </summary>
    private static int AddCatalogEntries<TCode>(ContentReader read, IReadOnlyList<CatalogEntrySeed> entries, string list,
        HashSet<string> known, Func<string?, string, TCode> parse, Action<TCode, CatalogEntrySeed> add)
        where TCode : IClassificationCode
    {
        var added = 0;
        var inFile = new HashSet<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var at = $"{list}[{i}]";
            var code = parse(entries[i].Code, at + ".code");
            var value = code.Value;
            if (!inFile.Add(value))
            {
                throw read.Error(at, $"科目“{value}”重复。");
            }
            if (code.ParentValue is { } parent && !known.Contains(parent) && !inFile.Contains(parent))
            {
                throw read.Error(at, $"科目“{value}”的上级科目“{parent}”不在目录中（须列在下级之前）。");
            }
            if (known.Add(value))
            {
                read.Guard(at, () => add(code, entries[i]));
                added++;
            }
        }
        return added;
    }

    private async Task<int> LoadDisclosuresAsync(string directory, CancellationToken cancellationToken)
    {
        var added = 0;
        var folder = Path.Combine(directory, "disclosures");
        var files = JsonFilesIn(folder);
        foreach (var path in files)
        {
            var name = "disclosures/" + Path.GetFileName(path);
            var seed = ContentReader.Deserialize<DisclosureContent>(path, name);
            if (await LoadDisclosureAsync(seed, name, cancellationToken))
            {
                added++;
            }
        }
        return added;
    }

    private async Task<bool> LoadDisclosureAsync(DisclosureContent seed, string name, CancellationToken cancellationToken)
    {
        var plain = new ContentReader(name);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == seed.DepartmentCode, cancellationToken)
                         ?? throw plain.Error("departmentCode", $"部门“{seed.DepartmentCode}”不存在。");
        var year = plain.Guard("year", () => new FiscalYear(seed.Year));

        var disclosure = await db.Disclosures.Include(d => d.Versions)
            .SingleOrDefaultAsync(d => d.DepartmentId == department.Id && d.Year == year, cancellationToken);
        if (disclosure?.Versions.Any(v => v.Number == seed.Version.Number) == true)
        {
            return false;
        }
        if (disclosure is null)
        {
            disclosure = new Disclosure(department.Id, year);
            db.Disclosures.Add(disclosure);
        }

        var catalog = await CatalogCodes.OfYearAsync(db, year, cancellationToken);
        var read = new ContentReader(name, catalog.Functions.Contains, catalog.Economics.Contains);

        if (seed.Version.Number != disclosure.Versions.Count + 1)
        {
            throw read.Error("version.number", $"版本号应为 {disclosure.Versions.Count + 1}。");
        }
        var version = read.Guard("version", () =>
            disclosure.StartVersion(seed.Version.Title, seed.Version.ReportingUnit, seed.Version.CorrectionNote));
        new DisclosureContentMapper(read).Fill(version, seed);
        // Content is written while the version is a draft; the database freezes it once published.
        await db.SaveChangesAsync(cancellationToken);
        ApplyStatus(version, department, seed.Version, read);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static IEnumerable<string> JsonFilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal) : [];

    private void ApplyStatus(DisclosureVersion version, Department department, VersionContent seed, ContentReader read)
    {
        switch (seed.Status)
        {
            case "draft":
                break;
            case "submitted":
                version.Submit();
                break;
            case "published":
                version.Submit();
                // A seed without a printed date keeps none rather than pretending it was published today.
                var at = seed.PublishedOn is { } printed
                    ? Domain.ChinaTime.StartOf(printed)
                    : clock.GetUtcNow();
                version.Publish(at, department, seed.PublishedOn);
                break;
            default:
                throw read.Error("version.status", $"“{seed.Status}”应为 draft、submitted 或 published。");
        }
    }
}
