using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Performance;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// The 整体支出绩效评价基础数据表 between content and a version: written with every figure checked where
/// it was typed, and captured back with the same shape (null for a version without the form).
/// </summary>
internal static class BasicDataMapping
{
    private const string At = "basicData";

    public static void Fill(DisclosureVersion version, BasicDataContent? content, ContentReader read)
    {
        var c = content ?? BasicDataContent.Empty;
        var data = new PerformanceBasicData
        {
            AuthorizedStaff = read.Count(c.AuthorizedStaff, At + ".authorizedStaff"),
            ActualStaff = read.Count(c.ActualStaff, At + ".actualStaff"),
            StaffControlRate = read.Rate(c.StaffControlRate, PerformanceBasicData.MaxRateLength, At + ".staffControlRate"),
            ApprovedArea = read.Area(c.ApprovedArea, At + ".approvedArea"),
            ActualArea = read.Area(c.ActualArea, At + ".actualArea"),
            AreaControlRate = read.Rate(c.AreaControlRate, PerformanceBasicData.MaxRateLength, At + ".areaControlRate"),
            BudgetedInvestment = read.Amount(c.BudgetedInvestment, At + ".budgetedInvestment"),
            ActualInvestment = read.Amount(c.ActualInvestment, At + ".actualInvestment"),
            InvestmentControlRate = read.Rate(c.InvestmentControlRate, PerformanceBasicData.MaxRateLength, At + ".investmentControlRate"),
            Frugality = read.Text(c.Frugality, PerformanceBasicData.MaxTextLength, At + ".frugality"),
        };
        var lines = c.Lines.Select((l, i) =>
        {
            var at = $"{At}.lines[{i}]";
            var line = BasicDataLines.Parse(l.Line) ?? throw read.Error(at + ".line", $"“{l.Line}”不是基础数据表经费控制情况的行。");
            return read.Guard(at, () => new BasicDataAmounts(line, read.Text(l.Name, BasicDataAmounts.MaxNameLength, at + ".name"),
                read.Amount(l.PriorActual, at + ".priorActual"), read.Amount(l.Budget, at + ".budget"), read.Amount(l.Actual, at + ".actual")));
        }).ToList();
        read.Guard(At, () => version.SetBasicData(data, lines));
    }

    public static BasicDataContent? Capture(DisclosureVersion version)
    {
        var d = version.BasicData;
        if (d.IsBlank && version.BasicDataLines.Count == 0)
        {
            return null;
        }
        return new BasicDataContent(
            d.AuthorizedStaff, d.ActualStaff, d.StaffControlRate,
            version.BasicDataLines.OrderBy(l => l.Sequence)
                .Select(l => new BasicDataLineContent(l.Line.Key(), l.Name, Amount(l.PriorActual), Amount(l.Budget), Amount(l.Actual))).ToList(),
            d.ApprovedArea, d.ActualArea, d.AreaControlRate, Amount(d.BudgetedInvestment), Amount(d.ActualInvestment),
            d.InvestmentControlRate, d.Frugality);
    }

    /// <summary>Next year's form: the 编制数 and the lines kept, this year's 决算数 as next year's 上年决算数, the rest cleared.</summary>
    public static BasicDataContent? NextYear(BasicDataContent? lastYear) => lastYear is null ? null
        : BasicDataContent.Empty with
        {
            AuthorizedStaff = lastYear.AuthorizedStaff,
            Lines = lastYear.Lines.Select(l => new BasicDataLineContent(l.Line, l.Name, l.Actual, null, null)).ToList(),
        };

    private static string? Amount(Money? amount) => WanYuanText.Of(amount);
}
