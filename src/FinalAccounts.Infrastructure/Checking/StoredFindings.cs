using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FinalAccounts.Infrastructure.Checking;

/// <summary>
/// Keeps the validator's findings of every published version (migration 0015, ADR 0018): written at
/// publication from the analysis the publication makes anyway, and by <see cref="CheckMissingAsync"/> for
/// a version without them or checked under another <see cref="Rulebook.Fingerprint"/>.
/// </summary>
public sealed class StoredFindings(FinalAccountsDbContext db, DisclosureAnalysisService analyses, TimeProvider clock,
    ILogger<StoredFindings> logger)
{
    // Serialises two nodes storing the same version's findings; any constant nothing else uses.
    private const int LockSpace = 0x46_4E_44; // "FND"

    private const string StoreSql = """
        DELETE FROM findings_checks WHERE disclosure_version_id = @version;
        INSERT INTO findings_checks (disclosure_version_id, rulebook, checked_at, errors, warnings, notes)
        VALUES (@version, @rulebook, @checked_at, @errors, @warnings, @notes);
        INSERT INTO version_findings (disclosure_version_id, sequence, rule_id, severity, location, expected, found, message)
        SELECT @version, f.sequence, f.rule_id, f.severity, f.location, f.expected, f.found, f.message
        FROM unnest(@rules, @severities, @locations, @expected, @found, @messages)
             WITH ORDINALITY AS f(rule_id, severity, location, expected, found, message, sequence);
        """;

    /// <summary>(Re)writes the findings of a published version from its analysis.</summary>
    public async Task StoreAsync(long versionId, DisclosureAnalysis analysis, CancellationToken cancellationToken = default)
    {
        var report = analysis.Report;
        var findings = report.Findings;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockSpace}, {(int)(versionId % int.MaxValue)})", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(StoreSql, [
            new NpgsqlParameter("version", versionId),
            new NpgsqlParameter("rulebook", Rulebook.Fingerprint),
            new NpgsqlParameter("checked_at", clock.GetUtcNow()),
            new NpgsqlParameter("errors", report.Errors),
            new NpgsqlParameter("warnings", report.Warnings),
            new NpgsqlParameter("notes", report.Notes),
            new NpgsqlParameter("rules", findings.Select(f => f.RuleId).ToArray()),
            new NpgsqlParameter("severities", findings.Select(f => f.Severity.ToString()).ToArray()),
            new NpgsqlParameter("locations", findings.Select(f => f.Location.ToString()).ToArray()),
            new NpgsqlParameter("expected", findings.Select(f => f.Expected).ToArray()),
            new NpgsqlParameter("found", findings.Select(f => f.Found).ToArray()),
            new NpgsqlParameter("messages", findings.Select(f => f.Message).ToArray()),
        ], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Checks up to <paramref name="limit"/> published versions that have no findings under this
    /// rulebook, oldest first; returns how many it checked (0 when every one is current).
    /// </summary>
    public async Task<int> CheckMissingAsync(int limit, CancellationToken cancellationToken = default)
    {
        var missing = await Unchecked().OrderBy(v => v.Id).Select(v => v.Id).Take(limit).ToListAsync(cancellationToken);
        foreach (var versionId in missing)
        {
            if (await analyses.AnalyzePublishedAsync(versionId, cancellationToken) is { } analysis)
            {
                await StoreAsync(versionId, analysis, cancellationToken);
            }
        }
        if (missing.Count > 0)
        {
            logger.LogInformation("Checked {Count} published versions for stored findings", missing.Count);
        }
        return missing.Count;
    }

    /// <summary>Published versions not yet checked under this rulebook.</summary>
    public Task<int> UncheckedCountAsync(CancellationToken cancellationToken = default) => Unchecked().CountAsync(cancellationToken);

    private IQueryable<DisclosureVersion> Unchecked()
    {
        var fingerprint = Rulebook.Fingerprint;
        return db.DisclosureVersions.AsNoTracking()
            .Where(v => v.Status == DisclosureStatus.Published
                        && !db.FindingsChecks.Any(c => c.DisclosureVersionId == v.Id && c.Rulebook == fingerprint));
    }
}
