using System.Security.Cryptography;
using System.Text;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Administration;

/// <summary>A year of the catalog list: how many codes each catalog has, how many moves, how many disclosures use the year.</summary>
public sealed record CatalogYear(int Year, int Functions, int Economics, int Moves, int Disclosures);

/// <summary>
/// The administrator's work on the yearly classification catalogs: a year's catalog is imported from
/// a workbook, previewed against last year's (new, renamed, removed, moved codes), and applied whole in
/// one transaction — replacing the year's catalog if it has one, never removing a code that a
/// disclosure of that year uses. The import is logged with its changes.
/// </summary>
public sealed class CatalogAdministration(FinalAccountsDbContext db, IEnumerable<IPublicContentListener> listeners, TimeProvider clock)
{
    public async Task<IReadOnlyList<CatalogYear>> YearsAsync(CancellationToken cancellationToken = default)
    {
        var functions = await db.FunctionClassifications.GroupBy(c => c.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.Value, g => g.Count, cancellationToken);
        var economics = await db.EconomicClassifications.GroupBy(c => c.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.Value, g => g.Count, cancellationToken);
        var moves = await db.CatalogCodeMoves.GroupBy(c => c.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.Value, g => g.Count, cancellationToken);
        var disclosures = await db.Disclosures.GroupBy(d => d.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key.Value, g => g.Count, cancellationToken);
        return functions.Keys.Union(economics.Keys).OrderDescending()
            .Select(y => new CatalogYear(y, functions.GetValueOrDefault(y), economics.GetValueOrDefault(y), moves.GetValueOrDefault(y),
                disclosures.GetValueOrDefault(y)))
            .ToList();
    }

    /// <summary>A year's catalog as the workbook holds it (empty lists when the year has none).</summary>
    public async Task<CatalogFile> CatalogAsync(int year, CancellationToken cancellationToken = default)
    {
        var fiscalYear = new FiscalYear(year);
        var functions = await db.FunctionClassifications.AsNoTracking().Where(c => c.Year == fiscalYear).ToListAsync(cancellationToken);
        var economics = await db.EconomicClassifications.AsNoTracking().Where(c => c.Year == fiscalYear).ToListAsync(cancellationToken);
        var moves = await db.CatalogCodeMoves.AsNoTracking().Where(m => m.Year == fiscalYear).ToListAsync(cancellationToken);
        return new CatalogFile(
            functions.Select(c => new CatalogLine(c.Code.Value, c.Name, c.Explanation)).OrderBy(l => l.Code, StringComparer.Ordinal).ToList(),
            economics.Select(c => new CatalogLine(c.Code.Value, c.Name, c.Explanation)).OrderBy(l => l.Code, StringComparer.Ordinal).ToList(),
            moves.OrderBy(m => m.Catalog).ThenBy(m => m.OldCode, StringComparer.Ordinal)
                .Select(m => new CatalogMoveLine(m.Catalog, m.OldCode, m.NewCode)).ToList());
    }

    /// <summary>What importing the file as the year's catalog would do, and what stops it.</summary>
    public async Task<CatalogPreview> PreviewAsync(int year, CatalogFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (year is <= FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return new CatalogPreview(year, file, [$"年度应在 {FiscalYear.Earliest + 1} 至 {FiscalYear.Latest} 之间。"], null, [], null, "");
        }
        var problems = new List<string>();
        foreach (var kind in Kinds)
        {
            var lines = file.Lines(kind);
            if (lines.Count == 0)
            {
                problems.Add($"{CatalogSheets.Name(kind)}：没有科目。");
            }
            CatalogRules.CheckEntries(kind, lines, _ => "", (i, message) => problems.Add($"{CatalogSheets.Name(kind)}第 {i + 1} 条：{message}"));
        }

        var current = await CatalogAsync(year, cancellationToken);
        var previous = await LatestBeforeAsync(year, cancellationToken);
        var previousCodes = previous?.Year == year - 1
            ? Kinds.ToDictionary(k => k, k => previous.File.Lines(k).Select(l => l.Code).ToHashSet(StringComparer.Ordinal))
            : null;
        CatalogRules.CheckMoves(file, previousCodes, (i, message) => problems.Add($"{CatalogSheets.Moves}第 {i + 1} 条：{message}"));
        var hasCurrent = current.Functions.Count + current.Economics.Count > 0;
        if (hasCurrent)
        {
            await CheckRemovalsAsync(year, current, file, problems, cancellationToken);
        }
        return new CatalogPreview(year, file, problems, previous?.Year,
            previous is null ? [] : Kinds.Select(k => CatalogChanges.Between(k, previous.File.Lines(k), file.Lines(k))).ToList(),
            hasCurrent ? Kinds.Select(k => CatalogChanges.Between(k, current.Lines(k), file.Lines(k))).ToList() : null,
            Fingerprint(current));
    }

