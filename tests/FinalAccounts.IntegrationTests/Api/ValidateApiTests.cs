using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.IntegrationTests.Infrastructure;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Api;

/// <summary>
/// POST /api/v1/validate on the seeded portal: the 硚口 2024 seed answers what GET …/findings answers
/// for its stored version, nothing is stored, and unreadable input answers 400 naming the JSON path.
/// </summary>
public sealed class ValidateApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Qiaokou = "420104-sfj";

    private static string SeedJson() =>
        File.ReadAllText(Path.Combine(global::FinalAccounts.IntegrationTests.Infrastructure.RepositoryPaths.SeedDirectory, "disclosures", "qiaokou-2024.json"));

    [Fact]
    public async Task TheSeedAnswersTheFindingsOfItsStoredVersionAndNothingIsStored()
    {
        var client = portal.CreateClient();
        var stored = await client.GetStringAsync($"/api/v1/disclosures/{Qiaokou}/2024/findings");
        var before = await CountRowsAsync();

        var response = await client.PostAsync("/api/v1/validate", new StringContent(SeedJson(), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var posted = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        JsonNode.DeepEquals(posted["findings"], JsonNode.Parse(stored)!["findings"]).Should().BeTrue();
        (await CountRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task AnUnreadableAmountAnswers400NamingItsJsonPath()
    {
        var seed = JsonNode.Parse(SeedJson())!;
        var path = FirstAmountPath(seed);
        var (node, property) = path;
        node[property] = "一百万";
        var before = await CountRowsAsync();

        var response = await portal.CreateClient().PostAsync("/api/v1/validate",
            new StringContent(seed.ToJsonString(), Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString().Should().Contain(node.GetPath() + "." + property);
        (await CountRowsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task ABodyOverTenMegabytesIsRefusedInChinese()
    {
        var body = new ByteArrayContent(new byte[10 * 1024 * 1024 + 10]);
        body.Headers.ContentType = new("application/json");

        var response = await portal.CreateClient().PostAsync("/api/v1/validate", body);

        ((int)response.StatusCode).Should().BeOneOf(400, 413);
        (await response.Content.ReadAsStringAsync()).Should().Contain("MB");
    }

    [Fact]
    public async Task TheOpenApiDocumentListsValidateWithBothContentTypesAndRules()
    {
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths");

        paths.TryGetProperty("/api/v1/rules", out _).Should().BeTrue();
        var content = paths.GetProperty("/api/v1/validate").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        content.TryGetProperty("application/json", out _).Should().BeTrue();
        content.TryGetProperty("multipart/form-data", out _).Should().BeTrue();
    }

    /// <summary>The total of 公开02表's second row in the seed: its object and property name.</summary>
    private static (JsonObject Node, string Property) FirstAmountPath(JsonNode seed) =>
        (seed["tables"]!["t02"]!["rows"]![1]!.AsObject(), "total");

    private async Task<long[]> CountRowsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FinalAccountsDbContext>();
        return
        [
            await db.Regions.LongCountAsync(), await db.Departments.LongCountAsync(), await db.Disclosures.LongCountAsync(),
            await db.DisclosureVersions.LongCountAsync(), await db.LineFacts.LongCountAsync(), await db.AuditEntries.LongCountAsync(),
            await db.AdministrationEntries.LongCountAsync(), await db.SearchSections.LongCountAsync(),
        ];
    }
}
