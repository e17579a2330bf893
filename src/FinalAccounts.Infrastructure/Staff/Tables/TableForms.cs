using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>
/// What a table's edit form posts: the codes of the rows it shows that were added by code, the rows
/// ticked for removal, a code to add, every amount cell by key ("2040601:basic") and the empty-table sentence.
/// </summary>
public sealed record TablePost(
    IReadOnlyList<string> Codes,
    IReadOnlyCollection<string> Remove,
    string? NewCode,
    IReadOnlyDictionary<string, string?> Cells,
    string? EmptyStatement);

/// <summary>A posted form with its rows added and removed. Problem: why the code to add was refused; Done: what changed, unsaved.</summary>
/// <param name="PendingRemovals">Saved rows taken out of the form and not yet saved: the page posts them back as removed.</param>
public sealed record TableEdit(TableForm Form, string? Problem, string? Done, IReadOnlyList<string> PendingRemovals);

/// <summary>Where a form's rows, cells and names come from: stored content, or a posted form.</summary>
internal sealed record FormSource(
    IReadOnlyList<string> Codes,
    IReadOnlyDictionary<string, string?> Cells,
    Func<string, string?> Name,
    string? EmptyStatement)
{
    public string? Text(string row, string column) => Cells.GetValueOrDefault(CellKey(row, column));

    public static string CellKey(string row, string column) => $"{row}:{column}";
}

/// <summary>How one table (or family of tables) is laid out for editing and written back into the content.</summary>
internal interface ITableLayout
{
    FormCodeKind Codes { get; }

    /// <summary>The codes of the rows that are in the table because someone added them (not fixed lines).</summary>
    IReadOnlyList<string> CodesOf(TablesContent tables);

    /// <summary>The names the table stores for its codes.</summary>
    IReadOnlyDictionary<string, string> NamesOf(TablesContent tables);

    IReadOnlyDictionary<string, string?> CellsOf(TablesContent tables);

    string? EmptyStatementOf(TablesContent tables);

    /// <summary>A code printed as a fixed line of the table (the standard 类 of 公开01, 04表), so never added.</summary>
    bool IsFixed(string code);

    TableForm Build(FormSource source);

    TablesContent Write(TablesContent tables, TableForm form, FormAmounts amounts);
}

