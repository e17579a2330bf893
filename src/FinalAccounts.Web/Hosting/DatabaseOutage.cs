using System.Text;
using FinalAccounts.Infrastructure.Persistence;
using Npgsql;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// While PostgreSQL cannot answer — restarting, refusing connections, out of connections, timing out — a
/// request that needs it is answered at once with 503 Service Unavailable, a message in Chinese
/// and a Retry-After, never a stack trace or a wait: an HTML page for a reader, problem details
/// for the API. The connection pools are cleared, so once the database is back the next requests
/// open fresh connections and succeed without restarting the portal.
/// A public read that failed on the replica (ADR 0023) is read again from the primary when the replica
/// is what does not answer, and the public reads go to the primary for a while (<see cref="DatabaseRoutes.ReplicaRest"/>).
/// </summary>
internal static class DatabaseOutage
{
    public const string Message = "数据库暂时无法应答，请稍后再试。";
    private const string RetryAfterSeconds = "30";

    public static IApplicationBuilder UseDatabaseOutageAnswer(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (IsOutage(e) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                NpgsqlConnection.ClearAllPools();
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutage));
                if (await ReadAgainFromPrimaryAsync(context, next, logger, e))
                {
                    return;
                }
                logger.LogWarning("Database unavailable, answered 503: {Reason}", e.GetBaseException().Message);
                await AnswerAsync(context);
            }
        });

    /// <summary>
    /// When the failed request read the replica and the replica does not answer a probe, sets the replica
    /// aside and runs the request again, in a fresh scope that reads the primary. False when the replica is
    /// not at fault (the primary is, and the reader gets the 503) or the second reading fails too.
    /// </summary>
    private static async Task<bool> ReadAgainFromPrimaryAsync(HttpContext context, RequestDelegate next, ILogger logger, Exception failure)
    {
        var routes = context.RequestServices.GetRequiredService<DatabaseRoutes>();
        if (!context.RequestServices.GetRequiredService<ReadRoute>().ReadsReplica
            || await routes.ReplicaAnswersAsync(context.RequestAborted))
        {
            return false;
        }
        routes.SetReplicaAside();
        logger.LogWarning("The replica does not answer ({Reason}); public reads go to the primary for {Rest}",
            failure.GetBaseException().Message, DatabaseRoutes.ReplicaRest);
        var original = context.RequestServices;
        await using var scope = original.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            context.Response.Clear();
            await next(context);
            return true;
        }
        catch (Exception e) when (IsOutage(e) && !context.Response.HasStarted)
        {
            return false;
        }
        finally
        {
            context.RequestServices = original;
        }
    }

    /// <summary>A failure to reach the database or to be served by it for now, wherever EF Core wrapped it.</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } and not PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected })
            {
                return true;
            }
            // The server ending the session as it stops, whether or not the driver counts it as transient.
            if (e is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow })
            {
                return true;
            }
        }
        return false;
    }

    private static async Task AnswerAsync(HttpContext context)
    {
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds;
        response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: Message,
                detail: "The database cannot answer for now; retry later.").ExecuteAsync(context);
            return;
        }
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(Page, Encoding.UTF8, context.RequestAborted);
    }

    // Written out whole: the layout and its localizer may need what is down.
    private const string Page = $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>暂时无法访问 · 部门决算公开</title>
        <style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}h1{font-size:1.5rem}</style>
        </head>
        <body>
        <main>
        <h1>暂时无法访问</h1>
        <p>{{Message}}已公开的决算数据不受影响，约 {{RetryAfterSeconds}} 秒后刷新本页即可。</p>
        <p lang="en">The database cannot answer for now. Please reload this page in about {{RetryAfterSeconds}} seconds.</p>
        </main>
        </body>
        </html>
        """;
}
