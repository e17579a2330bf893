using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Comparisons;

/// <summary>A draft correction of 硚口 with a known change, for the comparisons that may read drafts.</summary>
public static class QiaokouDrafts
{
    /// <summary>
    /// Opens a correction of 硚口's year through the workflow (a copy of the published content) and changes
    /// it in the database with <paramref name="set"/>, an UPDATE of one content table whose alias t is
    /// limited to the draft; returns the draft's number.
    /// </summary>
    /// <param name="set">E.g. "UPDATE table01_summaries t SET income_grand_total = 50000000".</param>
    public static async Task<int> OpenDraftAsync(PortalFactory portal, int year, string set, string? where = null)
    {
        var draft = (await StaffActors.OpenCorrectionAsync(portal, QiaokouYears.Department, year, "草稿比较测试",
            new StaffActor("draft-opener", "开更正的人"))).Number;
        await portal.Database.ExecuteAsync($"""
            {set}
            FROM disclosure_versions v JOIN disclosures d ON d.id = v.disclosure_id JOIN departments dep ON dep.id = d.department_id
            WHERE t.disclosure_version_id = v.id AND dep.code = '{QiaokouYears.Department}' AND d.year = {year} AND v.number = {draft}
              {(where is null ? "" : "AND " + where)}
            """);
        return draft;
    }
}
