using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>
/// A table without data is still published, with its "无…" sentence; a table with data carries no
/// such sentence.
/// </summary>
internal sealed class EmptyTableRule : IValidationRule
{
    public string Id => "empty-table";

    public string Title => "空表须附“本部门无……”的说明，有数据的表不得附此说明";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var version = context.Version;
        foreach (var table in PublishedTables.All)
        {
            var hasData = HasData(version, table);
            var statement = version.EmptyStatementFor(table);
            if (!hasData && statement is null)
            {
                yield return new Finding(FindingSeverity.Error, Id, FindingLocation.InTable(table), null, null,
                    $"{table.Number()}（{table.Title()}）没有数据，须填写说明，如“本部门{context.Year}年度无{Subject(table)}。”");
            }
            else if (hasData && statement is not null)
            {
                yield return new Finding(FindingSeverity.Warning, Id, FindingLocation.InTable(table), null, statement,
                    $"{table.Number()}有数据，却附有说明“{statement}”，请删除说明或核对数据。");
            }
        }
    }

    public static bool HasData(DisclosureVersion version, PublishedTable table)
    {
        var s = version.Summary;
        var a = version.AppropriationSummary;
        return table switch
        {
            PublishedTable.IncomeExpenditureSummary =>
                new[]
                {
                    s.GeneralBudgetAppropriation, s.GovernmentFundAppropriation, s.StateCapitalAppropriation, s.SuperiorSubsidy,
                    s.BusinessIncome, s.OperatingIncome, s.AffiliatedRemittance, s.OtherIncome, s.IncomeTotal,
                    s.NonFiscalBalanceUsed, s.IncomeOpeningBalance, s.IncomeGrandTotal, s.ExpenditureTotal,
                    s.SurplusDistribution, s.ExpenditureClosingBalance, s.ExpenditureGrandTotal,
                }.Any(a => a is not null)
                || version.SummaryExpenditure.Any(l => l.Amount is not null),
            PublishedTable.AppropriationSummary =>
                new[]
                {
                    a.GeneralBudgetIncome, a.GovernmentFundIncome, a.StateCapitalIncome, a.IncomeTotal, a.OpeningBalanceTotal,
                    a.OpeningGeneralBudget, a.OpeningGovernmentFund, a.OpeningStateCapital, a.IncomeGrandTotal,
                }.Any(x => x is not null)
                || a.ExpenditureTotal.Cells.Concat(a.ClosingBalance.Cells).Concat(a.ExpenditureGrandTotal.Cells).Any(x => x is not null)
                || version.AppropriationExpenditure.Any(l => l.Amounts.Cells.Any(c => c is not null)),
            PublishedTable.BasicExpenditureDetail =>
                version.BasicExpenditureRows.Any(r => r.Amount is not null)
                || version.BasicExpenditureTotals.PersonnelTotal is not null || version.BasicExpenditureTotals.PublicTotal is not null,
            PublishedTable.ThreePublicCosts =>
                version.ThreePublicCosts.Budget.Cells.Concat(version.ThreePublicCosts.Actual.Cells).Any(c => c is not null),
            _ => version.FunctionTable(table).Rows.Any(r => r.Cells.Any(c => c is not null)),
        };
    }

    private static string Subject(PublishedTable table) => table switch
    {
        PublishedTable.GovernmentFund => "政府性基金预算财政拨款收入支出",
        PublishedTable.StateCapital => "国有资本经营预算财政拨款支出",
        PublishedTable.ThreePublicCosts => "财政拨款“三公”经费支出",
        PublishedTable.BasicExpenditureDetail => "一般公共预算财政拨款基本支出",
        _ => table.Title().Replace("决算表", "", StringComparison.Ordinal).Replace("决算总表", "", StringComparison.Ordinal),
    };
}
