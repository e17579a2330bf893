using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Validation;

/// <summary>
/// Regenerates the 硚口 2024 说明 from the seed's tables and facts and compares every number of
/// each of the thirteen items with the published text. A published number matches a generated one
/// of the same unit when the generated value, rounded to the published number's decimals, equals it
/// ("96%" matches 95.93%). What remains are the places where the published document disagrees with
/// its own tables — listed below, each also reported by the validator.
/// </summary>
public sealed partial class ExplanationRegenerationTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    /// <summary>(item, published number, generated number) the seed itself got wrong.</summary>
    private static readonly (int Item, string Published, string Generated)[] KnownDisagreements =
    [
        // 六: the 说明 states 人员经费 2260.18 (the 款 lines' sum); 公开06表 prints 人员经费合计 2,260.1.
        (6, "2260.18万元", "2260.1万元"),
        // 十一: 服务采购授予中小企业 64.90 of 68.20 is 95.2%, not the printed 95.3%.
        (11, "95.3%", "95.2%"),
        // 十三(二): the 整体 evaluation covers 3469.73 executed, the sentence says 1001.87.
        (13, "1001.87万元", "3469.73万元"),
    ];

    [Fact]
    public async Task EveryNumberOfThePublishedExplanationIsRegeneratedFromTheData()
    {
        var analysis = await AnalyzeQiaokouAsync();
        var published = PublishedItems();
        published.Keys.Should().BeEquivalentTo(Enumerable.Range(1, 13), "the published 说明 has thirteen items");

        var unexplained = new List<string>();
        var disagreements = new List<(int, string, string)>();
        foreach (var (item, text) in published)
        {
            var (onlyPublished, onlyGenerated) = Compare(NumbersIn(text), NumbersIn(analysis.Explanation.PlainText(item)));
            // A disagreement pairs one published and one generated number of the same unit.
            foreach (var p in onlyPublished.ToList())
            {
                var partner = onlyGenerated.FirstOrDefault(g => g.Unit == p.Unit);
                if (partner is not null && KnownDisagreements.Contains((item, p.ToString(), partner.ToString())))
                {
                    disagreements.Add((item, p.ToString(), partner.ToString()));
                    onlyPublished.Remove(p);
                    onlyGenerated.Remove(partner);
                }
            }
            unexplained.AddRange(onlyPublished.Select(n => $"{ChineseNumerals.Ordinal(item)}: published {n} not generated"));
            unexplained.AddRange(onlyGenerated.Select(n => $"{ChineseNumerals.Ordinal(item)}: generated {n} not published"));
        }

        unexplained.Should().BeEmpty();
        disagreements.Should().BeEquivalentTo(KnownDisagreements, "each known error of the seed shows up as a disagreement");
    }

    [Fact]
    public async Task TheSeedsOwnErrorsInTheExplanationAreFindings()
    {
        var analysis = await AnalyzeQiaokouAsync();
        var figures = analysis.Report.Findings.Where(f => f.RuleId == "explanation-figure").ToList();

        figures.Should().ContainSingle(f => f.Message.StartsWith("说明中填写的人员经费"))
            .Which.Should().Match<Domain.Validation.Finding>(f => f.Found == "2,260.18" && f.Expected == "2,260.10" && f.Location.ExplanationItem == 6);
        figures.Should().ContainSingle(f => f.Message.StartsWith("说明中填写的整体支出绩效自评资金"))
            .Which.Should().Match<Domain.Validation.Finding>(f => f.Found == "1,001.87" && f.Expected == "3,469.73" && f.Location.ExplanationItem == 13);
    }

    [Fact]
    public async Task ChartsCarryTheTwoYearsTotalsAndTheStructures()
    {
        var analysis = await AnalyzeQiaokouAsync();
        var charts = analysis.Explanation.Charts.ToDictionary(c => c.Number);

        charts.Keys.Should().BeEquivalentTo([1, 2, 3, 4]);
        charts[1].Points.Select(p => (p.Category, p.Series, p.Amount.ToWanYuanString())).Should().BeEquivalentTo(new[]
        {
            ("2023年", "收入总计", "3,952.98"), ("2023年", "支出总计", "3,952.98"),
            ("2024年", "收入总计", "3,469.73"), ("2024年", "支出总计", "3,469.73"),
        });
        charts[2].Points.Should().ContainSingle().Which.Category.Should().Be("财政拨款收入");
        charts[3].Points.Select(p => (p.Category, p.Amount.ToWanYuanString(), p.Share.ToString())).Should().Equal(
            ("基本支出", "2,467.86", "71.1%"), ("项目支出", "1,001.87", "28.9%"));
        charts[4].Points.Where(p => p.Category == "2024年").Should().OnlyContain(p => p.Amount.ToWanYuanString() == "3,469.73");
    }

    [Fact]
    public async Task MissingReasonsAreAskedForWhereTheBudgetWasNotMet()
    {
        var analysis = await AnalyzeQiaokouAsync();

        // 律师管理, 事业单位医疗 and 公务员医疗补助 missed their budgets without a stated reason; so did the
        // change of 公务接待费 against last year.
        analysis.Explanation.StaffTexts.Where(r => r.IsMissing).Select(r => r.Key).Should().BeEquivalentTo(
            ExplanationTextKeys.BudgetReasonPrefix + "2040606", ExplanationTextKeys.BudgetReasonPrefix + "2101102",
            ExplanationTextKeys.BudgetReasonPrefix + "2101103", ExplanationTextKeys.ReceptionChange);
        analysis.Report.Findings.Where(f => f.RuleId == "explanation-reason").Should().HaveCount(4)
            .And.OnlyContain(f => f.Severity == Domain.Validation.FindingSeverity.Warning);
    }

    private async Task<DisclosureAnalysis> AnalyzeQiaokouAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return (await new DisclosureAnalysisService(db).AnalyzeAsync("420104-sfj", 2024, null, VersionVisibility.PublishedOnly))!;
    }

    /// <summary>The published 第三部分, split into its thirteen items.</summary>
    private static Dictionary<int, string> PublishedItems()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.SeedSources, "qiaokou-2024-final-accounts.txt"));
        var start = text.IndexOf("第三部分 区司法局 2024 年度 部门决算情况说明", StringComparison.Ordinal);
        var end = text.IndexOf("第四部分 2024 年重点工作完成情况", start, StringComparison.Ordinal);
        var part = text[start..end];
        var headings = ItemHeading().Matches(part).ToList();
        return headings.Select((m, i) => (
                Item: Array.IndexOf(Numerals, m.Groups[1].Value) + 1,
                Text: part[m.Index..(i + 1 < headings.Count ? headings[i + 1].Index : part.Length)]))
            .ToDictionary(x => x.Item, x => x.Text);
    }

    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"];

    private sealed record Number(decimal Value, int Decimals, string Unit)
    {
        public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture) + Unit;

        /// <summary>Whether a generated number, rounded as this published one is, gives the same.</summary>
        public bool IsMatchedBy(Number generated) =>
            Unit == generated.Unit && Math.Round(generated.Value, Decimals, MidpointRounding.AwayFromZero) == Value;
    }

    private static List<Number> NumbersIn(string text)
    {
        var normalized = text.Replace("$", "", StringComparison.Ordinal).Replace(@"\%", "%", StringComparison.Ordinal);
        return NumberWithUnit().Matches(normalized)
            .Select(m => new Number(decimal.Parse(m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture),
                m.Groups[1].Value.Contains('.') ? m.Groups[1].Value.Split('.')[1].Length : 0, m.Groups[2].Value))
            .ToList();
    }

    private static (List<Number> OnlyPublished, List<Number> OnlyGenerated) Compare(List<Number> published, List<Number> generated)
    {
        var remaining = generated.ToList();
        var unmatched = new List<Number>();
        foreach (var number in published)
        {
            var match = remaining.FirstOrDefault(number.IsMatchedBy);
            if (match is null)
            {
                unmatched.Add(number);
            }
            else
            {
                remaining.Remove(match);
            }
        }
        return (unmatched, remaining);
    }

    [GeneratedRegex(@"^(十[一二三]?|[一二三四五六七八九])、", RegexOptions.Multiline)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"(\d[\d,]*(?:\.\d+)?)\s*(万元|%|辆|个|人次|台)")]
    private static partial Regex NumberWithUnit();
}
