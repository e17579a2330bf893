using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// The figures the year trends and the department comparison show, each defined once as the line
/// facts it reads (ADR 0015): a cell of a table, a figure fact, or a per-staff figure (an amount
/// divided by 在职实有人数). <see cref="ValuesSql"/> turns them into one SQL expression that the
/// trends, the department comparison and their downloads and API all read.
/// </summary>
public static class ComparisonMeasures
{
    private sealed record Definition(Measure Measure, string Expression, params string[] Lines);

    private static readonly List<Definition> Definitions = Build();

    /// <summary>In the order pages, downloads and the API show them.</summary>
    public static IReadOnlyList<Measure> All { get; } = [.. Definitions.Select(d => d.Measure)];

    public static Measure? Find(string? key) => All.FirstOrDefault(m => m.Key == key);

    public const string ActiveStaff = FigureFacts.ActiveStaff;

    /// <summary>The fact line of 公开01表's 收支总计 (its 收入 side), in column "amount".</summary>
    public const string GrandTotalLine = "incomeGrandTotal";
    public const string ThreePublic = "threePublic";
    public const string ThreePublicBudget = "threePublicBudget";
    public const string OperatingCosts = "operatingCosts";

    /// <summary>Every measure of the versions, read in one query.</summary>
    internal static async Task<IReadOnlyList<MeasureValue>> ReadAsync(Persistence.FinalAccountsDbContext db, IReadOnlyCollection<long> versions,
        CancellationToken cancellationToken) =>
        versions.Count == 0 ? []
        : await db.Database.SqlQueryRaw<MeasureValue>(OfVersionsSql,
            new Npgsql.NpgsqlParameter("versions", versions.ToArray())).ToListAsync(cancellationToken);

    /// <summary>
    /// Every measure of versions not published (drafts shown to their staff), which have no facts stored:
    /// computed from their content by the functions publication writes facts with (migrations 0012, 0013).
    /// </summary>
    internal static async Task<IReadOnlyList<MeasureValue>> ReadUnpublishedAsync(Persistence.FinalAccountsDbContext db,
        IReadOnlyCollection<long> versions, CancellationToken cancellationToken) =>
        versions.Count == 0 ? []
        : await db.Database.SqlQueryRaw<MeasureValue>(OfUnpublishedVersionsSql,
            new Npgsql.NpgsqlParameter("versions", versions.ToArray())).ToListAsync(cancellationToken);

