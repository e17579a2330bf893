using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>Settings that are for development only refuse to start a production portal.</summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public async Task DevelopmentUsersRefuseToStartOutsideDevelopment()
    {
        await using var database = await TestDatabase.CreateAsync("prodsettings");
        await using var portal = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:FinalAccounts", database.ConnectionString);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Database:LoadSeedOnStartup", "false");
            builder.UseSetting("Staff:DevelopmentUsers", "true");
            builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(Path.GetTempPath(), "finalaccounts-tests", "log-.json"));
        });

        var start = () => portal.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Staff:DevelopmentUsers*Development*");
        await using var db = database.CreateContext();
        db.Users.Should().BeEmpty("no demonstration account was created");
    }
}
