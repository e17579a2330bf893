using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>
/// The Fiscal Data Package read back: the descriptor parses and describes every file it lists, and
/// the long-form amounts are exactly the printed tables' — their sums, their totals, their codes.
/// </summary>
[Collection(ExportsCollection.Name)]
public sealed class DataPackageDownloadTests(PortalFactory portal)
{
    [Theory]
    [MemberData(nameof(ExportSeeds.All), MemberType = typeof(ExportSeeds))]
    public async Task TheDescriptorListsEveryResourceWithItsFieldsAndTheFiscalModel(string department, int year)
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, department, year);

        var package = await DownloadAsync(analysis);

        var descriptor = package.Descriptor.RootElement;
        descriptor.GetProperty("name").GetString().Should().MatchRegex("^[-a-z0-9._/]+$");
        descriptor.GetProperty("fiscalPeriod").GetProperty("start").GetString().Should().Be($"{year}-01-01");
        descriptor.GetProperty("fiscalPeriod").GetProperty("end").GetString().Should().Be($"{year}-12-31");
        var resources = descriptor.GetProperty("resources").EnumerateArray().ToList();
        resources.Select(r => r.GetProperty("path").GetString()).Should().BeEquivalentTo(package.Files.Keys.Where(k => k.EndsWith(".csv")));
        foreach (var resource in resources)
        {
            var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            fields.Should().OnlyContain(f => new[] { "string", "integer", "number" }.Contains(f.GetProperty("type").GetString()));
            fields.Select(f => f.GetProperty("name").GetString()).Should().Equal(package.Csv(resource.GetProperty("path").GetString()!)[0]);
        }
        var model = descriptor.GetProperty("model");
        var measures = model.GetProperty("measures").EnumerateObject().ToList();
        measures.Should().NotBeEmpty().And.OnlyContain(m => m.Value.GetProperty("currency").GetString() == "CNY");
        var amountFields = resources.Single(r => r.GetProperty("name").GetString() == "amounts").GetProperty("schema").GetProperty("fields")
            .EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToList();
        measures.Should().OnlyContain(m => amountFields.Contains(m.Value.GetProperty("source").GetString()));
        var dimensions = model.GetProperty("dimensions");
        dimensions.GetProperty("functional-classification").GetProperty("classificationType").GetString().Should().Be("functional");
        dimensions.GetProperty("economic-classification").GetProperty("classificationType").GetString().Should().Be("economic");
        dimensions.GetProperty("fiscal-period").GetProperty("dimensionType").GetString().Should().Be("datetime");
    }

    [Theory]
    [MemberData(nameof(ExportSeeds.All), MemberType = typeof(ExportSeeds))]
    public async Task EachTablesAmountsSumToThePrintedTablesAndKeepItsTotals(string department, int year)
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, department, year);

        var amounts = (await DownloadAsync(analysis)).Amounts();

        amounts.Should().NotContain(a => a.Yuan != a.WanYuan * 10_000m, "万元 are the exact 元 over ten thousand");
        foreach (var table in analysis.Tables)
        {
            var printed = table.BodyRows.SelectMany(r => r).Where(c => c.Amount is not null).Select(c => c.Amount!.Value).ToList();
            var packaged = amounts.Where(a => a.Table == table.Number).ToList();
            packaged.Should().HaveCount(printed.Count, table.Number);
            packaged.Sum(a => a.Yuan).Should().Be(printed.Sum().Yuan, $"{table.Number}'s amounts add up to the printed table's");
        }

        var version = analysis.Version;
        foreach (var functionTable in version.ListFunctionTables().Where(t => t.TotalRow is not null))
        {
            var totals = amounts.Where(a => a.Table == functionTable.Table.Number() && a.Item == "合计" && a.FunctionCode == "")
                .Select(a => a.Yuan);
            totals.Should().Equal(functionTable.TotalRow!.Cells.Where(c => c is not null).Select(c => c!.Value.Yuan),
                $"{functionTable.Table.Number()}'s 合计 line is the published one");
        }
        if (version.Summary.IncomeTotal is { } incomeTotal)
        {
            amounts.Single(a => a.Table == "公开01表" && a.Item == "本年收入合计").Yuan.Should().Be(incomeTotal.Yuan);
        }
        if (version.BasicExpenditureTotals.PersonnelTotal is { } personnel)
        {
            amounts.Single(a => a.Table == "公开06表" && a.Item == "人员经费合计").Yuan.Should().Be(personnel.Yuan);
        }
    }

    [Theory]
    [MemberData(nameof(ExportSeeds.All), MemberType = typeof(ExportSeeds))]
    public async Task EveryCodedRowKeepsItsFunctionOrEconomicCode(string department, int year)
    {
        var analysis = await ExportSeeds.AnalyzeAsync(portal, department, year);

        var amounts = (await DownloadAsync(analysis)).Amounts();

        var version = analysis.Version;
        foreach (var row in version.ListFunctionTables().SelectMany(t => t.Rows.Select(r => (t.Table, Row: r)))
                     .Where(x => x.Row.Code is not null && x.Row.Cells.Any(c => c is not null)))
        {
            var coded = amounts.Where(a => a.Table == row.Table.Number() && a.FunctionCode == row.Row.Code!.Value.Value).ToList();
            coded.Select(a => a.Yuan).Should().Equal(row.Row.Cells.Where(c => c is not null).Select(c => c!.Value.Yuan),
                $"{row.Table.Number()} {row.Row.Code}");
            coded.Should().OnlyContain(a => a.FunctionName == row.Row.Name && a.FunctionLevel == Level(row.Row.Code!.Value.Value));
        }
        foreach (var line in version.SummaryExpenditure.Where(l => l.Amount is not null))
        {
            amounts.Single(a => a.Table == "公开01表" && a.FunctionCode == line.ClassCode.Value).Yuan.Should().Be(line.Amount!.Value.Yuan);
        }
        foreach (var line in version.BasicExpenditureRows.Where(l => l.Amount is not null))
        {
            amounts.Single(a => a.Table == "公开06表" && a.EconomicCode == line.Code.Value)
                .Should().Match<PackagedAmount>(a => a.Yuan == line.Amount!.Value.Yuan && a.EconomicName == line.Name);
        }
        if (department == "420104-sfj")
        {
            amounts.Should().Contain(a => a.FunctionCode == "2040601" && a.FunctionLevel == "项")
                .And.Contain(a => a.Table == "公开04表" && a.FunctionCode == "204")
                .And.Contain(a => a.EconomicCode == "30101");
        }
    }

    private static string Level(string code) => code.Length switch { 3 => "类", 5 => "款", _ => "项" };

    private async Task<DownloadedPackage> DownloadAsync(DisclosureAnalysis analysis)
    {
        var response = await portal.CreateClient().GetAsync(ExportSeeds.VersionUrl(analysis, "datapackage.zip"));
        response.EnsureSuccessStatusCode();
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/zip");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            await using var stream = entry.Open();
            await stream.CopyToAsync(content);
            files[entry.FullName] = content.ToArray();
        }
        files.Keys.Should().Contain("datapackage.json");
        return new DownloadedPackage(files, JsonDocument.Parse(files["datapackage.json"]));
    }

    private sealed record DownloadedPackage(Dictionary<string, byte[]> Files, JsonDocument Descriptor)
    {
        public List<string[]> Csv(string path)
        {
            using var reader = new StreamReader(new MemoryStream(Files[path]), Encoding.UTF8);
            using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
            var records = new List<string[]>();
            while (csv.Read())
            {
                records.Add(csv.Record!);
            }
            return records;
        }

        public List<PackagedAmount> Amounts()
        {
            var records = Csv("data/amounts.csv");
            var header = records[0];
            string Field(string[] record, string name) => record[Array.IndexOf(header, name)];
            return [.. records.Skip(1).Select(r => new PackagedAmount(
                Field(r, "table"), Field(r, "item"), Field(r, "function_code"), Field(r, "function_level"), Field(r, "function_name"),
                Field(r, "economic_code"), Field(r, "economic_name"), Field(r, "measure"),
                decimal.Parse(Field(r, "amount_yuan"), CultureInfo.InvariantCulture),
                decimal.Parse(Field(r, "amount_wanyuan"), CultureInfo.InvariantCulture)))];
        }
    }

    private sealed record PackagedAmount(
        string Table, string Item, string FunctionCode, string FunctionLevel, string FunctionName,
        string EconomicCode, string EconomicName, string Measure, decimal Yuan, decimal WanYuan);
}
