using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// A year's catalog as a workbook administrators fill in and upload: one sheet per catalog (科目编码,
/// 科目名称, 级次, 说明) and a sheet of code moves (科目类别, 原科目编码, 新科目编码). Written from a
/// catalog (last year's, to start from) and read back, each problem at its cell, nothing applied.
/// </summary>
public static class CatalogWorkbook
{
    private const string Noun = "科目表";

    public static byte[] Write(CatalogFile catalog, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        IReadOnlyList<object?> Entry(CatalogKind kind, CatalogLine line) =>
            [line.Code, line.Name, CatalogRules.LevelName(kind, line.Code), line.Explanation];
        return ListWorkbook.Write(
        [
            new ListSheetData(CatalogSheets.Functions, CatalogSheets.EntryColumns,
                catalog.Functions.Select(l => Entry(CatalogKind.Function, l)).ToList()),
            new ListSheetData(CatalogSheets.Economics, CatalogSheets.EntryColumns,
                catalog.Economics.Select(l => Entry(CatalogKind.Economic, l)).ToList()),
            new ListSheetData(CatalogSheets.Moves, CatalogSheets.MoveColumns,
                catalog.Moves.Select(m => (IReadOnlyList<object?>)[CatalogSheets.KindName(m.Catalog), m.OldCode, m.NewCode]).ToList()),
        ], timestamp);
    }

    /// <summary>The catalog in the file, or null with the problems (each at its sheet and cell) when it cannot be taken as it is.</summary>
    public static (CatalogFile? Catalog, IReadOnlyList<TemplateProblem> Problems) Read(Stream stream)
    {
        var problems = new TemplateProblems();
        using var workbook = UploadedWorkbook.Open(stream, Noun, problems.File);
        if (workbook is null)
        {
            return (null, problems.ToList());
        }
        try
        {
            var functions = Entries(workbook, CatalogKind.Function, problems);
            var economics = Entries(workbook, CatalogKind.Economic, problems);
            var moves = ListSheet.Read(workbook, CatalogSheets.Moves, CatalogSheets.MoveColumns, problems, optional: true) ?? [];
            var moveLines = new List<CatalogMoveLine>();
            foreach (var row in moves)
            {
                if (CatalogSheets.KindOf(row[0]) is { } kind)
                {
                    moveLines.Add(new CatalogMoveLine(kind, row[1], row[2]));
                }
                else
                {
                    problems.Cell(CatalogSheets.Moves, row.Number, 0, $"科目类别应填“支出功能分类”或“经济分类”，不是“{TemplateText.Quote(row[0])}”。");
                }
            }
            if (functions is null || economics is null)
            {
                return (null, problems.ToList());
            }
            var file = new CatalogFile(functions.Select(r => r.Line).ToList(), economics.Select(r => r.Line).ToList(), moveLines);
            var moveRows = moves.Where(r => CatalogSheets.KindOf(r[0]) is not null).ToList();
            CatalogRules.CheckMoves(file, null, (i, message) => problems.Cell(CatalogSheets.Moves, moveRows[i].Number, 1, message));
            return problems.Any ? (null, problems.ToList()) : (file, problems.ToList());
        }
        catch (Exception e) when (UploadedWorkbook.IsUnreadable(e))
        {
            problems.File(UploadedWorkbook.NotASpreadsheet(Noun));
            return (null, problems.ToList());
        }
    }

    private static List<(CatalogLine Line, ListRow Row)>? Entries(UploadedWorkbook workbook, CatalogKind kind, TemplateProblems problems)
    {
        var sheet = CatalogSheets.Name(kind);
        if (ListSheet.Read(workbook, sheet, CatalogSheets.EntryColumns, problems) is not { } rows)
        {
            return null;
        }
        if (rows.Count == 0)
        {
            problems.Sheet(sheet, "表中没有科目。请填写本年度的全部科目后再上传。");
            return null;
        }
        var entries = rows.Select(r => (new CatalogLine(r[0], r[1], r[3].Length == 0 ? null : r[3]), r)).ToList();
        CatalogRules.CheckEntries(kind, entries.Select(e => e.Item1).ToList(), i => entries[i].r[2],
            (i, message) => problems.Cell(sheet, entries[i].r.Number, 0, message));
        return entries.Select(e => (e.Item1, e.r)).ToList();
    }
}
