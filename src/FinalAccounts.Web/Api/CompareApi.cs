using System.ComponentModel;
using FinalAccounts.Domain.Comparisons;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Web.Rendering;

namespace FinalAccounts.Web.Api;

/// <summary>Comparisons as open data: the same computation the /compare pages and their downloads show.</summary>
internal static class CompareApi
{
    public static RouteGroupBuilder MapCompareApi(this RouteGroupBuilder api)
    {
        api.MapGet("/compare/years", YearsAsync).WithName("CompareYears")
            .WithSummary("部门决算年度比较 · A department's years compared")
            .WithDescription("""
                A department's published final accounts across 2–10 years (each year's latest published version), table by
                table, lines matched by code (codes the catalog records as moved are followed to their code in the latest
                year). Each line has its amount per year (absent where the year has none: a blank is not a zero), the change
                against the year before and, from the third year, against the first, each flagged when its rate reaches the
                threshold; and 公开05表's 年初预算 against 决算 per year. The page /compare/years and its .xlsx and .csv
                show the same figures.
                """)
            .ProducesPublished<YearComparisonDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/compare/departments", DepartmentsAsync).WithName("CompareDepartments")
            .WithSummary("部门决算横向比较 · One year's departments compared")
            .WithDescription("""
                For one year, the departments of a region and every region below it, a list of departments, or one kind of
                department (given together, they narrow): each department's latest published version of the year, with
                收支总计, 财政拨款支出, 基本/项目支出, 人员/公用经费, 三公 by item, 机关运行经费, 在职实有人数 and per-staff figures
                (absent where the department has none: a blank is not a zero). For every measure the group's quartiles
                (linear interpolation, as Excel's QUARTILE.INC, over the departments that have it), each department's rank
                from the highest and band, and whether it lies beyond the quartiles by factor × IQR (1.5 unless set) or
                beyond ratio × the median (when set). The page /compare/departments and its .xlsx and .csv show the same figures.
                """)
            .ProducesPublished<DepartmentComparisonDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/anomalies", AnomaliesAsync).WithName("Anomalies")
            .WithSummary("值得关注的情况 · What deserves a look in a region's year")
            .WithDescription("""
                For a region (with every region below it) and a year, from the published final accounts: 三公 above budget or
                growing, 机关运行经费 growing, 收支总计/财政拨款/基本/项目/人员/公用经费 changed since the year before by the
                threshold's rate or more (30% unless set), figures beyond 1.5 × IQR from the quartiles of at least four
                departments of the same kind in the region, late publication, corrections after publication — ranked by
                weight, each with its reason and figures and the address of its evidence. The page /anomalies and its .xlsx
                and .csv show the same list.
                """)
            .ProducesPublished<AnomalyListDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<IResult> AnomaliesAsync(
        [Description("Region code (6 digits); its sub-regions are included.")] string? region,
        [Description("Fiscal year, e.g. 2024.")] string? year,
        [Description("The rate of change (in %) from which a change is large; 30 when absent.")] string? threshold,
        HttpContext http, AnomalyQueries queries, CancellationToken cancellationToken)
    {
        var (request, problem) = AnomalyRequest.Parse(region, year, threshold);
        if (request is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
        }
        if (await queries.ForRegionAsync(request.Region, request.Year, request.ThresholdPercent, cancellationToken) is not { } list)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.RegionNotFound);
        }
        return OpenDataResponses.Send(http, new AnomalyListDto(list.RegionCode, list.RegionName, list.Year, list.ThresholdPercent,
            [.. list.Entries.Select((e, i) => new AnomalyDto(i + 1, e.Kind.ToString(), e.KindName,
                new DepartmentDto(e.DepartmentCode, e.DepartmentName), e.Year, e.Version, e.Measure?.Key, e.Reason, e.Weight,
                AnomalySheet.Evidence(list, e)))],
            PortalPaths.Anomalies(list.RegionCode, list.Year, list.ThresholdPercent)),
            isVersionedUrl: false);
    }

    private static async Task<IResult> DepartmentsAsync(
        [Description("Fiscal year, e.g. 2024.")] string? year,
        [Description("Region code (6 digits); its sub-regions are included.")] string? region,
        [Description("Department codes separated by commas.")] string? departments,
        [Description("A department kind, e.g. 司法行政.")] string? kind,
        [Description("The multiple of the interquartile range beyond the quartiles that flags a figure; 1.5 when absent.")] string? factor,
        [Description("A multiple of the median above which (or below the median divided by it) a figure is flagged; none when absent.")] string? ratio,
        [Description("code, name, region or a measure's key.")] string? sort,
        [Description("asc or desc.")] string? order,
        HttpContext http, DepartmentComparisonQueries queries, CancellationToken cancellationToken)
    {
        var (request, problem) = DepartmentComparisonRequest.Parse(year, region, departments, kind, factor, ratio, sort, order);
        if (request is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
        }
        var (result, missing) = await queries.CompareAsync(request, cancellationToken: cancellationToken);
        if (result is null)
        {
            return OpenDataResponses.NotFound(missing!);
        }
        var comparison = result.Comparison;
        return OpenDataResponses.Send(http, new DepartmentComparisonDto(comparison.Year, result.Group,
            [.. comparison.Measures.Select(MeasureDto.From)],
            [.. comparison.Measures.Zip(comparison.Statistics).Select(p => p.Second is { } q
                ? new QuartilesDto(p.First.Key, q.Count, q.Lower, q.Median, q.Upper, comparison.Rule.LowFence(q), comparison.Rule.HighFence(q))
                : new QuartilesDto(p.First.Key, 0, null, null, null, null, null))],
            new OutlierRuleDto(comparison.Rule.SpreadFactor, comparison.Rule.MedianRatio),
            [.. comparison.Departments.Select(d => new ComparedDepartmentDto(d.Code, d.Name, d.RegionName, d.Version,
                ApiLinks.Disclosure(d.Code, comparison.Year, d.Version),
                [.. d.Figures.Select(f => new PeerFigureDto(f.Value, f.Rank, f.Band is { } b ? PeerFigure.BandName(b) : null,
                    f.Deviation switch { Deviation.High => "high", Deviation.Low => "low", _ => null }))]))],
            PortalPaths.DepartmentComparison(request)),
            isVersionedUrl: false);
    }

    private static async Task<IResult> YearsAsync(
        [Description("Department code, e.g. 420104-sfj.")] string? department,
        [Description("2–10 fiscal years separated by commas, e.g. 2023,2024.")] string? years,
        [Description("The rate of change (in %) from which a change is flagged; 20 when absent.")] string? threshold,
        HttpContext http, YearComparisonQueries queries, CancellationToken cancellationToken)
    {
        var (request, problem) = YearComparisonRequest.Parse(department, years, threshold);
        if (request is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
        }
        if (await queries.CompareAsync(request.Department, request.Years, request.ThresholdPercent, cancellationToken: cancellationToken) is not { } result)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.DepartmentNotFound);
        }
        var comparison = result.Comparison;
        return OpenDataResponses.Send(http, new YearComparisonDto(
            new DepartmentDto(result.DepartmentCode, result.DepartmentName), comparison.Years, comparison.ThresholdPercent,
            [.. result.Versions.Select(v => new ComparedVersionDto(v.Year, v.Version,
                v.Version is { } n ? ApiLinks.Disclosure(result.DepartmentCode, v.Year, n) : null))],
            [.. comparison.Tables.Select(t => new ComparedTableDto(t.Table.Key(), t.Table.Number(), t.Table.Title(),
                [.. t.Lines.Select(l => new ComparedLineDto(l.Code, l.Name, l.ColumnKey, l.ColumnName,
                    [.. l.Amounts.Select(AmountDto.From)], [.. l.FromPrevious.Select(LineChangeDto.From)], [.. l.FromFirst.Select(LineChangeDto.From)],
                    l.Notable))]))],
            [.. comparison.BudgetLines.Select(b => new BudgetLineDto(b.Code, b.Name, [.. b.Budgets.Select(AmountDto.From)],
                [.. b.Actuals.Select(AmountDto.From)], [.. b.Execution(comparison.Years, comparison.ThresholdPercent).Select(LineChangeDto.From)]))],
            [.. comparison.Trends.Select(t => new TrendLineDto(MeasureDto.From(t.Measure), t.Values))],
            PortalPaths.YearComparison(result.DepartmentCode, comparison.Years, comparison.ThresholdPercent)),
            isVersionedUrl: false);
    }
}

