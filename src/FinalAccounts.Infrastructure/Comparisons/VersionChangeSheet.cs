using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>What a correction changed, as one <see cref="ComparisonSheet"/>: a row per changed cell.</summary>
public static class VersionChangeSheet
{
    public static ComparisonSheet Of(VersionChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var (before, after) = (changes.Previous.Number, changes.Current.Number);
        string[] headings = ["表", "编码", "项目", "栏目", $"第{before}版（{ComparisonSheet.Unit}）", $"第{after}版（{ComparisonSheet.Unit}）",
            $"增减（{ComparisonSheet.Unit}）"];
        var rows = changes.Cells.Select(c => (IReadOnlyList<SheetCell>)
        [
            new(c.Table.Number()), new(FactLabels.IsCode(c.Line) ? c.Line : ""), new(FactLabels.LineName(c.Table, c.Line, c.Name)),
            new(FactLabels.ColumnName(c.Table, c.Line, c.ColumnKey)),
            SheetCell.Amount(c.Before), SheetCell.Amount(c.After), SheetCell.SignedAmount(c.Difference),
        ]).ToList();
        return new ComparisonSheet("changes", "更正对照", $"第{after}版对第{before}版的更改（单位：{ComparisonSheet.Unit}）", headings, rows)
        {
            LabelColumns = 4, RowHeaderColumn = 2, HasMarkColumn = false,
        };
    }
}
