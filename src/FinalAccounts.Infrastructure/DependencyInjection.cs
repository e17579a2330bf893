using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Pdf.Fonts;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

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
        // The primary, or for a request's public read a streaming replica when one is configured (ADR 0023).
        var routes = new DatabaseRoutes(connectionString, configuration.GetConnectionString(DatabaseRoutes.ReplicaConnectionStringName));
        services.AddSingleton(routes);
        services.AddScoped<ReadRoute>();
        services.AddScoped<PrimaryDatabase>();
        services.AddScoped(provider => new FinalAccountsDbContext(routes.For(provider.GetRequiredService<ReadRoute>())));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<SeedLoader>();
        services.AddScoped<DatabaseStartup>();
        services.AddScoped<DisclosureQueries>();
        services.AddScoped<RegionBrowse>();
        services.TryAddSingleton<IPublicReadCache, NoPublicReadCache>();
        services.AddScoped<WithdrawnVersions>();
        services.AddScoped<TimelinessQueries>();
        services.AddScoped<Comparisons.YearComparisonQueries>();
        services.AddScoped<Comparisons.DepartmentComparisonQueries>();
        services.AddScoped<Comparisons.AnomalyQueries>();
        services.AddScoped<Comparisons.VersionChangeQueries>();
        services.AddScoped<DisclosureAnalysisService>();
        services.AddScoped<Checking.OpenChecks>();
        services.AddScoped<Checking.StoredFindings>();
        services.AddScoped<Checking.FindingsAcrossQueries>();
        services.AddFinalAccountsSearch();
        services.AddFinalAccountsPdf(configuration);
        services.AddFinalAccountsRenditions();
        services.AddHealthChecks().AddDbContextCheck<FinalAccountsDbContext>("database");
        return services;
    }

    /// <summary>
    /// The portal's settings on its PostgreSQL connections, each unless the connection string sets it:
    /// <list type="bullet">
    /// <item>PostgreSQL's JIT compiler off. The planner's estimates for a version's wide content queries
    /// pass the JIT threshold, and compiling them took over a second for queries that run in milliseconds.</item>
    /// <item>A statement prepared on its connection once it has run twice there (Npgsql's automatic
    /// preparation, up to <see cref="AutoPreparedStatements"/> per connection): the portal runs the same few
    /// dozen statements over and over, and planning each again took longer than running it: 1.5 ms against
    /// 1.0 ms for an uncached disclosure page (ADR 0027). Search plans each statement for its words all the
    /// same (<see cref="Search.DisclosureSearch"/>).</item>
    /// </list>
    /// </summary>
    public static string ForPortal(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit", StringComparison.OrdinalIgnoreCase) != true)
        {
            builder.Options = $"{builder.Options} -c jit=off".Trim();
        }
        // Npgsql's builder knows every keyword; a plain one holds only those the string sets.
        var set = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToList();
        bool Sets(string keyword) => set.Contains(keyword, StringComparer.OrdinalIgnoreCase);
        if (!Sets(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }
        if (!Sets(nameof(NpgsqlConnectionStringBuilder.AutoPrepareMinUsages)))
        {
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }

    /// <summary>
    /// How many statements a connection keeps prepared, the least used dropped first: the public pages run
    /// fewer than twenty, and each kept plan takes the database's memory for each of its connections.
    /// </summary>
    public const int AutoPreparedStatements = 64;

    /// <summary>
    /// The PDF renderer and the store of published PDFs. Fonts are loaded on first use, so a machine
    /// without them still serves every page; only PDFs fail, with a message naming the missing package.
    /// </summary>
    private static void AddFinalAccountsPdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FontOptions>(configuration.GetSection(FontOptions.SectionName));
        services.AddSingleton(provider => DocumentFonts.Load(provider.GetRequiredService<IOptions<FontOptions>>().Value));
        services.AddSingleton<DisclosurePdfRenderer>();
        // The fonts load when the first PDF is rendered, not when a service that may render one is made:
        // without them, publishing, search and every page still work, and only rendering fails.
        services.AddSingleton(provider => new Lazy<DisclosurePdfRenderer>(provider.GetRequiredService<DisclosurePdfRenderer>));
        services.AddScoped<IPdfFiles, DatabasePdfFiles>();
        services.AddScoped<PublishedPdfStore>();
    }

    /// <summary>What a publication keeps for readers besides the PDF (ADR 0022); the web adds the page and the JSON.</summary>
    private static void AddFinalAccountsRenditions(this IServiceCollection services)
    {
        foreach (var export in Publication.ExportRenditions.All)
        {
            services.AddSingleton<Publication.IRendition>(export);
        }
        services.AddSingleton<Publication.IRendition>(Publication.HeadlineRendition.Instance);
        services.AddScoped<Publication.IPublishedFiles, Publication.DatabasePublishedFiles>();
        services.AddScoped<Publication.PublishedRenditions>();
    }
}
