using System.Globalization;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// The on-time table as people download it (XLSX and CSV), with the columns the page shows: one
/// definition of the columns, so the page, the workbook and the CSV say the same.
/// </summary>
public static class TimelinessExport
{
    public static IReadOnlyList<string> Headings { get; } = ["地区", "部门编码", "部门", "部门类别", "批复日期", "公开日期", "用时（天）", "状态"];

    /// <summary>One row's cells under <see cref="Headings"/>: dates as yyyy-MM-dd, days as a number, blank where unknown.</summary>
    public static IReadOnlyList<object?> Cells(TimelinessRow row) =>
    [
        row.RegionName, row.DepartmentCode, row.DepartmentName, row.Kind,
        row.Timeliness.ApprovedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.Timeliness.FirstPublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.Timeliness.Days, row.Timeliness.Describe(),
    ];

    public static ExportedFile Xlsx(TimelinessTable table, IReadOnlyList<TimelinessRow> rows) =>
        new(ListWorkbook.Write([new ListSheetData($"{table.Year}年度公开时效", Headings, rows.Select(Cells).ToList())],
                Domain.ChinaTime.StartOf(table.Today)),
            ListWorkbook.ContentType, FileName(table, "xlsx"));

    public static ExportedFile Csv(TimelinessTable table, IReadOnlyList<TimelinessRow> rows) =>
        new(CsvText.Encode([Headings, .. rows.Select(r => Cells(r).Select(c => Convert.ToString(c, CultureInfo.InvariantCulture)))],
                byteOrderMark: true),
            CsvText.ContentType, FileName(table, "csv"));

    private static string FileName(TimelinessTable table, string extension) =>
        $"{table.RegionName}{table.Year}年度部门决算公开时效（{table.Today:yyyy-MM-dd}）.{extension}";
}
