using ExcelDataReader;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>An .xlsx read back with an independent reader: values, number formats and merged ranges of each sheet.</summary>
public sealed class ReadWorkbook
{
    // ExcelDataReader asks for code page 1252 as a fallback, which .NET has only once the code-page
    // provider is registered; another part of the process (PDFsharp) may or may not have done so first.
    static ReadWorkbook() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    private ReadWorkbook(IReadOnlyList<ReadSheet> sheets) => Sheets = sheets;

    public IReadOnlyList<ReadSheet> Sheets { get; }

    public ReadSheet this[string name] => Sheets.Single(s => s.Name == name);

    public static ReadWorkbook Read(byte[] bytes)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new List<ReadSheet>();
        do
        {
            var values = new List<object?[]>();
            var formats = new List<string?[]>();
            while (reader.Read())
            {
                values.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
                formats.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetNumberFormatString)]);
            }
            sheets.Add(new ReadSheet(reader.Name, values, formats,
                [.. (reader.MergeCells ?? []).Select(m => (m.FromRow, m.FromColumn, m.ToRow, m.ToColumn))]));
        }
        while (reader.NextResult());
        return new ReadWorkbook(sheets);
    }
}

public sealed record ReadSheet(
    string Name,
    IReadOnlyList<object?[]> Values,
    IReadOnlyList<string?[]> Formats,
    IReadOnlyList<(int FromRow, int FromColumn, int ToRow, int ToColumn)> Merges)
{
    public object? Value(int row, int column) => row < Values.Count && column < Values[row].Length ? Values[row][column] : null;

    public string? Format(int row, int column) => row < Formats.Count && column < Formats[row].Length ? Formats[row][column] : null;

    public IEnumerable<(int Row, int Column, double Number)> Numbers() =>
        Values.SelectMany((row, r) => row.Select((value, c) => (r, c, value))).Where(v => v.value is double)
            .Select(v => (v.r, v.c, (double)v.value!));
}
