using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.UnitTests.Content;

public class NextYearContentTests
{
    private const string NewTitle = "新年度部门决算公开";

    // The parts that hold a year's figures, and the texts among them that are kept.
    private static readonly string[] FigureParts = ["tables", "threePublicDetails", "operatingCosts", "procurement", "assets"];
    private static readonly HashSet<string> KeptTexts = ["code", "name", "group", "emptyStatement", "vehicleOperationUse", "receptionVisitors"];

    [Theory]
    [MemberData(nameof(SeedContent.Files), MemberType = typeof(SeedContent))]
    public void LeavesNoAmountOrCountInTablesAndFacts(string file)
    {
        var lastYear = SeedContent.Captured(SeedContent.Read(file));

        var next = NextYearContent.From(lastYear, lastYear.Year + 1, NewTitle);

        var root = SeedContent.Node(next).AsObject();
        var filled = FigureParts.SelectMany(part => Leaves(root[part], part))
            .Where(leaf => !KeptTexts.Contains(leaf.Name) && leaf.Value is not null)
            .Select(leaf => leaf.Path)
            .ToList();
        filled.Should().BeEmpty();
        next.Profile?.Staffing.Should().Be(new StaffingContent(null, null, null, null));
    }

    [Theory]
    [MemberData(nameof(SeedContent.Files), MemberType = typeof(SeedContent))]
    public void KeepsCodesNamesAndTexts(string file)
    {
        var lastYear = SeedContent.Captured(SeedContent.Read(file));

        var next = NextYearContent.From(lastYear, lastYear.Year + 1, NewTitle);

        Structure(next).Should().Equal(Structure(lastYear));
        next.Profile!.Duties.Should().Equal(lastYear.Profile!.Duties);
        next.Profile.Organization.Should().Be(lastYear.Profile.Organization);
        next.Explanation!.Texts.Select(t => (t.Item, t.Key, t.Text))
            .Should().Equal(lastYear.Explanation!.Texts.Select(t => (t.Item, t.Key, t.Text)));
        next.Explanation.Projects.Select(p => (p.Name, p.Problems, p.NextSteps))
            .Should().Equal(lastYear.Explanation.Projects.Select(p => (p.Name, p.Problems, p.NextSteps)));
        next.KeyWork!.Select(k => (k.Title, k.Goal)).Should().Equal(lastYear.KeyWork!.Select(k => (k.Title, k.Goal)));
        next.Glossary.Should().Equal(lastYear.Glossary);
        next.DepartmentCode.Should().Be(lastYear.DepartmentCode);
        next.Version.ReportingUnit.Should().Be(lastYear.Version.ReportingUnit);
    }

    // Last year's reasons and "主要用于" texts may state last year's amounts; each is marked until staff check it.
    [Theory]
    [MemberData(nameof(SeedContent.Files), MemberType = typeof(SeedContent))]
    public void MarksEveryCarriedTextOfTheExplanationAsCarriedFromLastYear(string file)
    {
        var lastYear = SeedContent.Captured(SeedContent.Read(file));
        lastYear.Explanation!.Texts.Should().NotContain(t => t.CarriedFromYear != null);

        var next = NextYearContent.From(lastYear, lastYear.Year + 1, NewTitle);

        next.Explanation!.Texts.Should().HaveCount(lastYear.Explanation.Texts.Count)
            .And.NotContain(t => t.CarriedFromYear != lastYear.Year);
        var written = SeedContent.Written(next);
        written.ExplanationTexts.Should().NotContain(t => t.CarriedFromYear != lastYear.Year || !t.IsUnchecked);
        DisclosureSnapshot.Capture(written, next.DepartmentCode, next.Year).Explanation!.Texts
            .Should().Equal(next.Explanation.Texts, "the mark survives writing and capturing");
    }

