using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>The real application on its own migrated and seeded database, started the way run.sh starts it.</summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase _database = null!;

    public TestDatabase Database => _database;

    /// <summary>The seed files the portal loads on start.</summary>
    protected virtual string SeedDirectory => RepositoryPaths.SeedDirectory;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("portal");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:FinalAccounts", _database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:LoadSeedOnStartup", "true");
        builder.UseSetting("Database:SeedDirectory", SeedDirectory);
        // Tests that publish by hand decide when a publication's tasks run; PublicationTasksTests turns the worker on.
        builder.UseSetting("PublicationTasks:Worker", "false");
        builder.UseSetting("Serilog:WriteTo:0:Args:configure:1:Args:path", Path.Combine(Path.GetTempPath(), "finalaccounts-tests", "log-.json"));
    }

    /// <summary>
    /// Opens a correction of the department's published version of the year, retitled "…（更正）",
    /// as a draft the public must not see; returns its number and row id.
    /// </summary>
    public async Task<(int Number, long Id)> StartCorrectionAsync(string department, int year)
    {
        CreateClient();
        await using var db = Database.CreateContext();
        var disclosure = await (from d in db.Disclosures.Include(d => d.Versions)
                                join dep in db.Departments on d.DepartmentId equals dep.Id
                                where dep.Code == department && d.Year == new FiscalYear(year)
                                select d).SingleAsync();
        var published = disclosure.Versions.Single(v => v.Status == DisclosureStatus.Published);
        var correction = disclosure.StartVersion(published.Title, published.ReportingUnit, "更正");
        correction.Retitle(published.Title + "（更正）", published.ReportingUnit);
        await db.SaveChangesAsync();
        return (correction.Number, correction.Id);
    }

    /// <summary>Waits until the background check has stored the findings of every published version.</summary>
    public async Task WaitForStoredFindingsAsync()
    {
        for (var tries = 0; tries < 600; tries++)
        {
            using var scope = Services.CreateScope();
            if (await scope.ServiceProvider.GetRequiredService<StoredFindings>().UncheckedCountAsync() == 0)
            {
                return;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The background check did not store the findings of every published version within 5 minutes.");
    }

    /// <summary>
    /// Waits until the version's publication task has run: what the node does after answering the reviewer
    /// (renditions, PDF, search, findings, a second eviction).
    /// </summary>
    public async Task WaitForPublicationTaskAsync(long versionId)
    {
        for (var tries = 0; tries < 240; tries++)
        {
            await using var db = Database.CreateContext();
            if (await db.PublicationTasks.AsNoTracking().SingleOrDefaultAsync(t => t.VersionId == versionId) is not { } task)
            {
                return;
            }
            if (tries == 239)
            {
                throw new TimeoutException($"The publication task of version {versionId} did not run within 60 s: " +
                                           $"{task.Attempts} attempts, due {task.DueAt:O}, {task.LastError}");
            }
            await Task.Delay(250);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        await DisposedAsync();
    }

    /// <summary>What a derived portal tidies up after the portal and its database are gone.</summary>
    protected virtual Task DisposedAsync() => Task.CompletedTask;
}
