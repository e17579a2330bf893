using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// A compared year and the version it was read from: its latest published one, or — for staff who may see
/// the department's drafts and asked for them — its draft or submitted correction (<see cref="IsDraft"/>).
/// Version is null when the year has none.
/// </summary>
public sealed record ComparedYear(int Year, int? Version, bool IsDraft = false);

/// <summary>A year comparison with the department and the versions it read.</summary>
public sealed record DepartmentYearComparison(string DepartmentCode, string DepartmentName, IReadOnlyList<ComparedYear> Versions,
    YearComparison Comparison);

/// <summary>
/// Reads a department's years for comparison from the line facts (ADR 0015) of each year's latest
/// published version — one query over an indexed table, however many tables and years — and
/// aligns the lines by code through the catalog's recorded moves.
/// </summary>
public sealed class YearComparisonQueries(FinalAccountsDbContext db)
{
    private const string BudgetColumn = "initialBudget";
    private const string ActualColumn = "subtotal";

    /// <summary>Null when no department has the code.</summary>
    /// <param name="includeDrafts">
    /// Read a year's draft or submitted version where it has one, instead of its published one: only for
    /// staff who may see the department's drafts (the caller checks), and marked as such.
    /// </param>
    public async Task<DepartmentYearComparison?> CompareAsync(string departmentCode, IReadOnlyList<int> years, decimal thresholdPercent,
        bool includeDrafts = false, CancellationToken cancellationToken = default)
    {
        var department = await db.Departments.AsNoTracking().Where(d => d.Code == departmentCode)
            .Select(d => new { d.Id, d.Code, d.Name }).SingleOrDefaultAsync(cancellationToken);
        if (department is null)
        {
            return null;
        }
        var fiscalYears = years.Select(y => new FiscalYear(y)).ToList();
        var candidates = await db.DepartmentVersions()
            .Where(v => v.Department.Id == department.Id && fiscalYears.Contains(v.Disclosure.Year)
                        && (v.Version.Status == DisclosureStatus.Published
                            || (includeDrafts && (v.Version.Status == DisclosureStatus.Draft || v.Version.Status == DisclosureStatus.Submitted))))
            .Select(v => new { v.Disclosure.Year, v.Version.Id, v.Version.Number, v.Version.Status })
            .ToListAsync(cancellationToken);
        var latest = candidates.GroupBy(v => v.Year.Value).Select(g => g.MaxBy(v => v.Number)!).ToList();
        var published = latest.Where(v => v.Status == DisclosureStatus.Published).Select(v => v.Id).ToList();
        var drafts = latest.Where(v => v.Status != DisclosureStatus.Published).ToList();
        var facts = await db.LineFacts.AsNoTracking().Where(f => published.Contains(f.DisclosureVersionId))
            .Select(f => new Fact(f.Table, f.Line, f.ColumnKey, f.Year, f.Name, f.Amount))
            .ToListAsync(cancellationToken);
        foreach (var draft in drafts)
        {
            facts.AddRange(await DraftFactsAsync(draft.Id, draft.Year.Value, cancellationToken));
        }
        var measures = (await ComparisonMeasures.ReadAsync(db, published, cancellationToken))
            .Concat(await ComparisonMeasures.ReadUnpublishedAsync(db, [.. drafts.Select(d => d.Id)], cancellationToken)).ToList();

        var ordered = years.Order().ToList();
        var aligned = await AlignAsync(facts, ordered[^1], cancellationToken);
        var tables = aligned.Where(f => FactLabels.IsPrinted(f.Table, f.Column))
            .GroupBy(f => f.Table).OrderBy(g => g.Key)
            .Select(g => new ComparedTable(g.Key, Lines(g, ordered)));
        var yearOf = latest.ToDictionary(v => v.Id, v => v.Year.Value);
        var comparison = new YearComparison(ordered, thresholdPercent, tables, BudgetLines(aligned, ordered))
        {
            DraftYears = drafts.Select(d => d.Year.Value).ToHashSet(),
            Trends = [.. ComparisonMeasures.All.Select(m => new TrendLine(m, [.. ordered.Select(y =>
                measures.FirstOrDefault(v => v.Key == m.Key && yearOf[v.Version] == y)?.Value)]))],
        };
        return new DepartmentYearComparison(department.Code, department.Name,
            [
                .. ordered.Select(y => latest.FirstOrDefault(v => v.Year.Value == y) is { } read
                    ? new ComparedYear(y, read.Number, read.Status != DisclosureStatus.Published)
                    : new ComparedYear(y, null)),
            ], comparison);
    }

