using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Infrastructure;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>The download tests share one portal: starting it (and rendering the seeds' PDFs) is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ExportsCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Table downloads";
}

/// <summary>The four seeded disclosures, and the tables the portal prints for them — what every download must hold.</summary>
public static class ExportSeeds
{
    public const string Qiaokou = "/disclosures/420104-sfj/2024";

    public static TheoryData<string, int> All => SeedDisclosures.All;

    public static async Task<DisclosureAnalysis> AnalyzeAsync(PortalFactory portal, string department, int year)
    {
        portal.CreateClient();
        await using var scope = portal.Services.CreateAsyncScope();
        var analysis = await scope.ServiceProvider.GetRequiredService<DisclosureAnalysisService>()
            .AnalyzeAsync(department, year, null, VersionVisibility.PublishedOnly);
        return analysis ?? throw new InvalidOperationException($"{department} {year} is not seeded.");
    }

    public static string VersionUrl(DisclosureAnalysis analysis, string suffix) =>
        $"/disclosures/{analysis.Header.DepartmentCode}/{analysis.Header.Year}/v{analysis.Header.Version}/{suffix}";
}

/// <summary>
/// Where printed cells land on a grid, worked out here on its own (HTML's rule: a cell starts at the
/// first column no span from above covers), so that the tests do not take the exporters' word for it.
/// </summary>
public static class ExpectedGrid
{
    public static IReadOnlyList<(int Row, int Column, PrintedCell Cell)> Place(IReadOnlyList<IReadOnlyList<PrintedCell>> rows)
    {
        var taken = new bool[rows.Count, 64];
        var placed = new List<(int, int, PrintedCell)>();
        for (var row = 0; row < rows.Count; row++)
        {
            var column = 0;
            foreach (var cell in rows[row])
            {
                while (taken[row, column])
                {
                    column++;
                }
                placed.Add((row, column, cell));
                for (var r = row; r < row + cell.RowSpan; r++)
                {
                    for (var c = column; c < column + cell.ColumnSpan; c++)
                    {
                        taken[r, c] = true;
                    }
                }
                column += cell.ColumnSpan;
            }
        }
        return placed;
    }
}
