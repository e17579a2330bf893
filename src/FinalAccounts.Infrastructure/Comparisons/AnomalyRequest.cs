using System.Globalization;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Comparisons;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>What a reader asks for in the list of what deserves a look: region, year, the rate of a large change.</summary>
public sealed record AnomalyRequest(string Region, int Year, decimal ThresholdPercent)
{
    public static (AnomalyRequest? Request, string? Problem) Parse(string? region, string? year, string? threshold)
    {
        if (string.IsNullOrWhiteSpace(region) || !Domain.Organizations.Region.IsValidCode(region.Trim()))
        {
            return (null, "请填写 6 位地区编码，例如 420100。");
        }
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var fiscalYear)
            || fiscalYear is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return (null, "请填写年度，例如 2024。");
        }
        var percent = Anomaly.DefaultThresholdPercent;
        if (!string.IsNullOrWhiteSpace(threshold)
            && (!decimal.TryParse(threshold, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out percent)
                || percent > YearComparisonRequest.MaxThresholdPercent))
        {
            return (null, $"大幅变动的增减率应为 0 至 {YearComparisonRequest.MaxThresholdPercent:0} 之间的百分数，例如 30。");
        }
        return (new AnomalyRequest(region.Trim(), fiscalYear, percent), null);
    }

    public string FileName(string regionName) => $"{regionName}{Year}年度值得关注的情况";
}
