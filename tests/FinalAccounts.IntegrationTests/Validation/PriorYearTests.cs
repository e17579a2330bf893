using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Validation;

/// <summary>Without last year's disclosure in the portal, the figures staff entered are used.</summary>
public sealed class PriorYearFromEnteredFiguresTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task WithoutLastYearsDisclosureTheEnteredFiguresAreUsed()
    {
        await using var db = fixture.Database.CreateContext();
        var analysis = (await new DisclosureAnalysisService(db).AnalyzeAsync("420104-sfj", 2024, null, VersionVisibility.PublishedOnly))!;

        analysis.PriorYear.HasPublishedDisclosure.Should().BeFalse();
        analysis.PriorYear[DisclosureFigures.Keys.GrandTotal].Should().Be(Money.FromWanYuan(3952.98m));
        analysis.Explanation.PlainText(1).Should().Contain("收、支总计减少 483.25 万元，下降 12.2%");
        analysis.Report.Findings.Should().NotContain(f => f.RuleId == "prior-year");
    }
}

/// <summary>
/// Last year's figures come from the department's previous published disclosure when the portal has
/// one; a different figure staff entered is reported.
/// </summary>
public sealed class PriorYearFromPublishedDisclosureTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    [Fact]
    public async Task LastYearsPublishedDisclosureWinsAndADifferentEnteredFigureIsReported()
    {
        await SeedDisclosures.PublishQiaokou2023Async(fixture.Database, grandTotal: 4000.00m);

        var analysis = await AnalyzeQiaokouAsync();

        analysis.PriorYear.HasPublishedDisclosure.Should().BeTrue();
        analysis.PriorYear[DisclosureFigures.Keys.GrandTotal].Should().Be(Money.FromWanYuan(4000m));
        analysis.Explanation.PlainText(1).Should().Contain("与2023年度相比，收、支总计减少 530.27 万元，下降 13.3%");
        analysis.Report.Findings.Should().ContainSingle(f => f.RuleId == "prior-year" && f.Location.Sentence == "上年收支总计")
            .Which.Should().BeEquivalentTo(new
            {
                Severity = Domain.Validation.FindingSeverity.Warning, Expected = "4,000.00", Found = "3,952.98",
            });
    }

    private async Task<DisclosureAnalysis> AnalyzeQiaokouAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return (await new DisclosureAnalysisService(db).AnalyzeAsync("420104-sfj", 2024, null, VersionVisibility.PublishedOnly))!;
    }
}
