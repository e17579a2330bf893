using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>A cell the person must correct: its form key, where it is ("2040601 行政运行 · 基本支出") and what is wrong.</summary>
public sealed record CellProblem(string Key, string Place, string Problem)
{
    /// <summary>"2040601 行政运行 · 基本支出：“abc”不是有效金额，…".</summary>
    public string Message => $"{Place}：{Problem}";
}

/// <summary>
/// The amounts of a table form read the way the content keeps them: exact 万元, blank as null. A
/// cell that is not an amount, or is negative, is a problem named by its row and column, and counts
/// as blank in the running totals.
/// </summary>
public sealed class FormAmounts
{
    /// <summary>The key of the empty-table sentence among the problems.</summary>
    public const string EmptyStatementKey = "emptyStatement";

    private readonly Dictionary<string, Money?> _amounts;

    private FormAmounts(Dictionary<string, Money?> amounts, IReadOnlyList<CellProblem> problems)
    {
        _amounts = amounts;
        Problems = problems;
    }

    public IReadOnlyList<CellProblem> Problems { get; }

    public bool IsValid => Problems.Count == 0;

    /// <summary>The amount of a cell; null when blank, unreadable or not in the form.</summary>
    public Money? this[string cellKey] => _amounts.GetValueOrDefault(cellKey);

    /// <summary>The cell as the content writes it ("3,469.73"), null when blank.</summary>
    public string? Text(FormCell cell) => WanYuanText.Of(this[cell.Key]);

    public static FormAmounts Read(TableForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var amounts = new Dictionary<string, Money?>(StringComparer.Ordinal);
        var problems = new List<CellProblem>();
        foreach (var (row, cell) in form.Cells)
        {
            amounts[cell.Key] = null;
            if (string.IsNullOrWhiteSpace(cell.Text))
            {
                continue;
            }
            var place = $"{row.Label} · {cell.Column.Name}";
            if (!Money.TryParseWanYuan(cell.Text, out var amount))
            {
                problems.Add(new CellProblem(cell.Key, place, $"“{cell.Text.Trim()}”不是有效金额，请填写以万元为单位的数字，如 1,234.56。"));
            }
            else if (amount.IsNegative)
            {
                problems.Add(new CellProblem(cell.Key, place, $"“{cell.Text.Trim()}”是负数，金额不能小于零。"));
            }
            else if (amount.IsTooLarge)
            {
                problems.Add(new CellProblem(cell.Key, place, $"“{cell.Text.Trim()}”：{Money.TooLargeMessage}"));
            }
            else
            {
                amounts[cell.Key] = amount;
            }
        }
        if (form.EmptyStatement is { Length: > EmptyTableStatement.MaxTextLength } statement)
        {
            problems.Add(new CellProblem(EmptyStatementKey, "无数据说明",
                $"有 {statement.Length} 个字，最多 {EmptyTableStatement.MaxTextLength} 个字。"));
        }
        return new FormAmounts(amounts, problems);
    }
}
