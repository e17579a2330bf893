using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Persistence;

/// <summary>A published version is immutable in the database itself, not only in the domain.</summary>
public sealed class FrozenVersionTests(SeededDatabaseFixture fixture) : IClassFixture<SeededDatabaseFixture>
{
    [Theory]
    [InlineData("UPDATE table02_income_rows SET total = total + 1 WHERE disclosure_version_id = {0}")]
    [InlineData("DELETE FROM table05_general_budget_rows WHERE disclosure_version_id = {0}")]
    [InlineData("UPDATE table01_summaries SET income_total = 0 WHERE disclosure_version_id = {0}")]
    [InlineData("UPDATE performance_indicators SET actual = '0' WHERE goal_id IN (SELECT g.id FROM performance_goals g JOIN performance_evaluations e ON e.id = g.evaluation_id WHERE e.disclosure_version_id = {0})")]
    [InlineData("UPDATE disclosure_versions SET title = 'x' WHERE id = {0}")]
    // The line facts comparisons read are frozen with the version (migration 0012).
    [InlineData("UPDATE line_facts SET amount = amount + 1 WHERE disclosure_version_id = {0}")]
    [InlineData("DELETE FROM line_facts WHERE disclosure_version_id = {0}")]
    [InlineData("INSERT INTO line_facts SELECT disclosure_version_id, published_table, 'x', column_key, department_id, year, version_number, name, amount FROM line_facts WHERE disclosure_version_id = {0} LIMIT 1")]
    [InlineData("DELETE FROM disclosure_versions WHERE id = {0}")]
    // Moving rows out of a published version into another (a draft's id, or a made-up one).
    [InlineData("UPDATE key_work_items SET disclosure_version_id = disclosure_version_id + 100000 WHERE disclosure_version_id = {0}")]
    [InlineData("UPDATE glossary_entries SET disclosure_version_id = disclosure_version_id + 100000 WHERE disclosure_version_id = {0}")]
    [InlineData("UPDATE table02_income_rows SET disclosure_version_id = disclosure_version_id + 100000 WHERE disclosure_version_id = {0}")]
    [InlineData("UPDATE performance_goals SET evaluation_id = evaluation_id + 100000 WHERE evaluation_id IN (SELECT id FROM performance_evaluations WHERE disclosure_version_id = {0})")]
    [InlineData("UPDATE disclosures SET year = year + 1 WHERE id = (SELECT disclosure_id FROM disclosure_versions WHERE id = {0})")]
    [InlineData("UPDATE departments SET code = code || '-x' WHERE id = (SELECT d.department_id FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id WHERE v.id = {0})")]
    public async Task RefusesAnyChangeToAPublishedVersion(string sqlTemplate)
    {
        var versionId = await QiaokouVersionIdAsync();
        await using var connection = new NpgsqlConnection(fixture.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(sqlTemplate, versionId), connection);

        var act = () => command.ExecuteNonQueryAsync();

        (await act.Should().ThrowAsync<PostgresException>()).Which.MessageText.Should().Contain("已公开");
    }

    [Fact]
    public async Task RefusesEditsThatBypassTheDomainThroughEntityFramework()
    {
        var versionId = await QiaokouVersionIdAsync();
        await using var db = fixture.Database.CreateContext();
        var version = await db.DisclosureVersions.WithContent().SingleAsync(v => v.Id == versionId);

        version.Summary.IncomeTotal = Money.Zero;
        var act = () => db.SaveChangesAsync();

        await act.Should().ThrowAsync<DbUpdateException>();
        await using var fresh = fixture.Database.CreateContext();
        (await fresh.DisclosureVersions.Where(v => v.Id == versionId).Select(v => v.Summary.IncomeTotal).SingleAsync())
            !.Value.ToWanYuanString().Should().Be("3,469.73");
    }

    [Fact]
    public async Task AllowsWithdrawalWithAReasonAndADraftCorrectionBesideIt()
    {
        await using var db = fixture.Database.CreateContext();
        var disclosure = await db.Disclosures.Include(d => d.Versions).SingleAsync(d => d.Year == new FiscalYear(2021));
        var published = disclosure.Versions.Single();

        published.Withdraw("数据有误，待更正");
        var correction = disclosure.StartVersion(published.Title, published.ReportingUnit, "更正公开01表");
        correction.Retitle(published.Title + "（更正）", published.ReportingUnit);
        await db.SaveChangesAsync();

        await using var fresh = fixture.Database.CreateContext();
        var versions = await fresh.DisclosureVersions.Where(v => v.DisclosureId == disclosure.Id).OrderBy(v => v.Number).ToListAsync();
        versions.Select(v => v.Status).Should().Equal(DisclosureStatus.Withdrawn, DisclosureStatus.Draft);
        versions[0].WithdrawalReason.Should().Be("数据有误，待更正");
    }

    private async Task<long> QiaokouVersionIdAsync()
    {
        await using var db = fixture.Database.CreateContext();
        return await db.DisclosureVersions.Where(v => v.Title == "2024年度硚口区司法局部门决算公开").Select(v => v.Id).SingleAsync();
    }
}