    /// <summary>
    /// The fact lines the measures read — about a tenth of a version's facts. Migration 0017 keeps
    /// them, with their amounts, in a partial index that <see cref="ValuesSql"/> is answered from;
    /// a measure on a line that index does not list would be read from the table, slowly.
    /// </summary>
    public static IReadOnlyList<string> Lines { get; } = [.. Definitions.SelectMany(d => d.Lines).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// <see cref="Lines"/> as the condition on line_facts ("line IN ('incomeGrandTotal', …)") that both
    /// the partial index (in the EF model and migration 0017) and <see cref="ValuesSql"/> state, so
    /// PostgreSQL sees that the query may read the index.
    /// </summary>
    public static string LinesFilter { get; } = $"line IN ({string.Join(", ", Lines.Select(line => $"'{line}'"))})";

    /// <summary>
    /// A query of (Version, Key, Value) — every measure of every version listed by a preceding
    /// <c>compared(id)</c> CTE; value is null where the version has no such figure (a blank is not
    /// a zero). Reads each version's measure lines once, from the index of migration 0017.
    /// </summary>
    public static string ValuesSql { get; } = BuildSql("line_facts f WHERE f.disclosure_version_id = c.id AND");

    /// <summary>
    /// As <see cref="ValuesSql"/>, for a "compared" whose rows say whether they are drafts (column draft): a
    /// draft has no facts stored, so its are computed from its content by the functions publication uses.
    /// </summary>
    public static string ValuesWithDraftsSql { get; } = BuildSql("""
        (SELECT published_table, line, column_key, amount FROM line_facts WHERE disclosure_version_id = c.id AND NOT c.draft
         UNION ALL SELECT published_table, line, column_key, amount FROM line_facts_of(c.id) WHERE c.draft
         UNION ALL SELECT published_table, line, column_key, amount FROM figure_facts_of(c.id) WHERE c.draft) f WHERE
        """);

    // Built from the definitions above, never from input; the versions are a parameter.
    private static readonly string OfVersionsSql = "WITH compared(id) AS (SELECT unnest(@versions))\n" + ValuesSql;

    private static readonly string OfUnpublishedVersionsSql = "WITH compared(id, draft) AS (SELECT unnest(@versions), true)\n"
        + ValuesWithDraftsSql;

    private static List<Definition> Build()
    {
        List<Definition> list =
        [
            Cell("grandTotal", "收支总计", PublishedTable.IncomeExpenditureSummary, GrandTotalLine, "amount"),
            Cell("appropriation", "财政拨款支出", PublishedTable.AppropriationSummary, "expenditureTotal", "subtotal"),
            Cell("basic", "基本支出", PublishedTable.Expenditure, FactLabels.TotalLine, "basic"),
            Cell("project", "项目支出", PublishedTable.Expenditure, FactLabels.TotalLine, "project"),
            Cell("personnel", "人员经费", PublishedTable.BasicExpenditureDetail, "personnel", "amount"),
            Cell("public", "公用经费", PublishedTable.BasicExpenditureDetail, "public", "amount"),
        ];
        foreach (var item in new[] { "total", "abroad", "vehicleSubtotal", "vehiclePurchase", "vehicleOperation", "reception" })
        {
            var name = item == "total" ? "“三公”经费" : FactLabels.LineName(PublishedTable.ThreePublicCosts, item, null).Replace(" 小计", "", StringComparison.Ordinal);
            list.Add(Cell("threePublic" + (item == "total" ? "" : char.ToUpperInvariant(item[0]) + item[1..]), name,
                PublishedTable.ThreePublicCosts, item, "actual"));
        }
        list.Add(Cell(ThreePublicBudget, "“三公”经费预算数", PublishedTable.ThreePublicCosts, "total", "budget"));
        list.Add(new(new Measure("operatingCosts", "机关运行经费", MeasureUnit.Yuan),
            Sum(FigureFacts.Source, FigureFacts.OperatingCosts, FigureFacts.Amount), FigureFacts.OperatingCosts));
        // 在职实有人数 is known only where both 行政 and 事业 are stated, as the 概况 prints it.
        list.Add(new(new Measure(ActiveStaff, "在职实有人数", MeasureUnit.People),
            $"CASE WHEN count(*) FILTER (WHERE {Is(FigureFacts.Source, FigureFacts.ActiveStaff, FigureFacts.Administrative)}) > 0 " +
            $"AND count(*) FILTER (WHERE {Is(FigureFacts.Source, FigureFacts.ActiveStaff, FigureFacts.Institutional)}) > 0 " +
            $"THEN sum(amount) FILTER (WHERE published_table = '{FigureFacts.Source}' AND line = '{FigureFacts.ActiveStaff}') END",
            FigureFacts.ActiveStaff));
        foreach (var key in new[] { "personnel", "public", "operatingCosts", "threePublic" })
        {
            var of = list.Single(d => d.Measure.Key == key).Measure;
            list.Add(new(new Measure(key + "PerStaff", "人均" + of.Name, MeasureUnit.YuanPerPerson), PerStaff(key)));
        }
        return list;
    }

    private static Definition Cell(string key, string name, PublishedTable table, string line, string column) =>
        new(new Measure(key, name, MeasureUnit.Yuan), Sum(table.ToString(), line, column), line);

    private static string Sum(string source, string line, string column) => $"sum(amount) FILTER (WHERE {Is(source, line, column)})";

    private static string Is(string source, string line, string column) =>
        $"published_table = '{source}' AND line = '{line}' AND column_key = '{column}'";

    // Per person, to the 分 (half away from zero, as PostgreSQL rounds numeric); blank without a known, non-zero staff.
    private static string PerStaff(string key) => $"round(a.\"{key}\" / nullif(a.\"{ActiveStaff}\", 0), 2)";

    /// <param name="facts">Where a version's facts are read from, up to the filter on the measures' lines.</param>
    private static string BuildSql(string facts)
    {
        var direct = Definitions.Where(d => d.Measure.Unit != MeasureUnit.YuanPerPerson).ToList();
        var sql = new StringBuilder("SELECT c.id AS \"Version\", m.key AS \"Key\", m.value AS \"Value\" FROM compared c\nCROSS JOIN LATERAL (SELECT ");
        sql.AppendJoin(",\n    ", direct.Select(d => $"{d.Expression} AS \"{d.Measure.Key}\""));
        sql.Append(CultureInfo.InvariantCulture, $"\n  FROM {facts} {LinesFilter}) a\nCROSS JOIN LATERAL (VALUES ");
        sql.AppendJoin(",\n    ", Definitions.Select(d =>
            $"('{d.Measure.Key}', {(d.Measure.Unit == MeasureUnit.YuanPerPerson ? d.Expression : $"a.\"{d.Measure.Key}\"")}::numeric)"));
        sql.Append(") m(key, value)");
        return sql.ToString();
    }
}

/// <summary>One measure of one version: in 元, or people; null where the version has no such figure.</summary>
internal sealed record MeasureValue(long Version, string Key, decimal? Value);