    /// <summary>
    /// The facts of a version not published, which has none stored (they are written at publication): computed
    /// by the function publication writes them with (migration 0012), so a draft reads as it will once published.
    /// </summary>
    private async Task<List<Fact>> DraftFactsAsync(long versionId, int year, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQuery<DraftFact>($"""
            SELECT published_table AS "Table", line AS "Line", column_key AS "Column", name AS "Name", amount AS "Amount"
            FROM line_facts_of({versionId})
            """).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Fact(Enum.Parse<PublishedTable>(r.Table), r.Line, r.Column, year, r.Name, Money.FromYuan(r.Amount)))];
    }

    private sealed record DraftFact(string Table, string Line, string Column, string? Name, decimal Amount);

    private sealed record Fact(PublishedTable Table, string Line, string Column, int Year, string? Name, Money Amount);

    /// <summary>Every coded line under the code it has in the latest compared year, following recorded moves.</summary>
    private async Task<IReadOnlyList<Fact>> AlignAsync(List<Fact> facts, int latestYear, CancellationToken cancellationToken)
    {
        var functions = await CatalogCodeHistory.LoadAsync(db, CatalogKind.Function, cancellationToken);
        var economics = await CatalogCodeHistory.LoadAsync(db, CatalogKind.Economic, cancellationToken);
        return [.. facts.Select(f => !FactLabels.IsCode(f.Line) ? f
            : f with { Line = (f.Table == PublishedTable.BasicExpenditureDetail ? economics : functions).CodeIn(latestYear, f.Line) })];
    }

    private static IReadOnlyList<ComparedLine> Lines(IEnumerable<Fact> facts, IReadOnlyList<int> years) =>
    [
        .. facts.GroupBy(f => (f.Line, f.Column))
            .OrderBy(g => FactLabels.LineOrder(g.First().Table, g.Key.Line).Rank)
            .ThenBy(g => FactLabels.LineOrder(g.First().Table, g.Key.Line).Within, StringComparer.Ordinal)
            .ThenBy(g => FactLabels.ColumnOrder(g.First().Table, g.Key.Column))
            .Select(g =>
            {
                var table = g.First().Table;
                return new ComparedLine(g.Key.Line, FactLabels.IsCode(g.Key.Line) ? g.Key.Line : null,
                    FactLabels.LineName(table, g.Key.Line, LatestName(g)), g.Key.Column,
                    FactLabels.ColumnName(table, g.Key.Line, g.Key.Column), AmountsByYear(g, years));
            }),
    ];

    /// <summary>公开05表's total and 项 lines, with 年初预算 and 决算 (小计) in each year.</summary>
    private static IReadOnlyList<BudgetLine> BudgetLines(IEnumerable<Fact> facts, IReadOnlyList<int> years) =>
    [
        .. facts.Where(f => f.Table == PublishedTable.GeneralBudgetExpenditure && f.Column is BudgetColumn or ActualColumn
                            && (f.Line == FactLabels.TotalLine || f.Line.Length == 7))
            .GroupBy(f => f.Line)
            .OrderBy(g => FactLabels.LineOrder(PublishedTable.GeneralBudgetExpenditure, g.Key).Rank)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BudgetLine(FactLabels.IsCode(g.Key) ? g.Key : null,
                FactLabels.LineName(PublishedTable.GeneralBudgetExpenditure, g.Key, LatestName(g)),
                AmountsByYear(g.Where(f => f.Column == BudgetColumn), years), AmountsByYear(g.Where(f => f.Column == ActualColumn), years))),
    ];

    private static string? LatestName(IEnumerable<Fact> facts) => facts.Where(f => f.Name is not null).MaxBy(f => f.Year)?.Name;

    private static IReadOnlyList<Money?> AmountsByYear(IEnumerable<Fact> facts, IReadOnlyList<int> years)
    {
        var byYear = facts.GroupBy(f => f.Year).ToDictionary(g => g.Key, g => g.Select(f => f.Amount).Sum());
        return [.. years.Select(y => byYear.TryGetValue(y, out var amount) ? amount : (Money?)null)];
    }
}
