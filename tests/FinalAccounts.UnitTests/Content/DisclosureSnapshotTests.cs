using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.UnitTests.Content;

public class DisclosureSnapshotTests
{
    // The string properties of the seed records that hold text; every other string holds an amount.
    private static readonly HashSet<string> TextProperties =
    [
        "departmentCode", "code", "name", "group", "emptyStatement", "kind", "key", "text", "title", "goal", "completion",
        "term", "definition", "functionCode", "organization", "vehicleOperationUse", "receptionVisitors", "outputs",
        "problems", "nextSteps", "supervisingDepartment", "implementingUnit", "category", "attribute", "projectType",
        "executionRate", "grade", "deviationAnalysis", "improvement", "report", "level1", "level2", "level3", "target", "actual",
        "line", "achieved", "deviation",
    ];

    [Theory]
    [MemberData(nameof(SeedContent.Files), MemberType = typeof(SeedContent))]
    public void CapturingWrittenContentGivesTheSeedBackWithExactAmounts(string file)
    {
        var seed = SeedContent.Read(file);

        var captured = SeedContent.Captured(seed);

        var expected = Values(seed);
        var actual = Values(captured);
        actual.Keys.Should().BeEquivalentTo(expected.Keys, "nothing is lost or invented");
        foreach (var (path, (text, isAmount)) in expected)
        {
            if (isAmount)
            {
                actual[path].Text.Should().MatchRegex(@"^\d{1,3}(,\d{3})*\.\d{2,6}$", path);
                Money.ParseWanYuan(actual[path].Text).Should().Be(Money.ParseWanYuan(text), path);
            }
            else
            {
                actual[path].Text.Should().Be(text, path);
            }
        }
        captured.Version.Should().Be(new VersionContent(1, "draft", seed.Version.Title, seed.Version.ReportingUnit, null, null));
    }

    [Theory]
    [MemberData(nameof(SeedContent.Files), MemberType = typeof(SeedContent))]
    public void CapturingIsIdempotent(string file)
    {
        var seed = SeedContent.Read(file);
        var first = SeedContent.Captured(seed);

        var second = SeedContent.Captured(first);

        SeedContent.ToJson(second).Should().Be(SeedContent.ToJson(first));
    }

    [Fact]
    public void EveryPartOfACaptureIsPresentEvenForASeedWithoutTables()
    {
        var seed = SeedContent.Read("caidian-2020.json");
        seed.Profile.Should().BeNull("the seed leaves the part out");

        var captured = SeedContent.Captured(seed);

        new object?[]
        {
            captured.Profile, captured.Profile?.Staffing, captured.Tables.T01, captured.Tables.T02, captured.Tables.T03,
            captured.Tables.T04, captured.Tables.T04?.ExpenditureTotal, captured.Tables.T05, captured.Tables.T06,
            captured.Tables.T07, captured.Tables.T08, captured.Tables.T09, captured.Tables.T09?.Budget,
            captured.ThreePublicDetails, captured.OperatingCosts, captured.Procurement, captured.Assets, captured.Explanation,
            captured.KeyWork, captured.Glossary, captured.Evaluations,
        }.Should().NotContainNulls();
        captured.Tables.T02!.Rows.Should().BeEmpty();
    }

