using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace FinalAccounts.IntegrationTests.Validation;

public sealed class ExploreTests(SeededDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<SeededDatabaseFixture>
{
    [Theory]
    [InlineData("420104-sfj", 2024)]
    [InlineData("420114-sfj", 2023)]
    [InlineData("420111-sfj", 2021)]
    [InlineData("420114-sfj", 2020)]
    public async Task Dump(string code, int year)
    {
        await using var db = fixture.Database.CreateContext();
        var a = await new DisclosureAnalysisService(db).AnalyzeAsync(code, year, null, VersionVisibility.PublishedOnly);
        foreach (var f in a!.Report.Findings) output.WriteLine($"{f.Severity} {f.RuleId} [{f.Location}] exp={f.Expected} found={f.Found} {f.Message}");
        foreach (var s in a.Explanation.Sections) { output.WriteLine(s.Heading); foreach (var b in s.Blocks) { if (b.Heading != null) output.WriteLine(b.Heading); foreach (var p in b.Paragraphs) output.WriteLine("  " + p.Text); } }
    }
}
