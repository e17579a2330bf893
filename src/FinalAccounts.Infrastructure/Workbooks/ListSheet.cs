using System.Globalization;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>One record of a <see cref="ListSheet"/>: its row as Excel numbers it, and its cells' text by column ("" when empty).</summary>
internal sealed record ListRow(int Number, IReadOnlyList<string> Values)
{
    public string this[int column] => Values[column];
}

/// <summary>
/// A worksheet holding a list: a heading row that names the columns (in the given order), then one
/// record per row, blank rows skipped. Used by the administrators' imports (catalogs, accounts), whose
/// files are written by people, so each problem is reported at its cell.
/// </summary>
internal static class ListSheet
{
    /// <summary>More rows than a year's catalog or a province's accounts have.</summary>
    public const int MaxRows = 20_000;

    /// <summary>
    /// The records of the sheet, or null when the sheet is missing or its heading row is not the
    /// columns expected (reported to <paramref name="problems"/>). A missing sheet is not a problem when optional.
    /// </summary>
    public static IReadOnlyList<ListRow>? Read(UploadedWorkbook workbook, string sheetName, IReadOnlyList<string> columns,
        TemplateProblems problems, bool optional = false)
    {
        if (workbook.Worksheet(sheetName) is not { } part)
        {
            if (!optional)
            {
                problems.Sheet(sheetName, "工作簿中没有这张表。请使用下载的样表，不要删除工作表或修改工作表名称。");
            }
            return null;
        }
        var cells = SheetCells.Read(part, workbook.SharedStrings, MaxRows);
        if (cells.TooManyRows)
        {
            problems.Sheet(sheetName, $"超过{MaxRows.ToString(CultureInfo.InvariantCulture)}行，远超这类文件的范围。请删除多余的内容后再上传。");
            return null;
        }
        var heading = HeadingRow(cells);
        for (var c = 0; c < columns.Count; c++)
        {
            if (TemplateText.Normalize(cells.Text(heading, c)) != TemplateText.Normalize(columns[c]))
            {
                problems.Cell(sheetName, heading, c,
                    $"表头应为“{columns[c]}”，实际是“{TemplateText.Quote(cells.Text(heading, c))}”。请使用下载的样表，不要增删或调换列。");
                return null;
            }
        }
        var rows = new List<ListRow>();
        for (var row = heading + 1; row <= cells.LastRow; row++)
        {
            if (cells.RowIsEmpty(row, 0, columns.Count - 1))
            {
                continue;
            }
            var values = new string[columns.Count];
            var readable = true;
            for (var c = 0; c < columns.Count; c++)
            {
                var content = cells[row, c];
                if (content is { Kind: CellKind.Error or CellKind.Uncalculated })
                {
                    problems.Cell(sheetName, row, c, "这个单元格是公式或错误值。请填写文字或数字本身。");
                    readable = false;
                }
                values[c] = content is { Kind: CellKind.Text or CellKind.Number } ? content.Value.Value.Trim() : "";
            }
            if (readable)
            {
                rows.Add(new ListRow(row, values));
            }
        }
        return rows;
    }

    /// <summary>The first row with anything in it (a file may start with a title row left blank).</summary>
    private static int HeadingRow(SheetCells cells) => cells.All.Select(c => c.Row).DefaultIfEmpty(1).First();
}
