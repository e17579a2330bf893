using System.Collections;
using System.Reflection;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.UnitTests.Content;

public class ContentChangesTests
{
    private static readonly DisclosureContent Qiaokou = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));

    [Fact]
    public void IdenticalSnapshotsHaveNoChanges()
    {
        var again = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));

        ContentChanges.Between(Qiaokou, again).Should().BeEmpty();
    }

    // Confirming a carried text (确认沿用) changes nothing but its mark, and the audit log says so.
    [Fact]
    public void ConfirmingACarriedTextIsOneChangeOfItsMark()
    {
        var carried = NextYearContent.From(Qiaokou, 2025, "2025年度部门决算公开");
        var first = carried.Explanation!.Texts[0];
        var confirmed = carried with
        {
            Explanation = carried.Explanation with
            {
                Texts = carried.Explanation.Texts.Select(t => t.Key == first.Key ? t with { CarriedFromYear = null } : t).ToList(),
            },
        };

        var change = ContentChanges.Between(carried, confirmed).Should().ContainSingle().Subject;

        change.Location.Should().Be($"explanation.texts[{first.Key}].carriedFromYear");
        change.Description.Should().Contain(first.Key).And.EndWith("沿用上年、待核对");
        (change.Before, change.After).Should().Be(("2024", (string?)null));
    }

    [Fact]
    public void TextsAreComparedByKeySoReorderingOrInsertingOneChangesNothingElse()
    {
        var content = NextYearContent.From(Qiaokou, 2025, "2025年度部门决算公开").WithoutCarriedMarks();
        var texts = content.Explanation!.Texts;
        var added = new ExplanationTextContent(texts[0].Item, "text.1.9", "新增的补充说明。");
        var reordered = content with
        {
            Explanation = content.Explanation with { Texts = [added, .. texts.Reverse()] },
        };

        var changes = ContentChanges.Between(content, reordered);

        changes.Should().OnlyContain(c => c.Location.StartsWith("explanation.texts[text.1.9]", StringComparison.Ordinal))
            .And.Contain(c => c.After == "新增的补充说明。");
    }

    [Fact]
    public void ACopyOfCheckedContentCarriesNoMarks()
    {
        var carried = NextYearContent.From(Qiaokou, 2025, "2025年度部门决算公开");

        var copy = carried.WithoutCarriedMarks();

        copy.Explanation!.Texts.Should().OnlyContain(t => t.CarriedFromYear == null);
        copy.Explanation.Texts.Select(t => t.Text).Should().Equal(carried.Explanation!.Texts.Select(t => t.Text));
        ContentChanges.Between(carried, copy).Should().HaveCount(carried.Explanation.Texts.Count)
            .And.OnlyContain(c => c.Location.EndsWith(".carriedFromYear"));
    }

    [Fact]
    public void OneChangedCellIsOneChangeAtItsRow()
    {
        var after = WithT02Rows(Qiaokou, rows => rows.Select(r => r.Code == "2040601" ? r with { Total = "1,712.46" } : r));

        var changes = ContentChanges.Between(Qiaokou, after);

        changes.Should().Equal(new ContentChange(
            "tables.t02.rows[2040601].total", "公开02表 2040601 行政运行 · 合计", "1,712.45", "1,712.46"));
    }

    [Fact]
    public void TheTotalRowIsPlacedAsTotal()
    {
        var after = WithT02Rows(Qiaokou, rows => rows.Select(r => r.Code is null ? r with { FiscalAppropriation = null } : r));

        var change = ContentChanges.Between(Qiaokou, after).Should().ContainSingle().Subject;

        change.Location.Should().Be("tables.t02.rows[合计].fiscalAppropriation");
        change.Description.Should().Be("公开02表 合计 · 财政拨款收入");
        change.After.Should().BeNull();
    }

    [Fact]
    public void InsertingARowInTheMiddleShowsOnlyTheNewRow()
    {
        var rows = Qiaokou.Tables.T05!.Rows.ToList();
        var at = rows.FindIndex(r => r.Code == "2040604");
        rows.Insert(at, new GeneralBudgetRowContent("2040603", "行政单位医疗", "1.00", null, "1.00", null));
        var after = Qiaokou with { Tables = Qiaokou.Tables with { T05 = Qiaokou.Tables.T05 with { Rows = rows } } };

        var changes = ContentChanges.Between(Qiaokou, after);

        changes.Select(c => c.Location).Should().Equal(
            "tables.t05.rows[2040603].code", "tables.t05.rows[2040603].name",
            "tables.t05.rows[2040603].subtotal", "tables.t05.rows[2040603].project");
        changes.Should().OnlyContain(c => c.Before == null && c.Description.StartsWith("公开05表 2040603 行政单位医疗 · "));
    }

    [Fact]
    public void ARemovedRowShowsWhereItStood()
    {
        var after = WithT02Rows(Qiaokou, rows => rows.Where(r => r.Code != "2040602"));

        var changes = ContentChanges.Between(Qiaokou, after);

        changes.Should().OnlyContain(c => c.Location.StartsWith("tables.t02.rows[2040602].") && c.After == null);
        changes.Select(c => c.Before).Should().Equal("2040602", "一般行政管理事务", "108.98", "108.98");
    }

    [Fact]
    public void ListsWithoutCodesArePlacedByIndexAndDescribedInWords()
    {
        var duties = Qiaokou.Profile!.Duties.ToList();
        duties[3] = "（四）普法和依法治理科。";
        var evaluation = Qiaokou.Evaluations![0];
        var goal = evaluation.Goals[0];
        var indicators = goal.Indicators.ToList();
        indicators[1] = indicators[1] with { Actual = "基本达成" };
        var after = Qiaokou with
        {
            Profile = Qiaokou.Profile with { Duties = duties },
            ThreePublicDetails = Qiaokou.ThreePublicDetails! with { TripGroups = 2 },
            Tables = Qiaokou.Tables with
            {
                T06 = Qiaokou.Tables.T06! with
                {
                    Rows = Qiaokou.Tables.T06.Rows.Select(r => r.Code == "30101" ? r with { Amount = "1.00" } : r).ToList(),
                },
            },
            Evaluations = [evaluation with { Goals = [goal with { Indicators = indicators }, .. evaluation.Goals.Skip(1)] }, .. Qiaokou.Evaluations.Skip(1)],
        };

        var changes = ContentChanges.Between(Qiaokou, after).ToDictionary(c => c.Location, c => c.Description);

        changes.Should().Equal(new Dictionary<string, string>
        {
            ["profile.duties[3]"] = "第一部分 · 主要职责 第4条",
            ["tables.t06.rows[人员经费:30101].amount"] = "公开06表 人员经费 30101 基本工资 · 金额",
            ["threePublicDetails.tripGroups"] = "三公经费 · 因公出国（境）团组数",
            ["evaluations[0].goals[0].indicators[1].actual"] =
                "第六部分 绩效自评 第1项 武汉市硚口区司法局 · 年度目标 第1项 · 指标 第2项 加强公民法律意识 · 实际完成值",
        });
    }

    [Fact]
    public void TheVersionPartIsLeftToTheWorkflow()
    {
        var after = Qiaokou with { Version = Qiaokou.Version with { Title = "另一个标题", Status = "published" } };

        ContentChanges.Between(Qiaokou, after).Should().BeEmpty();
    }

    [Fact]
    public void EveryPlaceIsDescribedInChinese()
    {
        var full = (DisclosureContent)Filled(typeof(DisclosureContent));

        var changes = ContentChanges.Between(Empty(), full);

        changes.Should().HaveCountGreaterThan(150);
        changes.Should().OnlyContain(c => c.Before == null && c.After != null);
        var undescribed = changes.Where(c => c.Description.Any(char.IsAsciiLetter)).Select(c => c.Location).ToList();
        undescribed.Should().BeEmpty("every property of the content has a label");
    }

    [Fact]
    public void TheFingerprintChangesWithOneCellAndOnlyThen()
    {
        var again = SeedContent.Captured(SeedContent.Read("qiaokou-2024.json"));
        var changed = WithT02Rows(Qiaokou, rows => rows.Select(r => r.Code == "2040601" ? r with { Total = "1,712.46" } : r));

        var fingerprint = ContentChanges.Fingerprint(Qiaokou.Tables.T02!);

        fingerprint.Should().MatchRegex("^[0-9a-f]{64}$");
        ContentChanges.Fingerprint(again.Tables.T02!).Should().Be(fingerprint);
        ContentChanges.Fingerprint(changed.Tables.T02!).Should().NotBe(fingerprint);
        ContentChanges.Fingerprint(changed.Tables.T05!).Should().Be(ContentChanges.Fingerprint(Qiaokou.Tables.T05!));
        ContentChanges.Fingerprint(changed).Should().NotBe(ContentChanges.Fingerprint(again));
        ContentChanges.Fingerprint(Qiaokou).Should().Be(ContentChanges.Fingerprint(again));
    }

    private static DisclosureContent WithT02Rows(DisclosureContent content, Func<IEnumerable<IncomeRowContent>, IEnumerable<IncomeRowContent>> change) =>
        content with { Tables = content.Tables with { T02 = content.Tables.T02! with { Rows = change(content.Tables.T02.Rows).ToList() } } };

    private static DisclosureContent Empty() =>
        new("1", 1, new VersionContent(1, "draft", "标题", "单位", null, null), null,
            new TablesContent(null, null, null, null, null, null, null, null, null), null, null, null, null, null, null, null, null);

    /// <summary>An instance of a seed record with every property filled and every list holding one item.</summary>
    private static object Filled(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "1";
        }
        if (type == typeof(int) || type == typeof(decimal) || type == typeof(DateOnly))
        {
            return type == typeof(DateOnly) ? new DateOnly(2025, 1, 1) : Convert.ChangeType(1, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(type.GetGenericArguments()[0]))!;
            list.Add(Filled(type.GetGenericArguments()[0]));
            return list;
        }
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Single();
        return constructor.Invoke(constructor.GetParameters().Select(p => Filled(p.ParameterType)).ToArray());
    }
}
