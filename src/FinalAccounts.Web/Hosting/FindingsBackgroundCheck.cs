using FinalAccounts.Infrastructure.Checking;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Stores the findings of published versions that have none under this rulebook (ADR 0018): versions
/// published before findings were stored, loaded by the seed or generated, or checked by an older rulebook.
/// A batch at a time, so a node keeps serving while a province is checked; several nodes may run it, as
/// each version is stored under its own lock. "Findings:BackgroundCheck": false turns it off.
/// </summary>
internal sealed class FindingsBackgroundCheck(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<FindingsBackgroundCheck> logger)
    : BackgroundService
{
    private const int BatchSize = 25;
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Findings:BackgroundCheck", true))
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Idle;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<StoredFindings>().CheckMissingAsync(BatchSize, stoppingToken) == BatchSize)
                {
                    wait = TimeSpan.Zero;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Checking published versions for stored findings failed; trying again in {Wait}", AfterFailure);
                wait = AfterFailure;
            }
            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

internal static class FindingsBackgroundCheckSetup
{
    public static IServiceCollection AddFindingsBackgroundCheck(this IServiceCollection services) =>
        services.AddHostedService<FindingsBackgroundCheck>();
}
