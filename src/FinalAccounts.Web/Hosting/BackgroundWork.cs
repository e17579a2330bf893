using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Publication;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Stores the findings of published versions that have none under this rulebook (ADR 0018): versions
/// published before findings were stored, loaded by the seed or generated, or checked by an older rulebook.
/// A batch at a time, so a node keeps serving while a province is checked; several nodes may run it, as
/// each version is stored under its own lock. "Findings:BackgroundCheck": false turns it off.
/// </summary>
internal sealed class FindingsBackgroundCheck(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<FindingsBackgroundCheck> logger)
    : BatchWorker(logger)
{
    private const int BatchSize = 25;

    protected override bool Enabled => configuration.GetValue("Findings:BackgroundCheck", true);
    protected override TimeSpan Idle => TimeSpan.FromMinutes(5);
    protected override string Work => "Checking published versions for stored findings";
    protected override IServiceScopeFactory Scopes => scopes;

    protected override async Task<bool> RunBatchAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<StoredFindings>().CheckMissingAsync(BatchSize, cancellationToken) == BatchSize;
}

/// <summary>
/// Runs the publication tasks that are due (migration 0019): those a node left when it stopped after a
/// commit, and those that failed. Every node runs it; a task is leased to one at a time.
/// "PublicationTasks:Worker": false turns it off; "PublicationTasks:PollSeconds" (10) is how often it looks.
/// </summary>
internal sealed class PublicationTasksWorker(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<PublicationTasksWorker> logger)
    : BatchWorker(logger)
{
    private const int BatchSize = 10;

    protected override bool Enabled => configuration.GetValue("PublicationTasks:Worker", true);
    protected override TimeSpan Idle => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("PublicationTasks:PollSeconds", 10)));
    protected override string Work => "Running due publication tasks";
    protected override IServiceScopeFactory Scopes => scopes;

    protected override async Task<bool> RunBatchAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<PublicationTasks>().RunDueAsync(BatchSize, cancellationToken) == BatchSize;
}

/// <summary>
/// Runs, one after the other, the publication tasks this node's requests handed over after their commit
/// (<see cref="PublicationTaskQueue"/>), so the reviewer is answered before the PDF and the rest are made.
/// Always on: a task it does not finish stays in the database for <see cref="PublicationTasksWorker"/>.
/// </summary>
internal sealed class PublicationTaskRunner(PublicationTaskQueue queue, IServiceScopeFactory scopes, ILogger<PublicationTaskRunner> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var versionId in queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<PublicationTasks>().RunAsync(versionId, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The publication task of version {Version} could not be started; the worker will run it", versionId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

internal static class BackgroundWorkSetup
{
    public static IServiceCollection AddBackgroundWork(this IServiceCollection services) =>
        services.AddHostedService<FindingsBackgroundCheck>().AddHostedService<PublicationTasksWorker>()
            .AddHostedService<PublicationTaskRunner>();
}
