using FinalAccounts.Domain.Disclosures;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Persistence;

internal static class VersionLoading
{
    /// <summary>
    /// Versions with their whole content, every list in published order: what the validator, the
    /// 说明 generator, the documents and the exports work from.
    /// </summary>
    public static IQueryable<DisclosureVersion> WithContent(this IQueryable<DisclosureVersion> versions) =>
        versions
            .Include(v => v.Duties.OrderBy(d => d.Sequence))
            .Include(v => v.SummaryExpenditure.OrderBy(l => l.ClassCode))
            .Include(v => v.IncomeRows.OrderBy(r => r.Sequence))
            .Include(v => v.ExpenditureRows.OrderBy(r => r.Sequence))
            .Include(v => v.AppropriationExpenditure.OrderBy(l => l.ClassCode))
            .Include(v => v.GeneralBudgetRows.OrderBy(r => r.Sequence))
            .Include(v => v.BasicExpenditureRows.OrderBy(r => r.Sequence))
            .Include(v => v.GovernmentFundRows.OrderBy(r => r.Sequence))
            .Include(v => v.StateCapitalRows.OrderBy(r => r.Sequence))
            .Include(v => v.EmptyTableStatements)
            .Include(v => v.ExplanationTexts)
            .Include(v => v.NarrativeFigures)
            .Include(v => v.ProjectSummaries.OrderBy(p => p.Sequence))
            .Include(v => v.KeyWork.OrderBy(k => k.Sequence))
            .Include(v => v.Glossary.OrderBy(g => g.Sequence))
            .Include(v => v.BasicDataLines.OrderBy(l => l.Sequence))
            .Include(v => v.Evaluations.OrderBy(e => e.Sequence))
                .ThenInclude(e => e.Funds.OrderBy(f => f.Line))
            .Include(v => v.Evaluations)
                .ThenInclude(e => e.Groups.OrderBy(g => g.Sequence))
            .Include(v => v.Evaluations)
                .ThenInclude(e => e.Goals.OrderBy(g => g.Sequence))
                .ThenInclude(g => g.Indicators.OrderBy(i => i.Sequence))
            .AsSplitQuery();
}
