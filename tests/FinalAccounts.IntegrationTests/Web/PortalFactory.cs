using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>The real application on its own migrated and seeded database, started the way run.sh starts it.</summary>
public sealed class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public TestDatabase Database => _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("portal");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:FinalAccounts", _database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:LoadSeedOnStartup", "true");
        builder.UseSetting("Database:SeedDirectory", RepositoryPaths.SeedDirectory);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Path.GetTempPath(), "finalaccounts-tests", "log-.json"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
