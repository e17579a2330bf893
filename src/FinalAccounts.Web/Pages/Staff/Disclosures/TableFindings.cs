using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Staff.Tables;
using FinalAccounts.Web.Staff;

namespace FinalAccounts.Web.Pages.Staff.Disclosures;

/// <summary>
/// The validator's findings for one table placed on its edit form: on the cell its row and column
/// name, on the row when the column is not one of the form's (or not given), and otherwise only in
/// the list above the table. Rows are matched by the anchor the workspace links to (<see cref="StaffParts.RowAnchor"/>).
/// </summary>
public sealed class TableFindings
{
    private readonly Dictionary<string, List<Finding>> _byCell = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Finding>> _byRow = new(StringComparer.Ordinal);
    private readonly HashSet<Finding> _placed = [];

    public TableFindings(TableForm form, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(form);
        var rows = new Dictionary<string, FormRow>(StringComparer.Ordinal);
        foreach (var row in form.Rows)
        {
            foreach (var anchor in Anchors(row))
            {
                rows.TryAdd(anchor, row);
            }
        }
        All = [.. findings.Where(f => f.Location.Table == form.Table).OrderByDescending(f => f.Severity)];
        foreach (var finding in All)
        {
            if (finding.Location.Row is null || !rows.TryGetValue(StaffParts.RowAnchor(finding.Location.Row), out var row))
            {
                continue;
            }
            _placed.Add(finding);
            var cell = row.Cells.FirstOrDefault(c => c.Column.Name == finding.Location.Column);
            var (map, key) = cell is null ? (_byRow, row.Key) : (_byCell, cell.Key);
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }
            list.Add(finding);
        }
    }

    /// <summary>The table's findings, errors first.</summary>
    public IReadOnlyList<Finding> All { get; }

    public int Count(FindingSeverity severity) => All.Count(f => f.Severity == severity);

    public IReadOnlyList<Finding> OfCell(FormCell cell) => _byCell.GetValueOrDefault(cell.Key) ?? [];

    public IReadOnlyList<Finding> OfRow(FormRow row) => _byRow.GetValueOrDefault(row.Key) ?? [];

    /// <summary>Where the list links a finding: its row on this page, or nowhere when the row is not on the form.</summary>
    public string? Link(Finding finding) =>
        _placed.Contains(finding) ? "#" + StaffParts.RowAnchor(finding.Location.Row) : null;

    /// <summary>The row's id ("row-2040601") and the other ids findings may link it by.</summary>
    public static IReadOnlyList<string> Anchors(FormRow row) =>
        [.. new[] { row.Label }.Concat(row.Aliases).Select(StaffParts.RowAnchor).Distinct(StringComparer.Ordinal)];
}
