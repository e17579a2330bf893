namespace FinalAccounts.Web.Hosting;

/// <summary>
/// A background service that works through a backlog a batch at a time: at once again after a full
/// batch, after <see cref="Idle"/> otherwise, and a minute after a failure, which it logs.
/// </summary>
internal abstract class BatchWorker(ILogger logger) : BackgroundService
{
    private static readonly TimeSpan AfterFailure = TimeSpan.FromMinutes(1);

    /// <summary>False to leave the backlog alone (a setting).</summary>
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Idle { get; }

    /// <summary>What the worker does, for the log: "Checking published versions for stored findings".</summary>
    protected abstract string Work { get; }

    /// <summary>Runs one batch; true when it was full, so that more may be waiting.</summary>
    protected abstract Task<bool> RunBatchAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected abstract IServiceScopeFactory Scopes { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Idle;
            try
            {
                await using var scope = Scopes.CreateAsyncScope();
                if (await RunBatchAsync(scope.ServiceProvider, stoppingToken))
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
                logger.LogError(e, "{Work} failed; trying again in {Wait}", Work, AfterFailure);
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