    [Fact]
    public void TheTotalRowKeepsItsNullCode()
    {
        var captured = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));

        var total = captured.Tables.T02!.Rows[0];
        total.Code.Should().BeNull();
        total.Total.Should().Be("3,469.73");
        captured.Tables.T06!.Rows.Should().Contain(r => r.Group == "人员经费" && r.Code == "301" && r.Amount == "2,171.20");
    }

    [Fact]
    public void WritingASnapshotIntoADraftWithOtherContentReplacesEveryPart()
    {
        var qiaokou = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));
        var hongshan = SeedContent.Captured(SeedContent.Read("hongshan-2021.json"));
        var draft = SeedContent.Written(qiaokou);

        ContentWriter.Write(draft, hongshan, null, null);

        var captured = DisclosureSnapshot.Capture(draft, hongshan.DepartmentCode, hongshan.Year);
        SeedContent.ToJson(captured with { Version = hongshan.Version })
            .Should().Be(SeedContent.ToJson(hongshan with { Version = hongshan.Version }));
        draft.EmptyStatementFor(PublishedTable.GovernmentFund).Should().StartWith("武汉市洪山区司法局没有政府性基金");
    }

    [Fact]
    public void WritingContentThatLeavesPartsOutEmptiesThem()
    {
        var draft = SeedContent.Written(SeedContent.Read("qiaokou-2024.json"));
        var evaluationsOnly = SeedContent.Read("caidian-2020.json");

        ContentWriter.Write(draft, evaluationsOnly, null, null);

        var captured = DisclosureSnapshot.Capture(draft, evaluationsOnly.DepartmentCode, evaluationsOnly.Year);
        var fresh = SeedContent.Captured(evaluationsOnly);
        SeedContent.ToJson(captured with { Version = fresh.Version }).Should().Be(SeedContent.ToJson(fresh));
        draft.EmptyTableStatements.Should().BeEmpty();
        draft.IncomeRows.Should().BeEmpty();
        draft.Duties.Should().BeEmpty();
    }

    [Fact]
    public void RefusedContentNamesThePlaceAndLeavesTheDraftAsItWas()
    {
        var seed = SeedContent.Read("qiaokou-2024.json");
        var draft = SeedContent.Written(seed);
        var before = SeedContent.ToJson(DisclosureSnapshot.Capture(draft, seed.DepartmentCode, seed.Year));
        var hongshan = SeedContent.Read("hongshan-2021.json");
        var rows = hongshan.Tables.T03!.Rows.ToList();
        rows[0] = rows[0] with { Total = "12,34.5" };
        var bad = hongshan with { Tables = hongshan.Tables with { T03 = hongshan.Tables.T03 with { Rows = rows } } };

        var write = () => ContentWriter.Write(draft, bad, null, null, "导入文件.xlsx");

        write.Should().Throw<InvalidContentException>()
            .Which.Should().Match<InvalidContentException>(e => e.File == "导入文件.xlsx" && e.Location == "tables.t03.rows[0].total");
        SeedContent.ToJson(DisclosureSnapshot.Capture(draft, seed.DepartmentCode, seed.Year)).Should().Be(before);
    }

    [Fact]
    public void CodesOutsideTheCatalogAreRefused()
    {
        var seed = SeedContent.Read("hongshan-2021.json");
        var draft = SeedContent.NewDraft(seed);

        var write = () => ContentWriter.Write(draft, seed, code => code != "2040601", null);

        write.Should().Throw<InvalidContentException>().Which.Problem.Should().Contain("2040601");
    }

    [Fact]
    public void TheVersionPartFollowsTheWorkflow()
    {
        var seed = SeedContent.Read("qiaokou-2024.json");
        var disclosure = new Disclosure(1, new Domain.Classification.FiscalYear(seed.Year));
        var first = disclosure.StartVersion(seed.Version.Title, seed.Version.ReportingUnit);
        ContentWriter.Write(first, seed, null, null);
        first.Submit();
        first.Publish(new DateTimeOffset(2025, 10, 31, 9, 0, 0, TimeSpan.FromHours(8)),
            new Domain.Organizations.Department(seed.DepartmentCode, "武汉市硚口区司法局", "区司法局", "420104"), new DateOnly(2025, 10, 31));

        var published = DisclosureSnapshot.Capture(first, seed.DepartmentCode, seed.Year);
        var correction = disclosure.StartVersion(seed.Version.Title, seed.Version.ReportingUnit, "更正公开08表");
        ContentWriter.Write(correction, published, null, null);
        first.Withdraw("数据有误");

        published.Version.Should().Be(new VersionContent(1, "published", seed.Version.Title, seed.Version.ReportingUnit,
            new DateOnly(2025, 10, 31), null));
        DisclosureSnapshot.Capture(first, seed.DepartmentCode, seed.Year).Version.Status.Should().Be("withdrawn");
        var copied = DisclosureSnapshot.Capture(correction, seed.DepartmentCode, seed.Year);
        copied.Version.Should().Be(new VersionContent(2, "draft", seed.Version.Title, seed.Version.ReportingUnit, null, "更正公开08表"));
        SeedContent.ToJson(copied with { Version = published.Version }).Should().Be(SeedContent.ToJson(published));
    }

    /// <summary>A score keeps the decimals entered: the form printed 9.10 and 99.40, not 9.1 and 99.4.</summary>
    [Fact]
    public void AScoreIsCapturedWithTheDecimalsItWasEnteredWith()
    {
        var seed = SeedContent.Read("hongshan-2021.json");
        var evaluation = seed.Evaluations![0];
        var goal = evaluation.Goals[0];
        Func<decimal, decimal, decimal, DisclosureContent> scored = (total, weight, score) => seed with
        {
            Evaluations = [evaluation with
            {
                TotalScore = total,
                Goals = [goal with { Indicators = [new IndicatorContent("产出指标", "数量指标", "办理案件", "≥100件", "120件", weight, score)] }],
            }],
        };

        var plain = SeedContent.Captured(scored(99.4m, 10m, 9.5m));
        var twoDecimals = SeedContent.Captured(scored(99.40m, 10.00m, 9.10m));

        SeedContent.ToJson(plain.Evaluations![0]).Should().Contain("\"totalScore\":99.4,").And.Contain("\"weight\":10,\"score\":9.5,");
        SeedContent.ToJson(twoDecimals.Evaluations![0]).Should().Contain("\"totalScore\":99.40,").And.Contain("\"weight\":10.00,\"score\":9.10,");
    }

    /// <summary>
    /// The non-blank leaves of the content by path, amounts marked, the version part left out: a part
    /// left out and an empty part are alike.
    /// </summary>
    private static Dictionary<string, (string Text, bool IsAmount)> Values(DisclosureContent content)
    {
        var values = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        var root = SeedContent.Node(content).AsObject();
        root.Remove("version");
        Collect(root, "", "", values);
        return values;
    }

    private static void Collect(JsonNode? node, string path, string name, Dictionary<string, (string, bool)> values)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (property, child) in o)
                {
                    Collect(child, path.Length == 0 ? property : $"{path}.{property}", property, values);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], $"{path}[{i}]", "", values);
                }
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                values[path] = (v.GetValue<string>(), name.Length > 0 && !TextProperties.Contains(name));
                break;
            case JsonValue v:
                // A count or score is compared by value: 99.4 and 99.40 are the same score.
                values[path] = (decimal.Parse(v.ToJsonString(), CultureInfo.InvariantCulture).ToString("0.############################", CultureInfo.InvariantCulture), false);
                break;
        }
    }
}
