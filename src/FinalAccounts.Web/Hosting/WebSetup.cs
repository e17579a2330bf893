using System.Text.Encodings.Web;
using System.Text.Unicode;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Pdf.Fonts;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.Web.Api;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace FinalAccounts.Web.Hosting;

internal static class WebSetup
{
    public static IServiceCollection AddFinalAccountsWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            // A version's stable address; "/disclosures/{dept}/{year}" (the page's own route) is the latest.
            options.Conventions.AddPageRoute("/Disclosures/Show", "/disclosures/{departmentCode}/{year:int}/v{version:int}"));
        // Chinese text goes out as UTF-8, not as &#x…; entities: half the bytes, and searchable in the source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                                    | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        services.AddProblemDetails();
        services.AddPublicPageCache();
        services.AddInterfaceLanguages();
        services.AddOpenDataApi();
        return services;
    }

    public static WebApplication UseFinalAccountsPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        app.UseHttpLogging();
        app.UseInterfaceLanguages();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// Migrates the database and loads the seed files, as configured under "Database"; then indexes for
    /// search, and renders and stores the PDF of, every published version that lacks them (seeded
    /// versions are published on load).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
        await scope.ServiceProvider.GetRequiredService<SearchIndex>().IndexMissingAsync();
        try
        {
            await scope.ServiceProvider.GetRequiredService<PublishedPdfStore>().StoreMissingAsync();
        }
        catch (FontsNotFoundException e)
        {
            scope.ServiceProvider.GetRequiredService<ILogger<PublishedPdfStore>>()
                .LogError("Published PDFs cannot be rendered until the fonts are installed: {Reason}", e.Message);
        }
    }

    /// <summary>The DDL EF Core would create for the current model: the starting point of a new migration.</summary>
    public static string ModelCreateScript(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<FinalAccountsDbContext>().Database.GenerateCreateScript();
    }
}
