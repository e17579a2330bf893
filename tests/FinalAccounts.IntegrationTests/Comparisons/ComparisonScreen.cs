using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using FinalAccounts.IntegrationTests.Exports;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>A comparison sheet as the page shows it: its key, name, caption, and rows (headings first) of cell texts.</summary>
public sealed record ScreenSheet(string Key, string Name, string Caption, List<string[]> Rows)
{
    /// <summary>The body rows, without the headings.</summary>
    public List<string[]> Body => [.. Rows.Skip(1)];
}

/// <summary>Reads a comparison page's sheets, and checks that its CSV and XLSX hold exactly those cells.</summary>
public static class ComparisonScreen
{
    public static async Task<List<ScreenSheet>> ReadAsync(HttpClient client, string address)
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(address));
        var names = document.QuerySelectorAll(".sheet-index a").Select(a => a.TextContent.Trim()).ToList();
        return [.. document.QuerySelectorAll("section.comparison-sheet").Select((section, i) => new ScreenSheet(
            section.Id!["sheet-".Length..], names[i], section.QuerySelector("h3")!.TextContent.Trim(),
            [.. section.QuerySelectorAll("tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())]))];
    }

    /// <summary>The CSV's records: each sheet's caption, headings and rows, then an empty line.</summary>
    public static void ShouldEqualCsv(IReadOnlyList<ScreenSheet> screen, byte[] csv)
    {
        using var reader = new StringReader(Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'));
        using var parser = new CsvHelper.CsvParser(reader,
            new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = false });
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record is [""] ? [] : parser.Record!);
        }
        var expected = screen.SelectMany(s => new[] { new[] { s.Caption } }.Concat(s.Rows).Append([])).ToList();
        records.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    /// <summary>A sheet per screen sheet, named alike, with the same headings and cells (amounts stored as numbers).</summary>
    public static void ShouldEqualWorkbook(IReadOnlyList<ScreenSheet> screen, byte[] xlsx)
    {
        var workbook = ReadWorkbook.Read(xlsx);
        workbook.Sheets.Select(s => s.Name).Should().Equal(screen.Select(s => s.Name));
        foreach (var (sheet, read) in screen.Zip(workbook.Sheets))
        {
            var cells = read.Values.Select(row => row.Select(Text).ToArray()).ToList();
            cells.Select(r => r.Take(sheet.Rows[0].Length)).Should().BeEquivalentTo(sheet.Rows.Select(AsStored),
                o => o.WithStrictOrdering(), sheet.Name);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => Plain((decimal)d),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>A screen row as the workbook stores it: amounts and rates as plain numbers.</summary>
    private static string[] AsStored(string[] row) =>
        [.. row.Select(text => decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).TrimEnd('%').TrimStart('+'),
            NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && text.Any(char.IsAsciiDigit) && !text.All(char.IsAsciiDigit)
                ? Plain(number) : text)];

    private static string Plain(decimal number) => number.ToString("0.##########", CultureInfo.InvariantCulture);
}
