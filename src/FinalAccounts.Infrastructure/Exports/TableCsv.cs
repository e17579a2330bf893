using System.Globalization;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// A table of 第二部分 as a CSV file: one header line of flattened headings, then one line per printed
/// body row, amounts in 万元 as printed (two decimals) but without thousands separators, so that a
/// spreadsheet reads them as numbers.
/// </summary>
public static class TableCsv
{
    public const string ContentType = CsvText.ContentType;

    public static ExportedFile Export(DisclosureAnalysis analysis, PublishedTable table)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var printed = analysis.Tables.Single(t => t.Table == table);
        return new ExportedFile(Write(printed), CsvText.ContentType, FileName(analysis.Header, table));
    }

    /// <summary>"2024年度硚口区司法局部门决算公开（第1版）公开01表.csv".</summary>
    public static string FileName(DisclosureHeader header, PublishedTable table) => $"{ExportNaming.BaseName(header)}{table.Number()}.csv";

    /// <summary>"2024年度硚口区司法局部门决算公开（第1版）部门决算表CSV.zip".</summary>
    public static string ZipFileName(DisclosureHeader header) => $"{ExportNaming.BaseName(header)}部门决算表CSV.zip";

    /// <summary>One table's CSV out of the zip of all nine (<see cref="ExportAll"/>): the same bytes as <see cref="Export"/> gives.</summary>
    public static byte[]? ReadFromZip(byte[] zip, PublishedTable table) => ZipFiles.Read(zip, EntryName(table));

    /// <summary>The nine CSV files in one zip, each named after its table: "公开01表-收入支出决算总表.csv".</summary>
    public static ExportedFile ExportAll(DisclosureAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var entries = analysis.Tables.Select(t => (EntryName(t), Write(t)));
        return new ExportedFile(ZipFiles.Write(entries, ExportNaming.Timestamp(analysis)), ZipFiles.ContentType,
            ZipFileName(analysis.Header));
    }

    public static string EntryName(PrintedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return EntryName(table.Table);
    }

    public static string EntryName(PublishedTable table) => $"{table.Number()}-{table.Title()}.csv";

    public static byte[] Write(PrintedTable table) => CsvText.Encode(Records(table), byteOrderMark: true);

    /// <summary>The header line and the body lines, field by field.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Records(PrintedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = TableColumns.Of(table);
        var body = PrintedGrid.Positions(table.BodyRows);
        return
        [
            [.. columns.Select(c => c.Name)],
            .. Enumerable.Range(0, table.BodyRows.Count)
                .Select(row => (IReadOnlyList<string>)[.. TableColumns.CellsUnder(columns, body.Where(c => c.Row == row)).Select(Value)]),
        ];
    }

    /// <summary>"3469.73" for an amount printed "3,469.73".</summary>
    public static string Amount(Money amount) => amount.DisplayWanYuan.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Value(PrintedCell? cell) =>
        cell is null ? "" : cell.Amount is { } amount ? Amount(amount) : cell.Text;
}
