using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>Settings that are for development only refuse to start a production portal.</summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public async Task DevelopmentUsersRefuseToStartOutsideDevelopment()
    {
        await using var database = await TestDatabase.CreateAsync("prodsettings");
        await using var portal = new BarePortal(database.ConnectionString, "Production",
            new Dictionary<string, string> { ["Staff:DevelopmentUsers"] = "true" });

        var start = () => portal.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage("*Staff:DevelopmentUsers*Development*");
        await using var db = database.CreateContext();
        db.Users.Should().BeEmpty("no demonstration account was created");
    }
}
