using System.Security.Claims;
using Serilog;
using Serilog.Events;

namespace FinalAccounts.Web.Hosting;

internal static class LoggingSetup
{
    // Route values that say which disclosure a request was about, and the names the log gives them.
    private static readonly (string Route, string Property)[] DisclosureRouteValues =
        [("departmentCode", "DepartmentCode"), ("year", "Year"), ("version", "Version")];

    /// <summary>
    /// Serilog behind Microsoft.Extensions.Logging: sinks and levels come from the "Serilog"
    /// configuration section (console and a rolling JSON file by default, see appsettings.json).
    /// </summary>
    public static WebApplicationBuilder AddFinalAccountsLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "FinalAccounts"));
        return builder;
    }

    /// <summary>The level of a public read answered in time (<see cref="UseFinalAccountsRequestLogging"/>): Debug unless configured.</summary>
    public const string PublicReadLevelKey = "RequestLogging:PublicReadLevel";

    /// <summary>A public read that takes this long is logged at Information whatever the configured level.</summary>
    public const double SlowReadMilliseconds = 500;

    /// <summary>
    /// One event per request when it completes: method, path, status and time, with who asked (a staff
    /// user's name; nothing for the public) and which department, year and version it was about. A
    /// failed request (500 or an exception) is an error; a refused one (4xx) a warning. A public read
    /// (<see cref="PublicReads.IsPublicRead"/>) answered within
    /// <see cref="SlowReadMilliseconds"/> is Debug unless <see cref="PublicReadLevelKey"/> says otherwise:
    /// the front's access log keeps those, and writing two lines for each of thousands of cached answers a
    /// second took a tenth of a node's throughput (ADR 0028). Everything staff do is Information.
    /// </summary>
    public static IApplicationBuilder UseFinalAccountsRequestLogging(this IApplicationBuilder app)
    {
        var publicReads = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue(PublicReadLevelKey, LogEventLevel.Debug);
        return app.UseSerilogRequestLogging(options =>
        {
            // This host's logger, not Serilog's static one, which the last host built in a process sets.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, elapsed, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Response.StatusCode >= 400 ? LogEventLevel.Warning
                : elapsed < SlowReadMilliseconds && PublicReads.IsPublicRead(http) ? publicReads
                : LogEventLevel.Information;
            options.EnrichDiagnosticContext = (diagnostics, http) =>
            {
                if (http.User.Identity?.IsAuthenticated == true)
                {
                    diagnostics.Set("UserName", http.User.FindFirstValue(ClaimTypes.Name));
                }
                foreach (var (route, property) in DisclosureRouteValues)
                {
                    if (http.GetRouteValue(route) is { } value)
                    {
                        diagnostics.Set(property, value.ToString());
                    }
                }
            };
        });
    }
}
