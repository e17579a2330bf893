using FinalAccounts.Domain.Amounts;

namespace FinalAccounts.Domain.Performance;

/// <summary>
/// A line of 经费控制情况 in the 整体支出绩效评价基础数据表, each with 上年决算数, 本年预算数 and 本年决算数.
/// Named projects are <see cref="Project"/> lines, one per project, with the project's name.
/// </summary>
public enum BasicDataLine
{
    /// <summary>三公经费 (合计).</summary>
    ThreePublic = 1,
    /// <summary>公务用车购置和维护经费.</summary>
    Vehicles,
    /// <summary>其中：公车购置.</summary>
    VehiclePurchase,
    /// <summary>公车运行维护.</summary>
    VehicleOperation,
    /// <summary>出国经费.</summary>
    Abroad,
    /// <summary>公务接待.</summary>
    Reception,
    /// <summary>项目支出 (合计).</summary>
    Projects,
    /// <summary>One named project.</summary>
    Project,
    /// <summary>本级专项资金.</summary>
    OwnSpecialFunds,
    /// <summary>公用经费 (合计).</summary>
    PublicCosts,
    /// <summary>其中：办公经费.</summary>
    Office,
    /// <summary>水费、电费、差旅费.</summary>
    UtilitiesAndTravel,
    /// <summary>会议费、培训费.</summary>
    MeetingsAndTraining,
    /// <summary>政府采购金额.</summary>
    Procurement,
    /// <summary>部门基本支出预算调整.</summary>
    BudgetAdjustment,
}

/// <summary>The one definition of the 基础数据表's lines: keys, labels as printed, and the columns.</summary>
public static class BasicDataLines
{
    /// <summary>The fixed lines in printed order; named projects follow <see cref="BasicDataLine.Projects"/>.</summary>
    public static IReadOnlyList<BasicDataLine> Fixed { get; } =
    [
        BasicDataLine.ThreePublic, BasicDataLine.Vehicles, BasicDataLine.VehiclePurchase, BasicDataLine.VehicleOperation,
        BasicDataLine.Abroad, BasicDataLine.Reception, BasicDataLine.Projects, BasicDataLine.OwnSpecialFunds,
        BasicDataLine.PublicCosts, BasicDataLine.Office, BasicDataLine.UtilitiesAndTravel, BasicDataLine.MeetingsAndTraining,
        BasicDataLine.Procurement, BasicDataLine.BudgetAdjustment,
    ];

    /// <summary>The three columns of 经费控制情况.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["上年决算数", "本年预算数", "本年决算数"];

    public static string Key(this BasicDataLine line) => line switch
    {
        BasicDataLine.ThreePublic => "three-public",
        BasicDataLine.Vehicles => "vehicles",
        BasicDataLine.VehiclePurchase => "vehicle-purchase",
        BasicDataLine.VehicleOperation => "vehicle-operation",
        BasicDataLine.Abroad => "abroad",
        BasicDataLine.Reception => "reception",
        BasicDataLine.Projects => "projects",
        BasicDataLine.Project => "project",
        BasicDataLine.OwnSpecialFunds => "own-special-funds",
        BasicDataLine.PublicCosts => "public-costs",
        BasicDataLine.Office => "office",
        BasicDataLine.UtilitiesAndTravel => "utilities-travel",
        BasicDataLine.MeetingsAndTraining => "meetings-training",
        BasicDataLine.Procurement => "procurement",
        BasicDataLine.BudgetAdjustment => "budget-adjustment",
        _ => throw new ArgumentOutOfRangeException(nameof(line)),
    };

    public static string Label(this BasicDataLine line) => line switch
    {
        BasicDataLine.ThreePublic => "三公经费",
        BasicDataLine.Vehicles => "1、公务用车购置和维护经费",
        BasicDataLine.VehiclePurchase => "其中：公车购置",
        BasicDataLine.VehicleOperation => "公车运行维护",
        BasicDataLine.Abroad => "2、出国经费",
        BasicDataLine.Reception => "3、公务接待",
        BasicDataLine.Projects => "项目支出",
        BasicDataLine.Project => "项目",
        BasicDataLine.OwnSpecialFunds => "本级专项资金",
        BasicDataLine.PublicCosts => "公用经费",
        BasicDataLine.Office => "其中：办公经费",
        BasicDataLine.UtilitiesAndTravel => "水费、电费、差旅费",
        BasicDataLine.MeetingsAndTraining => "会议费、培训费",
        BasicDataLine.Procurement => "政府采购金额",
        BasicDataLine.BudgetAdjustment => "部门基本支出预算调整",
        _ => throw new ArgumentOutOfRangeException(nameof(line)),
    };

