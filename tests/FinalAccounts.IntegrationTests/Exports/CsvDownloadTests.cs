using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using FinalAccounts.Domain.Tables;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>Each table as CSV, parsed back with CsvHelper: BOM, one header line, one line per printed row, amounts as plain 万元.</summary>
[Collection(ExportsCollection.Name)]
public sealed partial class CsvDownloadTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(ExportSeeds.All), MemberType = typeof(ExportSeeds))]
    public async Task EveryTableIsACsvWithEveryPrintedAmountInItsLine(string department, int year)
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, department, year);
        var client = portal.CreateClient();

        foreach (var table in analysis.Tables)
        {
            var response = await client.GetAsync(ExportSeeds.VersionUrl(analysis, $"csv/{(int)table.Table:00}"));

            response.StatusCode.Should().Be(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
            response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            bytes.Take(3).Should().Equal([0xEF, 0xBB, 0xBF], "Excel and WPS read a CSV as UTF-8 only after the byte order mark");
            var records = Parse(bytes);
            records.Should().HaveCount(1 + table.BodyRows.Count, $"{table.Number} has one header line and one line per printed row");
            records.Should().OnlyContain(r => r.Length == records[0].Length);
            records[0].Should().NotContain(h => h.Contains("栏次"));
            for (var row = 0; row < table.BodyRows.Count; row++)
            {
                var printed = table.BodyRows[row].Where(c => c.Amount is not null)
                    .Select(c => c.Amount!.Value.DisplayWanYuan.ToString("0.00", CultureInfo.InvariantCulture));
                records[row + 1].Where(f => PlainAmount().IsMatch(f)).Should().Equal(printed, $"{table.Number} line {row + 1}");
            }
        }
    }

    [Fact]
    public async Task AnAmountStandsUnderItsFlattenedHeading()
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, "420104-sfj", 2024);
        var client = portal.CreateClient();

        var expenditure = Parse(await client.GetByteArrayAsync($"{ExportSeeds.Qiaokou}/v1/csv/03"));
        var general = Parse(await client.GetByteArrayAsync($"{ExportSeeds.Qiaokou}/v1/csv/05"));

        var row = analysis.Version.ExpenditureRows.Single(r => r.Code?.Value == "2040601");
        var line = expenditure.Single(r => r[0] == "2040601");
        line[1].Should().Be(row.Name);
        line[Array.IndexOf(expenditure[0], "本年支出合计")].Should().Be(row.Total!.Value.DisplayWanYuan.ToString("0.00", CultureInfo.InvariantCulture));
        line[Array.IndexOf(expenditure[0], "基本支出")].Should().Be(row.Basic!.Value.DisplayWanYuan.ToString("0.00", CultureInfo.InvariantCulture));
        general[0].Should().Equal("项目/功能分类科目编码", "项目/科目名称", "本年支出/小计", "本年支出/基本支出", "本年支出/项目支出");
        general[1][1].Should().Be("合计");
    }

    [Fact]
    public async Task TheZipHoldsTheNineCsvFilesAsTheyDownloadOneByOne()
    {
        var client = portal.CreateClient();

        var response = await client.GetAsync($"{ExportSeeds.Qiaokou}/v1/csv.zip");

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("2024年度硚口区司法局部门决算公开（第1版）部门决算表CSV.zip");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        zip.Entries.Select(e => e.FullName).Should().Equal(PublishedTables.All.Select(t => $"{t.Number()}-{t.Title()}.csv"));
        foreach (var (entry, table) in zip.Entries.Zip(PublishedTables.All))
        {
            using var content = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(content);
            }
            content.ToArray().Should().Equal(await client.GetByteArrayAsync($"{ExportSeeds.Qiaokou}/v1/csv/{(int)table:00}"));
        }
    }

    [Fact]
    public async Task TheFileIsNamedAfterTheDisclosureVersionAndTable()
    {
        var response = await portal.CreateClient().GetAsync($"{ExportSeeds.Qiaokou}/v1/csv/06");

        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("2024年度硚口区司法局部门决算公开（第1版）公开06表.csv");
    }

    private static List<string[]> Parse(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        var records = new List<string[]>();
        while (csv.Read())
        {
            records.Add(csv.Record!);
        }
        return records;
    }

    // An amount as the CSV writes it: 万元, two decimals, no thousands separator. Codes and 行次 have no point.
    [GeneratedRegex(@"^-?\d+\.\d{2}$")]
    private static partial Regex PlainAmount();
}
