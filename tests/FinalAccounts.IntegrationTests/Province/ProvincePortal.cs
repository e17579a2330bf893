using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.IntegrationTests.Infrastructure;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Province;

/// <summary>
/// The portal on a small generated province (docs/province.md): started with data/generator as its seed,
/// as scripts/generate-province.sh starts it, then filled by scripts/province/generate-province.sql.
/// </summary>
public class ProvincePortal : PortalFactory, IAsyncLifetime
{
    public const int Cities = 1;
    public const int Districts = 3;
    public const int DepartmentsPerRegion = 12;
    public const int Years = 3;
    public const int TemplateYear = 2024;
    public const string City = "990100";

    private readonly string _seedDirectory = Path.Combine(Path.GetTempPath(), "finalaccounts-tests", "province-" + Guid.NewGuid().ToString("N"));

    /// <summary>The generator's seed number.</summary>
    protected virtual int Seed => 3;

    protected override string SeedDirectory => _seedDirectory;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        PrepareSeedDirectory();
        CreateClient();
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        // As the script does: the copies take the template's check once the portal has made it.
        for (var tries = 0; tries < 240 && await CountAsync(connection, "findings_checks") == 0; tries++)
        {
            await Task.Delay(250);
        }
        await using (var install = new NpgsqlCommand(await File.ReadAllTextAsync(GeneratorScript), connection))
        {
            await install.ExecuteNonQueryAsync();
        }
        await using var generate = new NpgsqlCommand(
            $"CALL generator.generate_province({Seed}, {Cities}, {Districts}, {DepartmentsPerRegion}, {Years})", connection)
        {
            CommandTimeout = 600,
        };
        await generate.ExecuteNonQueryAsync();
        // As the script does: the portal builds the copies' search rows from their sections, as at a start.
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SearchIndex>().IndexMissingAsync();
        // As a portal started after the script checks, in its background check's first batches: the copies the
        // template's check does not cover (the planted lateness and overspending). This portal's own background
        // check found only the template at its start and would look again only after its five idle minutes.
        var findings = scope.ServiceProvider.GetRequiredService<StoredFindings>();
        while (await findings.CheckMissingAsync(25) > 0)
        {
        }
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static string GeneratorScript => Path.Combine(RepositoryPaths.Root, "scripts", "province", "generate-province.sql");

    /// <summary>Rows of a query against the generated database, each as its columns' values.</summary>
    public async Task<List<object[]>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    // The seed the generator script assembles: data/generator with the repository's catalogs.
    private void PrepareSeedDirectory()
    {
        var generator = Path.Combine(RepositoryPaths.Root, "data", "generator");
        Directory.CreateDirectory(Path.Combine(_seedDirectory, "disclosures"));
        File.Copy(Path.Combine(generator, "regions.json"), Path.Combine(_seedDirectory, "regions.json"));
        File.Copy(Path.Combine(generator, "departments.json"), Path.Combine(_seedDirectory, "departments.json"));
        File.Copy(Path.Combine(generator, "template.json"), Path.Combine(_seedDirectory, "disclosures", "template.json"));
        var catalogs = Path.Combine(_seedDirectory, "catalogs");
        Directory.CreateDirectory(catalogs);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.SeedDirectory, "catalogs")))
        {
            File.Copy(file, Path.Combine(catalogs, Path.GetFileName(file)));
        }
    }

    protected override Task DisposedAsync()
    {
        if (Directory.Exists(_seedDirectory))
        {
            Directory.Delete(_seedDirectory, recursive: true);
        }
        return Task.CompletedTask;
    }
}
