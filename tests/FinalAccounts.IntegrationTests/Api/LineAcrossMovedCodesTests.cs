using System.Net;
using System.Text.Json;
using FinalAccounts.Domain.Classification;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Api;

/// <summary>A line across years follows a code the catalog of a later year records as moved.</summary>
public sealed class LineAcrossMovedCodesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AskingForTheOldCodeFindsTheLineUnderItsNewCodeInTheYearsAfterTheMove()
    {
        var client = portal.CreateClient();
        (await client.GetAsync("/api/v1/departments/420114-sfj/lines/05/203")).StatusCode
            .Should().Be(HttpStatusCode.NotFound, "no year publishes a line 203 before the move is recorded");
        await using (var db = portal.Database.CreateContext())
        {
            db.CatalogCodeMoves.Add(new CatalogCodeMove(new FiscalYear(2023), CatalogKind.Function, "203", "204"));
            await db.SaveChangesAsync();
        }

        var response = await client.GetAsync("/api/v1/departments/420114-sfj/lines/05/203");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var line = json.RootElement.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2023).GetProperty("line");
        line.GetProperty("code").GetString().Should().Be("204", "the line states the code it has in that year");
        line.GetProperty("name").GetString().Should().Be("公共安全支出");
    }
}
