using System.Text.Encodings.Web;
using System.Text.Unicode;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Pdf.Fonts;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.Web.Api;
using FinalAccounts.Web.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;

namespace FinalAccounts.Web.Hosting;

internal static class WebSetup
{
    public static IServiceCollection AddFinalAccountsWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            // A version's stable address; "/disclosures/{dept}/{year}" (the page's own route) is the latest.
            options.Conventions.AddPageRoute("/Disclosures/Show", "/disclosures/{departmentCode}/{year:int}/v{version:int}");
            // A comparison's downloads sit beside its page: /compare/years.xlsx?…, /compare/years.csv?….
            options.Conventions.AddPageRoute("/Audit/Years", "/compare/years.{format:regex(^(xlsx|csv)$)}");
            options.Conventions.AddPageRoute("/Audit/Departments", "/compare/departments.{format:regex(^(xlsx|csv)$)}");
            options.Conventions.AddPageRoute("/Audit/Anomalies", "/anomalies.{format:regex(^(xlsx|csv)$)}");
            options.Conventions.AddPageRoute("/Audit/Findings", "/findings.{format:regex(^(xlsx|csv)$)}");
            options.AddStaffConventions();
        });
        services.AddStaffArea();
        services.AddChineseValidationMessages();
        // Chinese text goes out as UTF-8, not as &#x…; entities: half the bytes, and searchable in the source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddSecurityHeaders();
        services.AddPublicPageCache();
        services.AddInterfaceLanguages();
        services.AddOpenDataApi();
        // What a publication keeps for the page and the API besides the downloads (ADR 0022).
        Rendering.DisclosureArticles.Register(services);
        services.AddSingleton<Infrastructure.Publication.IRendition>(Api.DisclosureJson.Rendition);
        services.AddOpenCheckRateLimit();
        services.AddBackgroundWork();
        services.AddPublicResponseCompression();
        return services;
    }

    public static WebApplication UseFinalAccountsPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }
        // Inside the exception handler, so a database outage is answered 503 before it becomes a 500.
        app.UseDatabaseOutageAnswer();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders();
        app.UseFinalAccountsRequestLogging();
        app.UseInterfaceLanguages();
        // Outside routing, which answers an unknown address, method or content type with an empty body.
        app.UseStatusPages();
        app.UseRouting();
        // The portal's own assets are endpoints (MapStaticAssets: fingerprinted, compressed at build);
        // this serves only other files put in the web root, for which no endpoint matched.
        app.UseStaticFiles();
        app.UseUploadLimitMessages();
        app.UseFormsWithNul();
        app.UseAuthentication();
        app.UsePublicReadRoute();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        // Inside the output cache, which thus keeps a page compressed, once per encoding asked for.
        app.UsePublicResponseCompression();
        return app;
    }

    /// <summary>
    /// The command that runs <see cref="PrepareDatabaseAsync"/> and exits: a deployment step before the
    /// nodes start, and what the province generator runs to build its search rows.
    /// </summary>
    public const string PrepareDatabaseCommand = "prepare-database";

    /// <summary>
    /// Migrates the database and loads the seed files, as configured under "Database"; then indexes for
    /// search every published version that lacks it, and keeps the renditions and PDFs of the published
    /// versions that lack them, up to the configured numbers (seeded versions are published on load). Creates the staff roles, and with Staff:DevelopmentUsers the
    /// demonstration accounts, whose passwords are printed.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        await accounts.EnsureRolesAsync();
        if (scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>("Staff:DevelopmentUsers"))
        {
            // The demonstration accounts reset the administrator's password at every start: never outside development.
            if (!scope.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Staff:DevelopmentUsers 只能在开发环境（ASPNETCORE_ENVIRONMENT=Development）中使用；生产环境请用 create-admin 命令建立管理员。" +
                    " Staff:DevelopmentUsers is for the Development environment only; use the create-admin command in production.");
            }
            PrintAccounts(await accounts.CreateDevelopmentUsersAsync());
        }
        await scope.ServiceProvider.GetRequiredService<SearchIndex>().IndexMissingAsync();
        var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        await scope.ServiceProvider.GetRequiredService<PublishedRenditions>().StoreMissingAsync(options.RenditionsKeptAtStartup);
        try
        {
            await scope.ServiceProvider.GetRequiredService<PublishedPdfStore>().StoreMissingAsync(options.PdfsRenderedAtStartup);
        }
        catch (FontsNotFoundException e)
        {
            scope.ServiceProvider.GetRequiredService<ILogger<PublishedPdfStore>>()
                .LogError("Published PDFs cannot be rendered until the fonts are installed: {Reason}", e.Message);
        }
    }

    private static void PrintAccounts(IReadOnlyList<CreatedAccount> accounts)
    {
        Console.WriteLine("Development staff accounts (sign in at /staff/login; passwords change on every start):");
        foreach (var account in accounts)
        {
            Console.WriteLine($"  {account.UserName,-10} {account.Password}  {string.Join(",", account.Roles)}  {string.Join(",", account.Departments)}");
        }
    }

    /// <summary>The DDL EF Core would create for the current model: the starting point of a new migration.</summary>
    public static string ModelCreateScript(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<FinalAccountsDbContext>().Database.GenerateCreateScript();
    }
}
