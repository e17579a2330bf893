using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Api;

/// <summary>
/// The open-data API on the seeded portal: what it says equals what the analysis service computes
/// from the database, its bytes are stable enough to tag and download, and it caches by version.
/// </summary>
public sealed class OpenDataApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Qiaokou = "420104-sfj";
    private const string Caidian = "420114-sfj";

    [Theory]
    [InlineData(Qiaokou, 2024)]
    [InlineData(Caidian, 2023)]
    [InlineData("420111-sfj", 2021)]
    [InlineData(Caidian, 2020)]
    public async Task EveryTableLineCarriesTheAmountsOfTheAnalysisLoadedFromTheDatabase(string department, int year)
    {
        using var json = await GetJsonAsync($"/api/v1/disclosures/{department}/{year}");
        var analysis = await AnalyzeAsync(department, year);
        var version = analysis.Version;
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();

        tables.Select(t => t.GetProperty("number").GetString()).Should().Equal(PublishedTables.All.Select(t => t.Number()));
        foreach (var table in version.ListFunctionTables())
        {
            var lines = ApiJson.Lines(tables, table.Table);
            lines.Should().HaveCount(table.Rows.Count, table.Table.Number());
            foreach (var row in table.Rows)
            {
                var line = lines.Single(l => ApiJson.String(l, "code") == row.Code?.Value && (row.Code is not null || ApiJson.String(l, "level") == "合计"));
                ApiJson.Yuan(line).Should().Equal(row.Cells.Select(c => c?.Yuan), $"{table.Table.Number()} {row.Label}");
                if (row is GeneralBudgetRow { InitialBudget: { } budget })
                {
                    line.GetProperty("initialBudget").GetProperty("yuan").GetDecimal().Should().Be(budget.Yuan);
                }
            }
        }

        var basic = ApiJson.Lines(tables, PublishedTable.BasicExpenditureDetail);
        foreach (var row in version.BasicExpenditureRows)
        {
            ApiJson.Yuan(basic.Single(l => ApiJson.String(l, "code") == row.Code.Value)).Should().Equal(row.Amount?.Yuan);
        }
        ApiJson.Yuan(basic.Single(l => ApiJson.String(l, "name") == "人员经费合计")).Should().Equal(version.BasicExpenditureTotals.PersonnelTotal?.Yuan);
        ApiJson.Yuan(basic.Single(l => ApiJson.String(l, "name") == "公用经费合计")).Should().Equal(version.BasicExpenditureTotals.PublicTotal?.Yuan);

        var threePublic = ApiJson.Lines(tables, PublishedTable.ThreePublicCosts);
        ApiJson.Yuan(threePublic.Single(l => ApiJson.String(l, "name") == "预算数")).Should().Equal(version.ThreePublicCosts.Budget.Cells.Select(c => c?.Yuan));
        ApiJson.Yuan(threePublic.Single(l => ApiJson.String(l, "name") == "决算数")).Should().Equal(version.ThreePublicCosts.Actual.Cells.Select(c => c?.Yuan));

        var summary = ApiJson.Lines(tables, PublishedTable.IncomeExpenditureSummary);
        // 行次 and amounts do not depend on the catalog's 类 names, so none are needed here.
        foreach (var line in SummaryTableLayout.Build(version.Summary, version.SummaryExpenditure, new Dictionary<string, string>()))
        {
            if (line.IncomeLabel.Length > 0)
            {
                ApiJson.Yuan(summary.Single(l => ApiJson.String(l, "side") == "收入" && l.GetProperty("lineNumber").GetInt32() == line.IncomeLineNumber))
                    .Should().Equal(line.IncomeAmount?.Yuan);
            }
            ApiJson.Yuan(summary.Single(l => ApiJson.String(l, "side") == "支出" && l.GetProperty("lineNumber").GetInt32() == line.ExpenditureLineNumber))
                .Should().Equal(line.ExpenditureAmount?.Yuan);
        }
        foreach (var line in version.SummaryExpenditure)
        {
            ApiJson.Yuan(summary.Single(l => ApiJson.String(l, "code") == line.ClassCode.Value)).Should().Equal(line.Amount?.Yuan);
        }

        var appropriation = ApiJson.Lines(tables, PublishedTable.AppropriationSummary);
        foreach (var line in version.AppropriationExpenditure)
        {
            ApiJson.Yuan(appropriation.Single(l => ApiJson.String(l, "code") == line.ClassCode.Value))
                .Should().Equal(line.Amounts.Cells.Select(c => c?.Yuan));
        }
        ApiJson.Yuan(appropriation.Single(l => ApiJson.String(l, "side") == "收入" && ApiJson.String(l, "name") == "总计"))
            .Should().Equal(version.AppropriationSummary.IncomeGrandTotal?.Yuan);

        foreach (var (printed, table) in analysis.Tables.Zip(tables))
        {
            var cells = table.GetProperty("printed").GetProperty("bodyRows").EnumerateArray().SelectMany(r => r.EnumerateArray()).ToList();
            var expected = printed.BodyRows.SelectMany(r => r).ToList();
            cells.Select(c => ApiJson.String(c, "text")).Should().Equal(expected.Select(c => c.Text), printed.Number);
            cells.Select(c => ApiJson.Decimal(c, "yuan")).Should().Equal(expected.Select(c => c.Amount?.Yuan), printed.Number);
            ApiJson.String(table, "emptyStatement").Should().Be(printed.EmptyStatement);
        }
    }

    [Theory]
    [InlineData(Qiaokou, 2024)]
    [InlineData(Caidian, 2023)]
    [InlineData("420111-sfj", 2021)]
    public async Task TheKeyFiguresAreTheDomainsFiguresWithLastYearsBeside(string department, int year)
    {
        using var json = await GetJsonAsync($"/api/v1/disclosures/{department}/{year}/v1");
        var analysis = await AnalyzeAsync(department, year);
        var figures = json.RootElement.GetProperty("figures");

        var totals = figures.GetProperty("totals").EnumerateArray().ToList();
        totals.ToDictionary(f => f.GetProperty("key").GetString()!, f => f.GetProperty("amount").GetProperty("yuan").GetDecimal())
            .Should().BeEquivalentTo(analysis.Figures.Keyed.ToDictionary(k => k.Key, k => k.Value.Yuan));
        foreach (var total in totals)
        {
            var key = total.GetProperty("key").GetString()!;
            (total.TryGetProperty("priorYear", out var prior) ? prior.GetProperty("yuan").GetDecimal() : (decimal?)null)
                .Should().Be(analysis.PriorYear[key]?.Yuan, key);
        }
        figures.GetProperty("expenditureComposition").EnumerateArray().Select(p => ApiJson.String(p, "label"))
            .Should().Equal(analysis.Figures.ExpenditureComposition.Select(p => p.Label));
        figures.GetProperty("priorYear").GetProperty("year").GetInt32().Should().Be(year - 1);

        var header = json.RootElement.GetProperty("header");
        ApiJson.String(header, "title").Should().Be(analysis.Header.Title);
        header.GetProperty("version").GetInt32().Should().Be(1);
        ApiJson.String(header, "status").Should().Be("published");
        var explanation = json.RootElement.GetProperty("explanation").GetProperty("sections").EnumerateArray().ToList();
        explanation.Select(s => s.GetProperty("item").GetInt32()).Should().Equal(analysis.Explanation.Sections.Select(s => s.Item));
        json.RootElement.GetProperty("evaluations").GetArrayLength().Should().Be(analysis.Version.Evaluations.Count);
    }

    [Fact]
    public async Task TheChartsOfTheExplanationComeWithTheirData()
    {
        using var json = await GetJsonAsync($"/api/v1/disclosures/{Qiaokou}/2024");
        var analysis = await AnalyzeAsync(Qiaokou, 2024);

        var charts = json.RootElement.GetProperty("explanation").GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("blocks").EnumerateArray())
            .Where(b => b.TryGetProperty("chart", out _))
            .Select(b => b.GetProperty("chart"))
            .ToList();

        charts.Select(c => c.GetProperty("number").GetInt32()).Should().Equal(analysis.Explanation.Charts.Select(c => c.Number));
        charts.SelectMany(c => c.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("amount").GetProperty("yuan").GetDecimal()))
            .Should().Equal(analysis.Explanation.Charts.SelectMany(c => c.Points.Select(p => p.Amount.Yuan)));
    }

    [Theory]
    [InlineData("/v1")]
    [InlineData("")]
    public async Task TheJsonDownloadIsTheApiResponseByteForByteUnderTheDisclosuresName(string version)
    {
        var client = portal.CreateClient();

        var api = await client.GetAsync($"/api/v1/disclosures/{Qiaokou}/2024{version}");
        var download = await client.GetAsync($"/disclosures/{Qiaokou}/2024{version}/json");

        download.StatusCode.Should().Be(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(await api.Content.ReadAsByteArrayAsync());
        download.Headers.ETag.Should().Be(api.Headers.ETag);
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.Should().Be("2024年度硚口区司法局部门决算公开（第1版）.json");
        api.Content.Headers.ContentDisposition.Should().BeNull();
    }

    [Fact]
    public async Task TheLatestAndTheVersionedUrlGiveTheSameBytes()
    {
        var client = portal.CreateClient();

        var latest = await client.GetByteArrayAsync($"/api/v1/disclosures/{Caidian}/2023");
        var versioned = await client.GetByteArrayAsync($"/api/v1/disclosures/{Caidian}/2023/v1");

        latest.Should().Equal(versioned);
    }

    [Fact]
    public async Task ChineseIsSentAsUtf8TextNotAsEscapes()
    {
        var response = await portal.CreateClient().GetAsync($"/api/v1/disclosures/{Qiaokou}/2024/v1");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        text.Should().Contain("\"name\":\"武汉市硚口区司法局\"").And.Contain("公开01表").And.Contain("<2%");
        text.Contains("\\u", StringComparison.Ordinal).Should().BeFalse("nothing is written as a \\u escape");
    }

    [Theory]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/v1")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/v1/tables/05")]
    [InlineData("/disclosures/420104-sfj/2024/v1/json")]
    public async Task AVersionedUrlIsCacheableForAYear(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var cache = response.Headers.CacheControl!;
        cache.Public.Should().BeTrue();
        cache.MaxAge.Should().Be(TimeSpan.FromDays(365));
        cache.Extensions.Should().Contain(e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("/api/v1/disclosures/420104-sfj/2024")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/tables/05")]
    [InlineData("/disclosures/420104-sfj/2024/json")]
    [InlineData("/api/v1/disclosures")]
    [InlineData("/api/v1/regions")]
    [InlineData("/api/v1/regions/420100/departments")]
    [InlineData("/api/v1/departments/420104-sfj")]
    [InlineData("/api/v1/departments/420114-sfj/lines/05/204")]
    public async Task AnUnversionedUrlIsCachedForFiveMinutes(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var cache = response.Headers.CacheControl!;
        cache.Public.Should().BeTrue();
        cache.MaxAge.Should().Be(TimeSpan.FromMinutes(5));
        cache.Extensions.Should().NotContain(e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/v1")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024")]
    [InlineData("/api/v1/disclosures/420114-sfj/2023/v1/tables/06")]
    [InlineData("/api/v1/disclosures")]
    [InlineData("/api/v1/regions")]
    [InlineData("/api/v1/departments/420114-sfj")]
    [InlineData("/api/v1/departments/420114-sfj/lines/05/204")]
    public async Task TheETagIsTheHashOfTheBytesAndARevalidationIsNotModified(string url)
    {
        var client = portal.CreateClient();
        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        response.Headers.ETag!.IsWeak.Should().BeFalse();
        response.Headers.ETag.Tag.Should().Be($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"");

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(response.Headers.ETag);
        var revalidated = await client.SendAsync(request);

        revalidated.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await revalidated.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task AStaleETagGetsTheWholeResponse()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/disclosures/{Qiaokou}/2024/v1");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        var response = await portal.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OneTableIsTheSameTableAsInTheWholeDisclosure()
    {
        using var whole = await GetJsonAsync($"/api/v1/disclosures/{Qiaokou}/2024/v1");
        using var one = await GetJsonAsync($"/api/v1/disclosures/{Qiaokou}/2024/v1/tables/02");
        using var latest = await GetJsonAsync($"/api/v1/disclosures/{Qiaokou}/2024/tables/02");
        var unpadded = await portal.CreateClient().GetAsync($"/api/v1/disclosures/{Qiaokou}/2024/tables/2");

        var expected = whole.RootElement.GetProperty("tables")[1].GetRawText();
        one.RootElement.GetProperty("table").GetRawText().Should().Be(expected);
        latest.RootElement.GetProperty("table").GetRawText().Should().Be(expected);
        unpadded.StatusCode.Should().Be(HttpStatusCode.NotFound, "a table has one address, 01 to 09");
        ApiJson.String(one.RootElement.GetProperty("header"), "title").Should().Be("2024年度硚口区司法局部门决算公开");
    }

    [Fact]
    public async Task OneLineAcrossYearsListsEveryPublishedYearAndTheLineWherePresent()
    {
        using var json = await GetJsonAsync($"/api/v1/departments/{Caidian}/lines/05/204");
        var analysis = await AnalyzeAsync(Caidian, 2023);
        var row = analysis.Version.GeneralBudgetRows.Single(r => r.Code?.Value == "204");

        var years = json.RootElement.GetProperty("years").EnumerateArray().ToList();
        years.Select(y => y.GetProperty("year").GetInt32()).Should().Equal(2020, 2023);
        years[0].TryGetProperty("line", out _).Should().BeFalse("the 2020 disclosure publishes no 公开05表 lines");
        var line = years[1].GetProperty("line");
        ApiJson.String(line, "name").Should().Be("公共安全支出");
        ApiJson.Yuan(line).Should().Equal(row.Cells.Select(c => c?.Yuan));
        line.GetProperty("amounts")[0].GetProperty("wanYuan").GetDecimal().Should().Be(2766.59m);
        ApiJson.String(json.RootElement, "number").Should().Be("公开05表");
    }

    [Theory]
    [InlineData("02", "2040601")]
    [InlineData("06", "30101")]
    [InlineData("01", "204")]
    [InlineData("04", "204")]
    public async Task OneLineAcrossYearsIsTheLineOfTheDisclosure(string table, string code)
    {
        using var series = await GetJsonAsync($"/api/v1/departments/{Qiaokou}/lines/{table}/{code}");
        using var disclosure = await GetJsonAsync($"/api/v1/disclosures/{Qiaokou}/2024/v1/tables/{table}");

        var years = series.RootElement.GetProperty("years").EnumerateArray().ToList();
        years.Should().ContainSingle().Which.GetProperty("year").GetInt32().Should().Be(2024);
        var expected = disclosure.RootElement.GetProperty("table").GetProperty("lines").EnumerateArray()
            .Single(l => ApiJson.String(l, "code") == code);
        years[0].GetProperty("line").GetRawText().Should().Be(expected.GetRawText());
        ApiJson.Yuan(expected).Should().Contain(a => a != null);
    }

    [Fact]
    public async Task RegionsCountWhatTheyAndTheRegionsWithinThemPublished()
    {
        using var json = await GetJsonAsync("/api/v1/regions");
        var regions = json.RootElement.EnumerateArray().ToDictionary(r => ApiJson.String(r, "code")!);

        regions["420104"].GetProperty("departmentCount").GetInt32().Should().Be(1);
        regions["420114"].GetProperty("disclosureCount").GetInt32().Should().Be(2);
        regions["420100"].GetProperty("departmentCount").GetInt32().Should().Be(3);
        regions["420100"].GetProperty("disclosureCount").GetInt32().Should().Be(4);
        ApiJson.String(regions["420114"], "parentCode").Should().Be("420100");
        ApiJson.String(regions["420114"], "departments").Should().Be("/api/v1/regions/420114/departments");
    }

    [Fact]
    public async Task ARegionListsItsDepartmentsWithTheirPublishedYears()
    {
        using var city = await GetJsonAsync("/api/v1/regions/420100/departments");
        using var district = await GetJsonAsync("/api/v1/regions/420114/departments");

        city.RootElement.EnumerateArray().Select(d => ApiJson.String(d, "code")).Should().Equal(Qiaokou, "420111-sfj", Caidian);
        var caidian = district.RootElement.EnumerateArray().Should().ContainSingle().Subject;
        ApiJson.String(caidian, "name").Should().Be("武汉市蔡甸区司法局");
        caidian.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("year").GetInt32()).Should().Equal(2023, 2020);
    }

    [Fact]
    public async Task ADepartmentListsItsPublishedYearsAndVersionsWithWorkingLinks()
    {
        var client = portal.CreateClient();
        using var json = await GetJsonAsync($"/api/v1/departments/{Caidian}");

        var years = json.RootElement.GetProperty("years").EnumerateArray().ToList();
        years.Select(y => y.GetProperty("year").GetInt32()).Should().Equal(2023, 2020);
        var version = years[0].GetProperty("versions").EnumerateArray().Should().ContainSingle().Subject;
        version.GetProperty("version").GetInt32().Should().Be(1);
        ApiJson.String(version, "title").Should().Contain("蔡甸区司法局");
        var links = version.GetProperty("links");
        ApiJson.String(links, "pdf").Should().Be($"/disclosures/{Caidian}/2023/v1/pdf");
        foreach (var link in new[] { "self", "page", "json" })
        {
            (await client.GetAsync(ApiJson.String(links, link))).StatusCode.Should().Be(HttpStatusCode.OK, link);
        }
        (await client.GetAsync(ApiJson.String(years[0], "latest"))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("?region=420114", new[] { "420114-sfj/2023", "420114-sfj/2020" })]
    [InlineData("?year=2024", new[] { "420104-sfj/2024" })]
    [InlineData("?region=420100&year=2023", new[] { "420114-sfj/2023" })]
    [InlineData("?region=999999", new string[0])]
    public async Task TheListOfDisclosuresFiltersByRegionAndYear(string query, string[] expected)
    {
        using var json = await GetJsonAsync("/api/v1/disclosures" + query);

        json.RootElement.EnumerateArray()
            .Select(d => $"{ApiJson.String(d.GetProperty("department"), "code")}/{d.GetProperty("year").GetInt32()}")
            .Should().Equal(expected);
    }

    [Theory]
    [InlineData("/api/v1/disclosures/no-such-department/2024")]
    [InlineData("/api/v1/disclosures/420104-sfj/2019")]
    [InlineData("/api/v1/disclosures/420104-sfj/1999")]
    [InlineData("/api/v1/disclosures/420104-sfj/99999")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/v9")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/tables/10")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/tables/ab")]
    [InlineData("/api/v1/disclosures/420104-sfj/2024/v1/tables/00")]
    [InlineData("/api/v1/disclosures/420104-sfj/2019/tables/01")]
    [InlineData("/api/v1/departments/no-such-department")]
    [InlineData("/api/v1/regions/999999/departments")]
    [InlineData("/api/v1/departments/no-such-department/lines/02/2040601")]
    [InlineData("/api/v1/departments/420104-sfj/lines/02/2999999")]
    [InlineData("/api/v1/departments/420104-sfj/lines/02/abc")]
    [InlineData("/api/v1/departments/420104-sfj/lines/12/204")]
    [InlineData("/api/v1/departments/420104-sfj/lines/09/204")]
    [InlineData("/disclosures/420104-sfj/2019/json")]
    [InlineData("/disclosures/420104-sfj/2024/v9/json")]
    public async Task WhatIsNotThereIsNotFoundWithAChineseTitle(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        ApiJson.String(problem.RootElement, "title").Should().StartWith("未找到");
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryMappedPathWithItsSchemas()
    {
        using var json = await GetJsonAsync("/openapi/v1.json");
        var root = json.RootElement;
        var mapped = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) || p.EndsWith("/json", StringComparison.Ordinal))
            .Where(p => !p.StartsWith("/openapi/", StringComparison.Ordinal))
            .Select(p => p.Replace(":int}", "}", StringComparison.Ordinal))
            .ToHashSet();

        ApiJson.String(root.GetProperty("info"), "title").Should().Contain("部门决算公开").And.Contain("open data");
        ApiJson.String(root.GetProperty("info"), "description").Should().Contain("元").And.Contain("yuan");
        var paths = root.GetProperty("paths").EnumerateObject().ToList();
        mapped.Should().Contain("/api/v1/departments/{departmentCode}/lines/{table}/{lineCode}")
            .And.Contain("/disclosures/{departmentCode}/{year}/v{version}/json");
        paths.Select(p => p.Name).Should().BeEquivalentTo(mapped);
        foreach (var operation in paths.SelectMany(p => p.Value.EnumerateObject()))
        {
            ApiJson.String(operation.Value, "operationId").Should().NotBeNullOrEmpty();
            ApiJson.String(operation.Value, "summary").Should().NotBeNullOrEmpty();
        }
        var schemas = root.GetProperty("components").GetProperty("schemas");
        foreach (var schema in new[] { "DisclosureDto", "TableDto", "TableLineDto", "AmountDto", "FiguresDto", "LineSeriesDto", "DepartmentDetailDto" })
        {
            schemas.TryGetProperty(schema, out _).Should().BeTrue(schema);
        }
        schemas.GetProperty("LineAmountDto").GetProperty("properties").GetProperty("yuan").GetRawText().Should().Contain("yuan");
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await portal.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<DisclosureAnalysis> AnalyzeAsync(string department, int year)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var analysis = await scope.ServiceProvider.GetRequiredService<DisclosureAnalysisService>()
            .AnalyzeAsync(department, year, null, VersionVisibility.PublishedOnly);
        return analysis!;
    }
}

/// <summary>Reading the API's JSON, where a blank is a missing property.</summary>
internal static class ApiJson
{
    public static List<JsonElement> Lines(List<JsonElement> tables, PublishedTable table) =>
        tables.Single(t => t.GetProperty("number").GetString() == table.Number()).GetProperty("lines").EnumerateArray().ToList();

    public static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;

    public static decimal? Decimal(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetDecimal() : null;

    /// <summary>A line's amounts in 元, column by column.</summary>
    public static List<decimal?> Yuan(JsonElement line) =>
        [.. line.GetProperty("amounts").EnumerateArray().Select(a => Decimal(a, "yuan"))];
}