[Description("部门决算年度比较。A department's published years compared.")]
public sealed record YearComparisonDto(DepartmentDto Department,
    [property: Description("Oldest first; every per-year list below follows this order.")] IReadOnlyList<int> Years,
    [property: Description("The rate of change (in %) from which a change is flagged.")] decimal ThresholdPercent,
    [property: Description("The published version each year was read from.")] IReadOnlyList<ComparedVersionDto> Versions,
    IReadOnlyList<ComparedTableDto> Tables,
    [property: Description("公开05表: 年初预算 against 决算 (小计) for the 合计 and each 项.")] IReadOnlyList<BudgetLineDto> BudgetAgainstActual,
    [property: Description("收支总计, 财政拨款, 基本/项目支出, 人员/公用经费, 三公 by item, 机关运行经费, 在职实有人数 and per-staff figures per year.")]
    IReadOnlyList<TrendLineDto> Trends,
    [property: Description("The page showing this comparison.")] string Page);

[Description("比较的指标。A compared figure.")]
public sealed record MeasureDto(
    [property: Description("e.g. grandTotal, personnelPerStaff; the sort key of the department comparison.")] string Key,
    string Name,
    [property: Description("yuan, people or yuanPerPerson: the unit of the values.")] string Unit,
    [property: Description("The unit as pages print the values: 万元, 人, 万元/人.")] string UnitName)
{
    internal static MeasureDto From(Measure measure) => new(measure.Key, measure.Name,
        measure.Unit switch { MeasureUnit.People => "people", MeasureUnit.YuanPerPerson => "yuanPerPerson", _ => "yuan" }, measure.UnitName);
}

