using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Seeding;
using Microsoft.Extensions.Logging.Abstractions;

namespace FinalAccounts.IntegrationTests.Infrastructure;

/// <summary>A migrated database with the repository's seed files loaded, shared by a test class.</summary>
public sealed class SeededDatabaseFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public SeedReport FirstLoad { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateMigratedAsync("seeded");
        await using var db = Database.CreateContext();
        FirstLoad = await new SeedLoader(db, TimeProvider.System, NullLogger<SeedLoader>.Instance)
            .LoadAsync(RepositoryPaths.SeedDirectory);
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