    public static BasicDataLine? Parse(string? key) =>
        Enum.GetValues<BasicDataLine>().Cast<BasicDataLine?>().FirstOrDefault(l => l!.Value.Key() == key);
}

/// <summary>A line of 经费控制情况 as entered: the fixed line, or a named project, with its three amounts.</summary>
public sealed class BasicDataAmounts
{
    /// <summary>The longest a project's name the database keeps.</summary>
    public const int MaxNameLength = 200;

    private BasicDataAmounts() { }

    public BasicDataAmounts(BasicDataLine line, string? name, Money? priorActual, Money? budget, Money? actual)
    {
        if (line == BasicDataLine.Project && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("项目支出下的每一行须填写项目名称。");
        }
        Line = line;
        Name = line == BasicDataLine.Project ? name!.Trim() : null;
        PriorActual = priorActual;
        Budget = budget;
        Actual = actual;
    }

    public long Id { get; private set; }
    public int Sequence { get; internal set; }
    public BasicDataLine Line { get; private set; }
    /// <summary>The project's name on a <see cref="BasicDataLine.Project"/> line.</summary>
    public string? Name { get; private set; }
    /// <summary>上年决算数.</summary>
    public Money? PriorActual { get; private set; }
    /// <summary>本年预算数.</summary>
    public Money? Budget { get; private set; }
    /// <summary>本年决算数.</summary>
    public Money? Actual { get; private set; }

    public string Label => Line == BasicDataLine.Project ? Name! : Line.Label();
}

/// <summary>
/// 整体支出绩效评价基础数据表, the one-page form beside the overall self-evaluation: 财政供养人员
/// (编制数, 实际在职人数, 控制率), 经费控制情况 (<see cref="BasicDataAmounts"/> lines), 楼堂馆所控制情况 and
/// 厉行节约保障措施. Rates are kept as printed; <see cref="EvaluationScoring"/> computes them.
/// Every field blank is a version without the form.
/// </summary>
public sealed class PerformanceBasicData
{
    /// <summary>The longest a rate as printed the database keeps.</summary>
    public const int MaxRateLength = 32;
    /// <summary>The longest 厉行节约保障措施 the database keeps.</summary>
    public const int MaxTextLength = TextLimits.LongText;
    /// <summary>The largest 楼堂馆所 area taken, in ㎡: beyond it a typo of the unit or of digits is likely.</summary>
    public const decimal MaxArea = 100_000_000m;

    /// <summary>Why a typed area in ㎡ cannot be taken (negative, too large, more than two decimals), or null when it can.</summary>
    public static string? AreaProblem(decimal area) =>
        area < 0 ? "不能为负数。"
        : area > MaxArea ? "过大，请核对单位（平方米）和位数。"
        : decimal.Round(area, 2) != area ? "最多保留两位小数。"
        : null;

    /// <summary>编制数.</summary>
    public int? AuthorizedStaff { get; set; }
    /// <summary>实际在职人数.</summary>
    public int? ActualStaff { get; set; }
    /// <summary>控制率 as printed (实际在职人数 / 编制数).</summary>
    public string? StaffControlRate { get; set; }
    /// <summary>楼堂馆所 批复规模 (㎡).</summary>
    public decimal? ApprovedArea { get; set; }
    /// <summary>实际规模 (㎡).</summary>
    public decimal? ActualArea { get; set; }
    /// <summary>规模控制率 as printed.</summary>
    public string? AreaControlRate { get; set; }
    /// <summary>预算投资.</summary>
    public Money? BudgetedInvestment { get; set; }
    /// <summary>实际投资.</summary>
    public Money? ActualInvestment { get; set; }
    /// <summary>投资概算控制率 as printed.</summary>
    public string? InvestmentControlRate { get; set; }
    /// <summary>厉行节约保障措施.</summary>
    public string? Frugality { get; set; }

    public bool IsBlank => AuthorizedStaff is null && ActualStaff is null && StaffControlRate is null && ApprovedArea is null
                           && ActualArea is null && AreaControlRate is null && BudgetedInvestment is null && ActualInvestment is null
                           && InvestmentControlRate is null && Frugality is null;
}
