using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The connection string's name in configuration (ConnectionStrings:FinalAccounts).</summary>
    public const string ConnectionStringName = "FinalAccounts";

    public static IServiceCollection AddFinalAccountsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No database configured: set ConnectionStrings:{ConnectionStringName} (or the environment variable ConnectionStrings__{ConnectionStringName}).");

        services.AddSingleton(TimeProvider.System);
        services.AddDbContext<FinalAccountsDbContext>(options => options.UseNpgsql(connectionString,
            npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<SeedLoader>();
        services.AddScoped<DatabaseStartup>();
        services.AddScoped<DisclosureQueries>();
        services.AddScoped<DisclosureAnalysisService>();
        services.AddHealthChecks().AddDbContextCheck<FinalAccountsDbContext>("database");
        return services;
    }
}