    /// <summary>
    /// Makes the file the year's catalog, in one transaction, if it still passes every check and the
    /// year's catalog is still the one the preview was made against.
    /// </summary>
    public async Task<AdministrationResult> ApplyAsync(int year, CatalogFile file, string? fingerprint, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One import at a time: two administrators importing the same year would otherwise interleave.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(4202, {year})", cancellationToken);
        var preview = await PreviewAsync(year, file, cancellationToken);
        if (!preview.CanApply)
        {
            return AdministrationResult.Refused($"科目表有 {preview.Problems.Count} 处问题，未导入：{string.Join(" ", preview.Problems.Take(5))}");
        }
        if (preview.Fingerprint != fingerprint)
        {
            return AdministrationResult.Refused($"{year}年度科目表在预览之后已被修改（可能有人同时导入）。请重新上传文件，核对变化后再导入。");
        }
        var fiscalYear = new FiscalYear(year);
        var before = preview.AgainstCurrent is null ? "无" : Counts(await CatalogAsync(year, cancellationToken));
        await ReplaceAsync(fiscalYear, file, cancellationToken);
        var changes = preview.AgainstCurrent ?? preview.AgainstPreviousYear;
        AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationLog.Catalog(year), preview.AgainstCurrent is null ? "导入科目表" : "替换科目表",
            before, $"{Counts(file)}；{Describe(changes, preview.AgainstCurrent is null ? preview.PreviousYear : year)}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The comparisons read the year's code moves; a catalog may show on any page that names a code.
        await listeners.NotifyAsync(PublicContentChange.Everything, cancellationToken);
        return AdministrationResult.Done($"已导入{year}年度科目表：{Counts(file)}。");
    }

