using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations at start-up (default true).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the seed files at start-up (the run script and development turn this on).</summary>
    public bool LoadSeedOnStartup { get; set; }

    /// <summary>The seed folder; relative paths are taken from the application's directory.</summary>
    public string SeedDirectory { get; set; } = "seed";

    /// <summary>
    /// How many published versions without a stored PDF are rendered at start-up, oldest first (default 50);
    /// the others are rendered and stored on their first download, so a province does not wait for its renders.
    /// </summary>
    public int PdfsRenderedAtStartup { get; set; } = 50;

    /// <summary>
    /// How many published versions lacking their kept page, JSON and downloads get them at start-up
    /// (ADR 0022); the others get them on their first request. A province loaded from outside the
    /// portal sets it high for one run of prepare-database.
    /// </summary>
    public int RenditionsKeptAtStartup { get; set; } = 50;
}

/// <summary>Brings the database up to date when the application starts: migrations, then seed data.</summary>
public sealed class DatabaseStartup(
    FinalAccountsDbContext db,
    DatabaseMigrator migrator,
    SeedLoader seedLoader,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.MigrateOnStartup)
        {
            var applied = await migrator.MigrateAsync(db.Database.GetConnectionString()!, cancellationToken);
            logger.LogInformation("Database schema is current ({Applied} migrations applied now)", applied.Count);
        }
        if (settings.LoadSeedOnStartup)
        {
            var directory = Path.IsPathRooted(settings.SeedDirectory)
                ? settings.SeedDirectory
                : Path.Combine(AppContext.BaseDirectory, settings.SeedDirectory);
            // Nodes starting at once load the seed one after the other: the second finds it loaded.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({SeedLockKey})", cancellationToken);
                await seedLoader.LoadAsync(directory, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({SeedLockKey})", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    // Any constant nothing else in the database uses.
    private const long SeedLockKey = 0x46_41_53_45_45_44; // "FASEED"
}
