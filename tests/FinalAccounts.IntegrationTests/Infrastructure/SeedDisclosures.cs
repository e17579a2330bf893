using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.IntegrationTests.Infrastructure;

/// <summary>The four seeded disclosures by department code and year: what every output is checked against.</summary>
public static class SeedDisclosures
{
    public static TheoryData<string, int> All => new()
    {
        { "420104-sfj", 2024 },
        { "420114-sfj", 2023 },
        { "420111-sfj", 2021 },
        { "420114-sfj", 2020 },
    };

    /// <summary>
    /// Publishes a 2023 disclosure of 硚口 with only its summary, whose 收支总计 differs from the one
    /// the seeded 2024 disclosure entered for last year: what its 说明 then compares against.
    /// </summary>
    public static async Task PublishQiaokou2023Async(TestDatabase database, decimal grandTotal)
    {
        await using var db = database.CreateContext();
        var department = await db.Departments.SingleAsync(d => d.Code == "420104-sfj");
        var disclosure = new Disclosure(department.Id, new FiscalYear(2023));
        var version = disclosure.StartVersion("2023年度硚口区司法局部门决算公开", "武汉市硚口区司法局本级");
        var total = Money.FromWanYuan(grandTotal);
        version.SetSummary(new IncomeExpenditureSummary
        {
            GeneralBudgetAppropriation = total, IncomeTotal = total, IncomeGrandTotal = total,
            ExpenditureTotal = total, ExpenditureGrandTotal = total,
        }, []);
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync();
        // Content is written while the version is a draft; the database refuses it afterwards.
        version.Submit();
        version.Publish(DateTimeOffset.UtcNow, department);
        await db.SaveChangesAsync();
    }
}
