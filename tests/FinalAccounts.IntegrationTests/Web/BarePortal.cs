using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// The application on a database a test made, migrated but without the seed or the background check:
/// a second node, a production start, a portal whose database goes away.
/// </summary>
public sealed class BarePortal(string connectionString, string environment = "Testing", IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:FinalAccounts", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:LoadSeedOnStartup", "false");
        builder.UseSetting("Findings:BackgroundCheck", "false");
        builder.UseSetting("Serilog:WriteTo:0:Args:configure:1:Args:path", Path.Combine(Path.GetTempPath(), "finalaccounts-tests", "log-.json"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
