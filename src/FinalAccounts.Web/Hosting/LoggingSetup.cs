using Serilog;

namespace FinalAccounts.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog behind Microsoft.Extensions.Logging: sinks and levels come from the "Serilog"
    /// configuration section (console and a rolling JSON file by default, see appsettings.json).
    /// </summary>
    public static WebApplicationBuilder AddFinalAccountsLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", "FinalAccounts")
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        return builder;
    }
}
