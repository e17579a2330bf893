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

    /// <summary>
    /// One event per request when it completes: method, path, status and time, with who asked (a staff
    /// user's name; nothing for the public) and which department, year and version it was about. A
    /// failed request (500 or an exception) is an error; a refused one (4xx) a warning.
    /// </summary>
    public static IApplicationBuilder UseFinalAccountsRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger, not Serilog's static one, which the last host built in a process sets.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Response.StatusCode >= 400 ? LogEventLevel.Warning
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