public sealed record TrendLineDto(MeasureDto Measure,
    [property: Description("One per year, exact (元, or people); null where the year has no such figure (not zero).")] IReadOnlyList<decimal?> Values);

public sealed record ComparedVersionDto(int Year,
    [property: Description("Absent when the year has no published version.")] int? Version,
    string? Disclosure);

public sealed record ComparedTableDto(
    [property: Description("\"01\" … \"09\"")] string Table, string Number, string Name, IReadOnlyList<ComparedLineDto> Lines);

[Description("一行一栏在各年度的金额。One line and column across the years.")]
public sealed record ComparedLineDto(
    [property: Description("The line's code in the latest compared year; absent for 合计 and fixed lines.")] string? Code,
    string Name,
    [property: Description("The column's key, e.g. subtotal, basic.")] string Column,
    string ColumnName,
    [property: Description("One per year; null where the year has no such amount (not zero).")] IReadOnlyList<AmountDto?> Amounts,
    [property: Description("Each year against the one before, from the second year; null where either is blank.")] IReadOnlyList<LineChangeDto?> FromPrevious,
    [property: Description("Each year against the first, from the third year.")] IReadOnlyList<LineChangeDto?> FromFirst,
    [property: Description("Whether any change reaches the threshold.")] bool Notable);

public sealed record BudgetLineDto(string? Code, string Name, IReadOnlyList<AmountDto?> Budgets, IReadOnlyList<AmountDto?> Actuals,
    [property: Description("决算 against 年初预算 in each year.")] IReadOnlyList<LineChangeDto?> Execution);

[Description("增减。A change: the difference and its signed rate.")]
public sealed record LineChangeDto(int FromYear, int ToYear, AmountDto Difference,
    [property: Description("Signed percentage of the earlier amount, as the page rounds it; absent when that was zero.")] decimal? Percent,
    [property: Description("Whether the rate reaches the threshold (or the change grows from zero).")] bool Notable)
{
    internal static LineChangeDto? From(LineChange? change) => change is null ? null
        : new LineChangeDto(change.FromYear, change.ToYear, AmountDto.From(change.Difference)!, change.Percent, change.Notable);
}

[Description("部门决算横向比较。One year's departments compared.")]
public sealed record DepartmentComparisonDto(int Year,
    [property: Description("The group compared, in words.")] string Group,
    [property: Description("The measures; every per-measure list below follows this order.")] IReadOnlyList<MeasureDto> Measures,
    [property: Description("Per measure, the quartiles over the departments that have it.")] IReadOnlyList<QuartilesDto> Statistics,
    OutlierRuleDto Rule,
    [property: Description("In the order asked (sort, order); blanks last.")] IReadOnlyList<ComparedDepartmentDto> Departments,
    [property: Description("The page showing this comparison.")] string Page);

[Description("四分位数。Quartiles by linear interpolation (QUARTILE.INC), exact, in 元 (or people), rounded to the hundredth.")]
public sealed record QuartilesDto(string Measure, int Count, decimal? Lower, decimal? Median, decimal? Upper,
    [property: Description("Below this a figure is flagged low (lower quartile − factor × IQR).")] decimal? LowFence,
    [property: Description("Above this a figure is flagged high (upper quartile + factor × IQR).")] decimal? HighFence);

public sealed record OutlierRuleDto(decimal SpreadFactor, decimal? MedianRatio);

public sealed record ComparedDepartmentDto(string Code, string Name, string Region,
    [property: Description("The published version read: the latest of the year.")] int Version, string Disclosure,
    [property: Description("One per measure.")] IReadOnlyList<PeerFigureDto> Figures);

public sealed record PeerFigureDto(
    [property: Description("Exact, in 元 (or people); null where the department has no such figure (not zero).")] decimal? Value,
    [property: Description("From the highest, 1 first; ties share a rank.")] int? Rank,
    [property: Description("低, 中低, 中高 or 高: below the lower quartile, up to the median, up to the upper quartile, above it.")] string? Band,
    [property: Description("high or low when the figure lies far from its peers.")] string? Deviation);

[Description("值得关注的情况。What deserves a look in a region's year, ranked.")]
public sealed record AnomalyListDto(string Region, string RegionName, int Year,
    [property: Description("The rate of change (in %) from which a change is large.")] decimal ThresholdPercent,
    IReadOnlyList<AnomalyDto> Entries,
    [property: Description("The page showing this list.")] string Page);

public sealed record AnomalyDto(int Rank,
    [property: Description("ThreePublicOverBudget, ThreePublicGrowing, OperatingCostsGrowing, LargeChange, PeerOutlier, LatePublication, Corrected or WarningsLeft.")] string Kind,
    string KindName, DepartmentDto Department, int Year,
    [property: Description("The published version read; absent for a year not yet public.")] int? Version,
    [property: Description("The measure concerned, where there is one.")] string? Measure,
    [property: Description("Why, with the figures.")] string Reason,
    [property: Description("What ranks the entry: larger first.")] decimal Weight,
    [property: Description("The page with the evidence.")] string Evidence);
