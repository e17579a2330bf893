using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Figures;

/// <summary>
/// 公开06表 read by 经济分类 类: a 类's amount is its printed line, or the sum of its 款 lines where
/// the 类 line is missing; the items "actually used" are the 款 lines with a non-zero amount.
/// </summary>
public sealed class BasicExpenditureBreakdown(IReadOnlyList<BasicExpenditureRow> rows)
{
    public IReadOnlyList<BasicExpenditureRow> Rows { get; } = rows;

    public IEnumerable<string> ClassCodes(BasicExpenditureGroup group) =>
        Rows.Where(r => r.Group == group).Select(r => r.Code.Value[..3]).Distinct();

    public Money? ClassAmount(string classCode)
    {
        var line = Rows.FirstOrDefault(r => r.Code.IsClass && r.Code.Value == classCode);
        return line is not null ? line.Amount : ItemsOf(classCode).Select(r => r.Amount).Sum();
    }

    /// <summary>人员经费 or 公用经费 by the 类 lines.</summary>
    public Money? GroupTotal(BasicExpenditureGroup group) => ClassCodes(group).Select(ClassAmount).Sum();

    public IEnumerable<BasicExpenditureRow> ItemsOf(string classCode) =>
        Rows.Where(r => !r.Code.IsClass && r.Code.Value.StartsWith(classCode, StringComparison.Ordinal));

    public IReadOnlyList<BasicExpenditureRow> UsedItems(BasicExpenditureGroup group) =>
        Rows.Where(r => r.Group == group && !r.Code.IsClass && r.Amount is { Yuan: not 0m }).ToList();
}
