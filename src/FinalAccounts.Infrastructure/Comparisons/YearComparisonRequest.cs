using System.Globalization;
using FinalAccounts.Domain.Comparisons;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// What a reader asks for in a year comparison's address (department, years, threshold), checked
/// once for the page, the downloads and the API; Problem says in Chinese what is wrong.
/// </summary>
public sealed record YearComparisonRequest(string Department, IReadOnlyList<int> Years, decimal ThresholdPercent)
{
    public const decimal MaxThresholdPercent = 1000m;

    public static (YearComparisonRequest? Request, string? Problem) Parse(string? department, string? years, string? threshold)
    {
        if (string.IsNullOrWhiteSpace(department))
        {
            return (null, "请填写部门编码。");
        }
        if (YearComparison.ParseYears(years) is not { } parsed)
        {
            return (null, $"请填写 {YearComparison.MinYears}–{YearComparison.MaxYears} 个不同的年度，用逗号分隔，例如 2023,2024。");
        }
        var percent = YearComparison.DefaultThresholdPercent;
        if (!string.IsNullOrWhiteSpace(threshold)
            && (!decimal.TryParse(threshold, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent)
                || percent > MaxThresholdPercent))
        {
            return (null, $"阈值应为 0 至 {MaxThresholdPercent:0} 之间的百分数，例如 20。");
        }
        return (new YearComparisonRequest(department.Trim(), parsed, percent), null);
    }

    /// <summary>The years as the address writes them: "2023,2024".</summary>
    public string YearsText => string.Join(",", Years);

    /// <summary>The file name of the downloads: "420104-sfj 2023—2024年度决算比较".</summary>
    public string FileName(string departmentName) => $"{departmentName}{Years[0]}—{Years[^1]}年度决算比较";
}
