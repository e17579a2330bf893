using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>One published version of a correction pair.</summary>
public sealed record ComparedVersion(int Number, string Title, DateOnly? PublishedOn, string? CorrectionNote);

/// <summary>A cell a correction changed: its amount before and after (null where the version has none).</summary>
public sealed record CellChange(PublishedTable Table, string Line, string ColumnKey, string? Name, Money? Before, Money? After)
{
    public Money? Difference => Before is { } b && After is { } a ? a - b : null;
}

/// <summary>What a correction changed: the version, the published one before it, and every amount that differs.</summary>
public sealed record VersionChanges(string DepartmentCode, string DepartmentName, int Year, ComparedVersion Previous, ComparedVersion Current,
    IReadOnlyList<CellChange> Cells);

/// <summary>
/// Compares a published correction with the published version before it, cell by cell, in
/// PostgreSQL: a full join of the two versions' line facts (ADR 0015) keeping what differs.
/// </summary>
public sealed class VersionChangeQueries(FinalAccountsDbContext db)
{
    /// <summary>Null unless the version is published and an earlier published version of its year exists.</summary>
    public async Task<VersionChanges?> ForAsync(string departmentCode, int year, int number, CancellationToken cancellationToken = default)
    {
        var versions = await db.DepartmentVersions().Of(departmentCode, new FiscalYear(year))
            .Where(v => v.Version.Status == DisclosureStatus.Published && v.Version.Number <= number)
            .OrderByDescending(v => v.Version.Number).Take(2)
            .Select(v => new
            {
                v.Version.Id, v.Department.Code, v.Department.Name,
                Version = new ComparedVersion(v.Version.Number, v.Version.Title, v.Version.PublishedOn, v.Version.CorrectionNote),
            })
            .ToListAsync(cancellationToken);
        if (versions is not [var current, var previous] || current.Version.Number != number)
        {
            return null;
        }
        var rows = await db.Database.SqlQuery<ChangedCellRow>($"""
            SELECT coalesce(b.published_table, a.published_table) AS "Table", coalesce(b.line, a.line) AS "Line",
                   coalesce(b.column_key, a.column_key) AS "ColumnKey", coalesce(b.name, a.name) AS "Name",
                   a.amount AS "Before", b.amount AS "After"
            FROM (SELECT * FROM line_facts WHERE disclosure_version_id = {previous.Id} AND published_table <> {FigureFacts.Source}) a
            FULL JOIN (SELECT * FROM line_facts WHERE disclosure_version_id = {current.Id} AND published_table <> {FigureFacts.Source}) b
              ON b.published_table = a.published_table AND b.line = a.line AND b.column_key = a.column_key
            WHERE a.amount IS DISTINCT FROM b.amount
            """).ToListAsync(cancellationToken);
        var cells = rows.Select(r => new CellChange(Enum.Parse<PublishedTable>(r.Table), r.Line, r.ColumnKey, r.Name,
                r.Before is { } before ? Money.FromYuan(before) : null, r.After is { } after ? Money.FromYuan(after) : null))
            .OrderBy(c => c.Table)
            .ThenBy(c => FactLabels.LineOrder(c.Table, c.Line).Rank)
            .ThenBy(c => FactLabels.LineOrder(c.Table, c.Line).Within, StringComparer.Ordinal)
            .ThenBy(c => FactLabels.ColumnOrder(c.Table, c.ColumnKey))
            .ToList();
        return new VersionChanges(current.Code, current.Name, year, previous.Version, current.Version, cells);
    }

    private sealed record ChangedCellRow(string Table, string Line, string ColumnKey, string? Name, decimal? Before, decimal? After);
}