    [Fact]
    public void AYearStartedFromACarriedYearIsMarkedWithTheYearItCameFrom()
    {
        var lastYear = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));
        var carried = NextYearContent.From(lastYear, 2025, NewTitle);

        var next = NextYearContent.From(carried, 2026, NewTitle);

        next.Explanation!.Texts.Should().NotBeEmpty().And.OnlyContain(t => t.CarriedFromYear == 2025);
    }

    [Theory]
    [MemberData(nameof(SeedContent.Files), MemberType = typeof(SeedContent))]
    public void KeepsTheIndicatorTreesWithoutTheYearsResults(string file)
    {
        var lastYear = SeedContent.Captured(SeedContent.Read(file));

        var next = NextYearContent.From(lastYear, lastYear.Year + 1, NewTitle);

        next.Evaluations.Should().HaveCount(lastYear.Evaluations!.Count);
        foreach (var (now, then) in next.Evaluations!.Zip(lastYear.Evaluations))
        {
            (now.Kind, now.Name, now.Category, now.Attribute, now.ProjectType)
                .Should().Be((then.Kind, then.Name, then.Category, then.Attribute, then.ProjectType));
            now.Funds.Should().BeEmpty("last year's amounts are not this year's");
            new object?[]
            {
                now.ExecutionRate, now.FundScore, now.TotalScore, now.Grade, now.DeviationAnalysis, now.Report,
            }.Should().AllSatisfy(v => v.Should().BeNull());
            (now.FundWeight, now.Groups).Should().Be((then.FundWeight, then.Groups), "weights are the form's, kept");
            now.Goals.Select(g => (g.Text, g.Achieved)).Should().Equal(then.Goals.Select(g => (g.Text, (string?)null)));
            now.Goals.SelectMany(g => g.Indicators).Should().Equal(
                then.Goals.SelectMany(g => g.Indicators).Select(i => i with { Actual = null, Score = null, Deviation = null }));
        }
        next.Evaluations!.SelectMany(e => e.Goals).SelectMany(g => g.Indicators)
            .Should().Contain(i => i.Target != null, "targets are plans, kept");
        next.KeyWork!.Should().NotContain(k => k.Completion != null);
        next.Explanation!.Projects.Should().NotContain(p => p.Outputs != null || p.Executed != null || p.Budget != null);
    }

    [Fact]
    public void KeepsAnIndicatorsWeightAndClearsItsScore()
    {
        var captured = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));
        var evaluation = captured.Evaluations![0];
        var goal = evaluation.Goals[0];
        var scored = goal.Indicators[0] with { Weight = 10m, Score = 8.5m };
        var lastYear = captured with
        {
            Evaluations = [evaluation with { TotalScore = 92m, Grade = "优", Goals = [goal with { Indicators = [scored] }] }],
        };

        var next = NextYearContent.From(lastYear, 2025, NewTitle);

        var indicator = next.Evaluations!.Single().Goals.Single().Indicators.Single();
        indicator.Should().Be(scored with { Actual = null, Score = null });
        indicator.Weight.Should().Be(10m);
        next.Evaluations![0].TotalScore.Should().BeNull();
        next.Evaluations[0].Grade.Should().BeNull();
    }

    [Fact]
    public void LastYearsFiguresBecomeThePriorYearFigures()
    {
        var lastYear = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));

        var next = NextYearContent.From(lastYear, 2025, NewTitle);

        var figures = next.Explanation!.Figures;
        figures.Should().OnlyContain(f => f.Kind == "prior-year");
        Amount(figures, "grand-total").Should().Be(Money.ParseWanYuan(lastYear.Tables.T01!.IncomeGrandTotal!));
        Amount(figures, "expenditure-total").Should().Be(Money.ParseWanYuan(lastYear.Tables.T01!.ExpenditureTotal!));
        Amount(figures, "three-public.total").Should().Be(Money.ParseWanYuan(lastYear.Tables.T09!.Actual!.Total!));
        Amount(figures, "operating-costs").Should().Be(Money.ParseWanYuan(lastYear.OperatingCosts!.Amount!));
        Amount(figures, "personnel-costs").Should().Be(Money.ParseWanYuan("2,260.10"), "the 公开06表 footer, not the figure 2024's 说明 stated");
    }

    [Fact]
    public void StartsAFreshDraftOfTheNewYear()
    {
        var lastYear = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));
        var published = lastYear with { Version = lastYear.Version with { Number = 2, Status = "published", PublishedOn = new DateOnly(2025, 10, 31), CorrectionNote = "更正" } };

        var next = NextYearContent.From(published, 2025, NewTitle);

        next.Year.Should().Be(2025);
        next.Version.Should().Be(new VersionContent(1, "draft", NewTitle, lastYear.Version.ReportingUnit, null, null));
        next.Tables.T07!.EmptyStatement.Should().Be("本部门2025年度无政府性基金预算财政拨款收入支出。");
        var draft = SeedContent.NewDraft(next);
        ContentWriter.Write(draft, next, null, null);
        draft.IncomeRows.Should().HaveCount(lastYear.Tables.T02!.Rows.Count).And.OnlyContain(r => r.Total == null);
        next.Tables.T01!.Expenditure.Should().BeEmpty("a 类 line without an amount is what every template prints, not content");
        next.Tables.T02!.Rows[0].Code.Should().BeNull("the 合计 row stays above the coded rows, blank");
    }

    private static Money? Amount(IEnumerable<NarrativeFigureContent> figures, string key) =>
        figures.SingleOrDefault(f => f.Key == key) is { } figure ? Money.ParseWanYuan(figure.Amount) : null;

    /// <summary>
    /// Each table's coded rows (code, name, group) and its empty-table statement. The 类 lines of 公开01/04表
    /// and a 合计 row alone are left out: without amounts they say nothing, and content does not keep them.
    /// </summary>
    private static List<string> Structure(DisclosureContent content) =>
        SeedContent.Node(content.Tables).AsObject()
            .SelectMany(t => (t.Value?["rows"] as JsonArray ?? [])
                .OfType<JsonObject>()
                .Where(row => row["code"] is JsonValue code && code.GetValueKind() == JsonValueKind.String)
                .Select(row => $"{t.Key}:{row["group"]}:{row["code"]}={row["name"]}")
                .Append($"{t.Key}.emptyStatement={t.Value?["emptyStatement"]?.GetValue<string>().Replace($"{content.Year}年", "当年", StringComparison.Ordinal)}"))
            .ToList();

    private static IEnumerable<(string Path, string Name, string? Value)> Leaves(JsonNode? node, string path, string name = "")
    {
        switch (node)
        {
            case JsonObject o:
                return o.SelectMany(p => Leaves(p.Value, $"{path}.{p.Key}", p.Key));
            case JsonArray a:
                return a.SelectMany((item, i) => Leaves(item, $"{path}[{i}]", name));
            case JsonValue v:
                return [(path, name, v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString())];
            default:
                return [(path, name, null)];
        }
    }
}