/// <summary>
/// The nine tables' edit forms: built from a version's content or from what a person posted (with
/// rows added by code from the year's catalog, or removed), and written back into the content. One
/// place for all of it, so the page only renders a <see cref="TableForm"/>.
/// </summary>
public static class TableForms
{
    public static TableForm Open(PublishedTable table, DisclosureContent content, CatalogNames catalog)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(catalog);
        var layout = Layout(table);
        return layout.Build(new FormSource(layout.CodesOf(content.Tables), layout.CellsOf(content.Tables),
            Names(layout, content, catalog), layout.EmptyStatementOf(content.Tables)));
    }

    /// <summary>
    /// The posted form with the ticked rows removed and the code to add (with the 类 and 款 above it
    /// that the table lacks) added from the catalog. Every typed cell is kept as typed; an added row
    /// starts blank. Nothing is saved.
    /// </summary>
    public static TableEdit Edit(PublishedTable table, DisclosureContent content, TablePost post, CatalogNames catalog)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(catalog);
        var layout = Layout(table);
        var names = Names(layout, content, catalog);
        var remove = post.Remove.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
        // A row leaves the table only when its 删除 box is ticked: a stored row the post leaves out, or a
        // code that is no code, means a stale or tampered form, and no row is dropped because of it.
        var byValidity = post.Codes.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToLookup(c => Parse(layout.Codes, c) is not null);
        var posted = byValidity[true].ToList();
        var malformed = byValidity[false].ToList();
        var stored = layout.CodesOf(content.Tables);
        var missing = stored.Where(c => !posted.Contains(c) && !remove.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
        var codes = posted.Concat(missing).Where(c => !remove.Contains(c)).ToList();
        var done = new List<string>();
        if (posted.Count + missing.Count > codes.Count)
        {
            done.Add($"已删除 {posted.Count + missing.Count - codes.Count} 行");
        }

        string? problem = (malformed.Count, missing.Count) switch
        {
            ( > 0, _) => $"表单内容有误（“{string.Join("”“", malformed.Take(3))}”不是科目编码），没有删除任何行。请刷新页面后重新填写。",
            (_, > 0) => $"表单缺少已保存的 {missing.Count} 行（{string.Join("、", missing.Take(5))}），已放回表中，没有删除。" +
                        "要删除一行，请勾选该行的“删除”。",
            _ => null,
        };
        if (!string.IsNullOrWhiteSpace(post.NewCode) && layout.Codes != FormCodeKind.None)
        {
            var added = Add(layout, codes, post.NewCode.Trim(), names, catalog, content.Year);
            problem = problem is null ? added.Problem : problem + (added.Problem is null ? "" : " " + added.Problem);
            if (added.Done is not null)
            {
                done.Add(added.Done);
            }
        }
        var form = layout.Build(new FormSource(codes, WithStoredCells(layout, content, post.Cells, missing), names, post.EmptyStatement));
        return new TableEdit(form, problem, done.Count == 0 ? null : string.Join("；", done) + "。以上修改尚未保存。",
            [.. stored.Where(remove.Contains).Distinct(StringComparer.Ordinal)]);
    }

    // Rows put back because the post left them out come back with their saved figures, never blank.
    private static IReadOnlyDictionary<string, string?> WithStoredCells(ITableLayout layout, DisclosureContent content,
        IReadOnlyDictionary<string, string?> posted, IReadOnlyList<string> missing)
    {
        if (missing.Count == 0)
        {
            return posted;
        }
        var cells = new Dictionary<string, string?>(posted, StringComparer.Ordinal);
        foreach (var (key, value) in layout.CellsOf(content.Tables))
        {
            if (missing.Any(code => key.StartsWith(FormSource.CellKey(code, ""), StringComparison.Ordinal)))
            {
                cells.TryAdd(key, value);
            }
        }
        return cells;
    }

    /// <summary>The content with the form's table replaced; the amounts must have been read without problems.</summary>
    public static DisclosureContent Write(DisclosureContent content, TableForm form, FormAmounts amounts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(amounts);
        if (!amounts.IsValid)
        {
            throw new InvalidOperationException("A form with unreadable amounts is not written.");
        }
        return content with { Tables = Layout(form.Table).Write(content.Tables, form, amounts) };
    }

    private static ITableLayout Layout(PublishedTable table) => table switch
    {
        PublishedTable.IncomeExpenditureSummary => SummaryLayouts.IncomeExpenditure,
        PublishedTable.AppropriationSummary => SummaryLayouts.Appropriation,
        PublishedTable.BasicExpenditureDetail => BasicExpenditureLayout.Instance,
        PublishedTable.ThreePublicCosts => ThreePublicCostsLayout.Instance,
        _ => CodedTableLayouts.Of(table),
    };

    // A row keeps the name its table stores; a row added by code takes the catalog's.
    private static Func<string, string?> Names(ITableLayout layout, DisclosureContent content, CatalogNames catalog)
    {
        var stored = layout.NamesOf(content.Tables);
        return code => stored.GetValueOrDefault(code) ?? CatalogName(layout, catalog, code);
    }

    private static string? CatalogName(ITableLayout layout, CatalogNames catalog, string code) =>
        layout.Codes == FormCodeKind.Economic ? catalog.Economic.GetValueOrDefault(code) : catalog.Function.GetValueOrDefault(code);

    private static (string? Problem, string? Done) Add(ITableLayout layout, List<string> codes, string text,
        Func<string, string?> names, CatalogNames catalog, int year)
    {
        if (Parse(layout.Codes, text) is not { } parsed)
        {
            return (layout.Codes switch
            {
                FormCodeKind.FunctionClass => $"“{text}”不是类级支出功能分类科目编码：本表按类列示，请填写 3 位类编码，如 204。",
                FormCodeKind.Economic => $"“{text}”不是有效的经济分类科目编码：类 3 位、款 5 位数字，以 3 开头，如 30101。",
                _ => $"“{text}”不是有效的支出功能分类科目编码：类 3 位、款 5 位、项 7 位数字，以 2 开头，如 2040601。",
            }, null);
        }
        var (code, ancestors) = parsed;
        var kind = layout.Codes == FormCodeKind.Economic ? "部门预算支出经济分类" : "支出功能分类";
        if (CatalogName(layout, catalog, code) is null)
        {
            return ($"科目编码“{code}”不在{year}年度{kind}科目目录中，未添加。请核对编码。", null);
        }
        if (codes.Contains(code, StringComparer.Ordinal) || layout.IsFixed(code))
        {
            return ($"“{code} {names(code)}”已在表中，未重复添加。", null);
        }
        var added = ancestors
            .Where(a => !codes.Contains(a, StringComparer.Ordinal) && !layout.IsFixed(a) && CatalogName(layout, catalog, a) is not null)
            .ToList();
        codes.AddRange(added);
        codes.Add(code);
        var done = $"已添加“{code} {names(code)}”";
        if (added.Count > 0)
        {
            done += "及上级科目" + string.Join("、", added.Select(a => $"“{a} {names(a)}”"));
        }
        return (null, done);
    }

    private static (string Code, IReadOnlyList<string> Ancestors)? Parse(FormCodeKind kind, string text)
    {
        switch (kind)
        {
            case FormCodeKind.Economic when EconomicCode.TryParse(text, out var economic):
                return (economic.Value, economic.ParentValue is { } economicClass ? [economicClass] : []);
            case FormCodeKind.FunctionClass when FunctionCode.TryParse(text, out var cls) && cls.Level == FunctionLevel.Class:
                return (cls.Value, []);
            case FormCodeKind.Function when FunctionCode.TryParse(text, out var function):
                var ancestors = new List<string>();
                for (var above = function.Parent; above is { } p; above = p.Parent)
                {
                    ancestors.Insert(0, p.Value);
                }
                return (function.Value, ancestors);
            default:
                return null;
        }
    }
}
