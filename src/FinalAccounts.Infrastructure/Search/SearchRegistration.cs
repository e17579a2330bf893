using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Infrastructure.Search;

internal static class SearchRegistration
{
    /// <summary>The public search and the index it reads, filled when versions are published and at start-up.</summary>
    public static IServiceCollection AddFinalAccountsSearch(this IServiceCollection services)
    {
        services.AddScoped<SearchIndex>();
        services.AddScoped<DisclosureSearch>();
        return services;
    }
}
