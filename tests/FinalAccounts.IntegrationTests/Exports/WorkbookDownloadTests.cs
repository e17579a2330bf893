using System.Net;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>
/// The workbook downloaded from the portal and read back with an independent reader: a sheet per
/// table in the published layout, every printed amount a number in 万元 in the cell the table puts it in.
/// </summary>
[Collection(ExportsCollection.Name)]
public sealed class WorkbookDownloadTests(PortalFactory portal)
{
    // Title, 表号 and the 单位 line stand above the header rows.
    private const int HeaderStart = 3;

    [Theory]
    [MemberData(nameof(ExportSeeds.All), MemberType = typeof(ExportSeeds))]
    public async Task EveryPrintedAmountIsANumberInWanYuanInItsCell(string department, int year)
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, department, year);

        var response = await portal.CreateClient().GetAsync(ExportSeeds.VersionUrl(analysis, "xlsx"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var workbook = ReadWorkbook.Read(await response.Content.ReadAsByteArrayAsync());
        workbook.Sheets.Select(s => s.Name).Should().Equal(
            "公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表");
        foreach (var table in analysis.Tables)
        {
            var sheet = workbook[table.Number];
            var bodyStart = HeaderStart + table.HeaderRows.Count;
            var amounts = ExpectedGrid.Place(table.BodyRows).Where(c => c.Cell.Amount is not null).ToList();
            foreach (var (row, column, cell) in amounts)
            {
                var where = $"{table.Number} body row {row}, column {column}";
                sheet.Value(bodyStart + row, column).Should().BeOfType<double>(where);
                ((decimal)(double)sheet.Value(bodyStart + row, column)!).Should().Be(cell.Amount!.Value.WanYuan, where);
                sheet.Format(bodyStart + row, column).Should().Be("#,##0.00", where);
            }
            sheet.Numbers().Should().HaveCount(amounts.Count, $"{table.Number} holds no number but the printed amounts");
        }
    }

    [Fact]
    public async Task TheSeedsAmountsAreReallyThere()
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, "420104-sfj", 2024);
        var workbook = ReadWorkbook.Read(await portal.CreateClient().GetByteArrayAsync(ExportSeeds.VersionUrl(analysis, "xlsx")));

        var summary = workbook["公开01表"];
        var totalRow = summary.Values.Single(r => Equals(r[0], "本年收入合计"));
        totalRow[2].Should().Be(3469.73);
        summary.Values.Single(r => Equals(r[3], "四、公共安全支出"))[5].Should().Be(2761.26);
        workbook.Sheets.Sum(s => s.Numbers().Count()).Should().BeGreaterThan(200);
    }

    [Theory]
    [MemberData(nameof(ExportSeeds.All), MemberType = typeof(ExportSeeds))]
    public async Task EachSheetHasTheTitleUnitLinesMergedHeadingsNotesAndEmptyTableSentence(string department, int year)
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, department, year);

        var workbook = ReadWorkbook.Read(await portal.CreateClient().GetByteArrayAsync(ExportSeeds.VersionUrl(analysis, "xlsx")));

        foreach (var table in analysis.Tables)
        {
            var sheet = workbook[table.Number];
            sheet.Value(0, 0).Should().Be(table.Title);
            sheet.Merges.Should().Contain((0, 0, 0, table.ColumnCount - 1));
            sheet.Value(1, 0).Should().Be(table.Number);
            sheet.Value(2, 0).Should().Be($"单位：{table.ReportingUnit}");
            sheet.Values[2].Should().Contain("单位：万元");
            foreach (var (row, column, cell) in ExpectedGrid.Place(table.HeaderRows))
            {
                var top = HeaderStart + row;
                sheet.Value(top, column).Should().Be(cell.Text.Length == 0 ? null : cell.Text, $"{table.Number} heading at {row},{column}");
                if (cell.RowSpan > 1 || cell.ColumnSpan > 1)
                {
                    sheet.Merges.Should().Contain((top, column, top + cell.RowSpan - 1, column + cell.ColumnSpan - 1),
                        $"“{cell.Text}” of {table.Number} spans {cell.RowSpan} rows and {cell.ColumnSpan} columns");
                }
            }
            var after = sheet.Values.Skip(HeaderStart + table.HeaderRows.Count + table.BodyRows.Count).Select(r => r[0]).ToList();
            after.Should().Equal([.. table.Notes, .. table.EmptyStatement is { } s ? new[] { s } : []]);
        }
    }

    [Fact]
    public async Task AnEmptyTableEndsWithItsSentence()
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, "420104-sfj", 2024);
        var workbook = ReadWorkbook.Read(await portal.CreateClient().GetByteArrayAsync(ExportSeeds.VersionUrl(analysis, "xlsx")));

        var empty = analysis.Tables.Where(t => t.EmptyStatement is not null).ToList();

        empty.Should().NotBeEmpty("the seed publishes empty tables with their sentence");
        foreach (var table in empty)
        {
            workbook[table.Number].Values.Last()[0].Should().Be(table.EmptyStatement);
        }
    }

    [Fact]
    public async Task SpansInTheBodyAreMergedToo()
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, "420104-sfj", 2024);
        var workbook = ReadWorkbook.Read(await portal.CreateClient().GetByteArrayAsync(ExportSeeds.VersionUrl(analysis, "xlsx")));

        foreach (var table in analysis.Tables)
        {
            var bodyStart = HeaderStart + table.HeaderRows.Count;
            foreach (var (row, column, cell) in ExpectedGrid.Place(table.BodyRows).Where(c => c.Cell.ColumnSpan > 1))
            {
                workbook[table.Number].Merges.Should().Contain((bodyStart + row, column, bodyStart + row, column + cell.ColumnSpan - 1));
                workbook[table.Number].Value(bodyStart + row, column).Should().Be(cell.Text.Length == 0 ? null : cell.Text);
            }
        }
    }
}