    /// <summary>The signature of a catalog's content, which changes with any code, name, explanation or move.</summary>
    public static string Fingerprint(CatalogFile catalog)
    {
        var text = new StringBuilder();
        foreach (var kind in Kinds)
        {
            foreach (var line in catalog.Lines(kind).OrderBy(l => l.Code, StringComparer.Ordinal))
            {
                text.Append(kind).Append('\u001F').Append(line.Code).Append('\u001F').Append(line.Name).Append('\u001F').Append(line.Explanation).Append('\u001E');
            }
        }
        foreach (var move in catalog.Moves.OrderBy(m => m.Catalog).ThenBy(m => m.OldCode, StringComparer.Ordinal))
        {
            text.Append(move.Catalog).Append('\u001F').Append(move.OldCode).Append('\u001F').Append(move.NewCode).Append('\u001E');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    private static readonly CatalogKind[] Kinds = [CatalogKind.Function, CatalogKind.Economic];

    private sealed record YearCatalog(int Year, CatalogFile File);

    /// <summary>The catalog of the latest year before this one that has one (normally last year).</summary>
    private async Task<YearCatalog?> LatestBeforeAsync(int year, CancellationToken cancellationToken)
    {
        var years = await db.FunctionClassifications.Select(c => c.Year).Distinct().ToListAsync(cancellationToken);
        var latest = years.Select(y => y.Value).Where(y => y < year).DefaultIfEmpty().Max();
        return latest == 0 ? null : new YearCatalog(latest, await CatalogAsync(latest, cancellationToken));
    }

    /// <summary>A code a disclosure of the year uses cannot leave the year's catalog.</summary>
    private async Task CheckRemovalsAsync(int year, CatalogFile current, CatalogFile file, List<string> problems, CancellationToken cancellationToken)
    {
        var usedFunctions = await db.Database.SqlQuery<string>($"""
            SELECT DISTINCT r.code AS "Value" FROM (
                SELECT disclosure_version_id, code FROM table02_income_rows
                UNION ALL SELECT disclosure_version_id, code FROM table03_expenditure_rows
                UNION ALL SELECT disclosure_version_id, code FROM table05_general_budget_rows
                UNION ALL SELECT disclosure_version_id, code FROM table07_government_fund_rows
                UNION ALL SELECT disclosure_version_id, code FROM table08_state_capital_rows
                UNION ALL SELECT disclosure_version_id, class_code FROM table01_expenditure_lines
                UNION ALL SELECT disclosure_version_id, class_code FROM table04_expenditure_lines) r
            JOIN disclosure_versions v ON v.id = r.disclosure_version_id
            JOIN disclosures d ON d.id = v.disclosure_id
            WHERE d.year = {year} AND r.code IS NOT NULL
            """).ToListAsync(cancellationToken);
        var usedEconomics = await db.Database.SqlQuery<string>($"""
            SELECT DISTINCT r.code AS "Value" FROM table06_basic_expenditure_rows r
            JOIN disclosure_versions v ON v.id = r.disclosure_version_id
            JOIN disclosures d ON d.id = v.disclosure_id
            WHERE d.year = {year}
            """).ToListAsync(cancellationToken);
        foreach (var (kind, used) in new[] { (CatalogKind.Function, usedFunctions), (CatalogKind.Economic, usedEconomics) })
        {
            var kept = file.Lines(kind).Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
            var removedInUse = current.Lines(kind).Select(l => l.Code).Where(c => !kept.Contains(c) && used.Contains(c))
                .Order(StringComparer.Ordinal).ToList();
            if (removedInUse.Count > 0)
            {
                problems.Add($"{CatalogSheets.Name(kind)}：{string.Join("、", removedInUse.Take(20))}{(removedInUse.Count > 20 ? " 等" : "")} " +
                             $"已在{year}年度的决算中使用，不能从科目表中删除。请保留这些科目，或先修改使用它们的决算。");
            }
        }
    }

    private async Task ReplaceAsync(FiscalYear year, CatalogFile file, CancellationToken cancellationToken)
    {
        await db.FunctionClassifications.Where(c => c.Year == year).ExecuteDeleteAsync(cancellationToken);
        await db.EconomicClassifications.Where(c => c.Year == year).ExecuteDeleteAsync(cancellationToken);
        await db.CatalogCodeMoves.Where(m => m.Year == year).ExecuteDeleteAsync(cancellationToken);
        db.FunctionClassifications.AddRange(file.Functions.Select(l => new FunctionClassification(year, FunctionCode.Parse(l.Code), l.Name, l.Explanation)));
        db.EconomicClassifications.AddRange(file.Economics.Select(l => new EconomicClassification(year, EconomicCode.Parse(l.Code), l.Name, l.Explanation)));
        db.CatalogCodeMoves.AddRange(file.Moves.Select(m => new CatalogCodeMove(year, m.Catalog, m.OldCode, m.NewCode)));
    }

    private static string Counts(CatalogFile file) =>
        $"支出功能分类科目 {file.Functions.Count} 个、经济分类科目 {file.Economics.Count} 个、科目变动 {file.Moves.Count} 条";

    private static string Describe(IReadOnlyList<CatalogChanges> changes, int? against) =>
        against is null ? "首个年度"
        : $"与{against}年度相比：" + string.Join("；", changes.Select(c =>
            $"{CatalogSheets.Name(c.Catalog)}{c.Summary()}" +
            (c.Renamed.Count == 0 ? "" : "（改名：" + string.Join("、", c.Renamed.Select(r => $"{r.Code} {r.OldName}→{r.NewName}")) + "）")));
}
