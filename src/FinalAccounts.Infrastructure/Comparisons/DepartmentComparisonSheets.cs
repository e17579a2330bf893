using FinalAccounts.Domain.Comparisons;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// The sheets of a department comparison — the departments with each measure's value and position,
/// then each measure's quartiles and fences — built once and rendered by the page, the XLSX and the CSV.
/// </summary>
public static class DepartmentComparisonSheets
{
    public const string DepartmentsKey = "departments";
    public const string StatisticsKey = "statistics";

    public static IReadOnlyList<ComparisonSheet> Of(DepartmentComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return [Departments(comparison), Statistics(comparison)];
    }

    private static ComparisonSheet Departments(DepartmentComparison comparison)
    {
        var measures = comparison.Measures;
        List<string> headings = ["部门编码", "部门", "地区"];
        List<string?> sortKeys = [DepartmentSort.Code, DepartmentSort.Name, DepartmentSort.Region];
        foreach (var measure in measures)
        {
            headings.AddRange([$"{measure.Name}（{measure.UnitName}）", $"{measure.Name}位次"]);
            sortKeys.AddRange([measure.Key, measure.Key]);
        }
        headings.Add("异常");
        sortKeys.Add(null);
        var rows = comparison.Departments.Select(d => (IReadOnlyList<SheetCell>)
        [
            new(d.Code), new(d.Label), new(d.RegionName),
            .. measures.Select((m, i) => (m, d.Figures[i], comparison.Statistics[i])).SelectMany(p => Figure(p.Item1, p.Item2, p.Item3)),
            new(string.Join("、", d.Deviations(measures).Select(x => x.Measure.Name + (x.Deviation == Deviation.High ? "偏高" : "偏低")))),
        ]).ToList();
        return new ComparisonSheet(DepartmentsKey, "部门比较",
            $"{comparison.Year}年度部门决算主要指标（金额单位：万元）", headings, rows)
        {
            LabelColumns = 3, SortKeys = sortKeys,
        };
    }

    /// <summary>The value (bold where far from its peers) and its position: "3/12（中高）".</summary>
    private static IEnumerable<SheetCell> Figure(Measure measure, PeerFigure figure, Quartiles? quartiles) =>
    [
        new SheetCell(measure.Format(figure.Value), measure.Displayed(figure.Value), figure.Deviation is not null),
        figure is { Rank: { } rank, Band: { } band } && quartiles is not null
            ? new SheetCell($"{rank}/{quartiles.Count}（{PeerFigure.BandName(band)}）") : SheetCell.Blank,
    ];

    private static ComparisonSheet Statistics(DepartmentComparison comparison)
    {
        string[] headings = ["指标", "单位", "有数据的部门数", "下四分位数", "中位数", "上四分位数", "四分位距", "偏低界限", "偏高界限"];
        var rows = comparison.Measures.Zip(comparison.Statistics).Select(p =>
        {
            var (measure, quartiles) = p;
            if (quartiles is null)
            {
                return (IReadOnlyList<SheetCell>)[new(measure.Name), new(measure.UnitName), new("0", 0), .. Enumerable.Repeat(SheetCell.Blank, 6)];
            }
            return
            [
                new(measure.Name), new(measure.UnitName), new(quartiles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), quartiles.Count),
                Value(measure, quartiles.Lower), Value(measure, quartiles.Median), Value(measure, quartiles.Upper), Value(measure, quartiles.Spread),
                Value(measure, comparison.Rule.LowFence(quartiles)), Value(measure, comparison.Rule.HighFence(quartiles)),
            ];
        }).ToList();
        return new ComparisonSheet(StatisticsKey, "分布", $"{comparison.Year}年度各指标的四分位数（金额单位：万元）", headings, rows)
        {
            RowHeaderColumn = 0, HasMarkColumn = false,
        };
    }

    // Quartiles are to the hundredth already; a fence (a multiple of the spread) is rounded to it for print.
    private static SheetCell Value(Measure measure, decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return new SheetCell(measure.Format(rounded), measure.Displayed(rounded));
    }
}
