using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Web;
using Seed = FinalAccounts.IntegrationTests.Infrastructure.RepositoryPaths;

namespace FinalAccounts.IntegrationTests.Api;

/// <summary>
/// POST /api/v1/validate on the seeded portal: each rule of issue 16 fires on a mutation of the 硚口 2024
/// seed made for it; a filled template is read; malformed JSON and a file that is not a workbook are a
/// Chinese 400 naming the place; a department the portal does not have is checked; nothing is stored.
/// </summary>
public sealed class ValidateMutationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Validate = "/api/v1/validate";
    private static readonly string SeedPath = Path.Combine(Seed.SeedDirectory, "disclosures", "qiaokou-2024.json");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Rules => new()
    {
        "T04-income", "T04-fund-balance", "T04-T08-state-capital", "T02-T03-mirror", "operating-costs", "T09-over-budget",
        "procurement", "plausible-figures", "staff-text", "required-parts",
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task AMutationOfTheSeedFiresItsRuleBesideTheSeedsOwnFindings(string rule)
    {
        var seed = await File.ReadAllTextAsync(SeedPath);
        using var before = await PostJsonAsync(seed);
        var node = JsonNode.Parse(seed)!;
        var alsoFires = ValidateMutations.Apply(rule, node);

        using var after = await PostJsonAsync(node.ToJsonString());

        var added = Findings(after).Except(Findings(before)).ToList();
        added.Select(f => f.Rule).Distinct().Should().BeEquivalentTo(alsoFires.Prepend(rule), string.Join("\n", added));
    }

    [Fact]
    public async Task AFilledTemplateIsCheckedWithItsYearsCatalog()
    {
        var seed = JsonSerializer.Deserialize<DisclosureContent>(await File.ReadAllTextAsync(SeedPath), Json)!;
        var workbook = TemplateWorkbook.Write(seed.Tables, new TemplateTitle(seed.Version.Title, seed.Version.ReportingUnit, 2024));
        using var seedFindings = await PostJsonAsync(await File.ReadAllTextAsync(SeedPath));

        var response = await PostFileAsync(workbook, "模板.xlsx", "2024", "420104-sfj");

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        var findings = Findings(json);
        // The template holds the nine tables only: the 职能, 机构设置 and 名词解释 it lacks are missing parts,
        // and every finding within and between the seed's tables is there too.
        findings.Select(f => f.Rule).Should().Contain("required-parts");
        Findings(seedFindings).Where(f => f.Rule.StartsWith("T0", StringComparison.Ordinal)).Should().NotBeEmpty()
            .And.BeSubsetOf(findings);
    }

    [Fact]
    public async Task TheExampleOfTheInputFormatDocumentIsChecked()
    {
        var document = await File.ReadAllTextAsync(Path.Combine(Seed.Root, "docs", "input-format.md"));
        var start = document.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var example = document[start..document.IndexOf("```", start, StringComparison.Ordinal)];

        using var json = await PostJsonAsync(example);

        json.RootElement.GetProperty("department").GetProperty("code").GetString().Should().Be("420199-demo");
        Findings(json).Should().Contain(f => f.Rule == "required-parts" && f.Message.Contains("机构设置"));
    }

    [Fact]
    public async Task MalformedJsonIsA400NamingThePath()
    {
        var node = JsonNode.Parse(await File.ReadAllTextAsync(SeedPath))!;
        node["tables"]!["t01"]!["incomeTotal"] = 3469.73m;

        var response = await PostRawAsync(node.ToJsonString(), "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("title").GetString().Should().Be("提交的内容无法读取");
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("$.tables.t01.incomeTotal").And.Contain("JSON 格式错误");
        problem.RootElement.GetProperty("problems")[0].GetProperty("path").GetString().Should().Be("$.tables.t01.incomeTotal");
    }

    [Fact]
    public async Task ContentThatCannotBeWrittenIsA400NamingTheTableAndRow()
    {
        var node = JsonNode.Parse(await File.ReadAllTextAsync(SeedPath))!;
        node["tables"]!["t02"]!["rows"]![1]!["total"] = "not an amount";

        var response = await PostRawAsync(node.ToJsonString(), "application/json");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("公开02表").And.Contain("第2行");
    }

    [Fact]
    public async Task AnUploadThatIsNotAWorkbookIsA400InChinese()
    {
        var response = await PostFileAsync(Encoding.UTF8.GetBytes("这不是 Excel 文件"), "说明.txt", "2024", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().Should().Contain("不是 Excel 工作簿").And.Contain(".xlsx");
    }

    [Fact]
    public async Task ADepartmentNotOnThePortalIsCheckedAndNothingIsStored()
    {
        var node = JsonNode.Parse(await File.ReadAllTextAsync(SeedPath))!;
        node["departmentCode"] = "999999-new";
        var tables = new[] { "disclosures", "disclosure_versions", "audit_entries" };
        portal.CreateClient().Dispose(); // starts the portal, which migrates and seeds its database
        var counts = await Task.WhenAll(tables.Select(portal.Database.CountAsync));

        using var json = await PostJsonAsync(node.ToJsonString());
        var seed = JsonSerializer.Deserialize<DisclosureContent>(await File.ReadAllTextAsync(SeedPath), Json)!;
        var workbook = TemplateWorkbook.Write(seed.Tables, new TemplateTitle(seed.Version.Title, seed.Version.ReportingUnit, 2024));
        (await PostFileAsync(workbook, "模板.xlsx", "2024", null)).StatusCode.Should().Be(HttpStatusCode.OK);

        json.RootElement.GetProperty("department").GetProperty("code").GetString().Should().Be("999999-new");
        Findings(json).Should().NotBeEmpty();
        (await Task.WhenAll(tables.Select(portal.Database.CountAsync))).Should().Equal(counts);
    }

    private async Task<JsonDocument> PostJsonAsync(string json)
    {
        var response = await PostRawAsync(json, "application/json");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text);
    }

    private Task<HttpResponseMessage> PostRawAsync(string body, string contentType) =>
        portal.CreateClient().PostAsync(Validate, new StringContent(body, Encoding.UTF8, contentType));

    private Task<HttpResponseMessage> PostFileAsync(byte[] bytes, string name, string year, string? department)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", name);
        form.Add(new StringContent(year), "year");
        if (department is not null)
        {
            form.Add(new StringContent(department), "departmentCode");
        }
        return portal.CreateClient().PostAsync(Validate, form);
    }

    private static List<Finding> Findings(JsonDocument json) => json.RootElement.GetProperty("findings").EnumerateArray()
        .Select(f => new Finding(f.GetProperty("rule").GetString()!, f.GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!))
        .ToList();

    private sealed record Finding(string Rule, string Severity, string Message);
}
