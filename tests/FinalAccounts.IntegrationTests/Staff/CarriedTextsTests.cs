using System.Net;
using AngleSharp.Html.Dom;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// 说明 texts carried into a new year from last year (沿用上年、待核对), through the staff pages with real
/// Identity and PostgreSQL: marked in the database and on the form, cleared by confirming or editing, asked
/// about by explanation-reason until then, never carried by a correction and never shown to the public.
/// </summary>
public sealed class CarriedTextsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const string Form = "form.part-form";
    private const string CarriedFinding = "沿用了2024年度的文字";

    [Fact]
    public async Task ANewYearFromLastYearMarksItsTextsUntilStaffConfirmOrEditThem()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "carried-editor", StaffRoles.Editor, Department);
        var started = await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']",
            new() { ["Year"] = "2025", ["FromLastYear"] = "true" });
        started.StatusCode.Should().Be(HttpStatusCode.Redirect, (await StaffBrowser.ParseAsync(started)).QuerySelector("[role=alert]")?.TextContent);
        var key = new VersionKey(Department, 2025, 1);
        var url = $"/staff/disclosures/{Department}/2025/v1/explanation";

        // Every text is marked in the database with the year it came from.
        var lastYear = await StaffActors.LoadAsync(portal, new VersionKey(Department, 2024, 1));
        var lastYearTexts = lastYear.Explanation!.Texts;
        var marks = await MarksAsync(key);
        marks.Should().HaveCount(lastYearTexts.Count).And.NotBeEmpty();
        marks.Values.Should().OnlyContain(year => year == 2024);

        // The year's tables are entered (here: last year's amounts again), so the 说明 asks what the spending was for;
        // saving another part keeps the marks.
        (await StaffActors.SaveAsync(portal, key, await StaffActors.ActorAsync(portal, "carried-editor"),
            content => content with { Tables = lastYear.Tables })).Outcome.Should().Be(EditOutcome.Saved);
        (await MarksAsync(key)).Should().Equal(marks);

        // The form shows the mark beside each text, with its 确认沿用 tick.
        var page = await editor.GetPageAsync(url);
        page.QuerySelectorAll(".carried-text .carried-mark").Should().HaveCount(marks.Count)
            .And.OnlyContain(p => p.TextContent.Contains("沿用上年、待核对") && p.TextContent.Contains("2024年度"));
        page.QuerySelector(".carried-summary")!.TextContent.Should().Contain($"有 {marks.Count} 段文字");

        // explanation-reason asks about each carried text the 说明 uses instead of counting it as written.
        var analysis = await AnalyzeAsync(key);
        var requested = analysis.Explanation.StaffTexts.Where(r => marks.ContainsKey(r.Key)).ToList();
        requested.Should().HaveCountGreaterThanOrEqualTo(2);
        foreach (var request in requested)
        {
            analysis.Report.Findings.Should().ContainSingle(f => f.RuleId == "explanation-reason"
                && f.Location == FindingLocation.InExplanation(request.Item, request.Sentence)
                && f.Message.Contains(CarriedFinding), request.Key);
        }
        var (confirmed, edited) = (requested[0], requested[1]);
        var confirmName = TextPrefix(page, confirmed.Key) + ".Confirm";
        page.QuerySelector($"input[type=checkbox][name='{confirmName}']").Should().NotBeNull();

        // 确认沿用 clears the mark, keeps the text, and is recorded like any other change.
        var confirmedText = lastYearTexts.Single(t => t.Key == confirmed.Key);
        (await editor.SubmitAsync(url, Form, new() { [confirmName] = "true" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var afterConfirm = await StaffActors.LoadAsync(portal, key);
        afterConfirm.Explanation!.Texts.Single(t => t.Key == confirmed.Key)
            .Should().Be(new ExplanationTextContent(confirmedText.Item, confirmed.Key, confirmedText.Text));
        (await MarksAsync(key)).Should().HaveCount(marks.Count - 1, "texts saved unchanged and unticked stay marked")
            .And.NotContainKey(confirmed.Key);
        (await FindingAtAsync(key, confirmed)).Should().BeNull("a confirmed text counts as written");
        (await FindingAtAsync(key, edited))!.Message.Should().Contain(CarriedFinding);
        await using (var db = portal.Database.CreateContext())
        {
            var disclosureId = await db.Disclosures.Where(d => d.Year == new Domain.Classification.FiscalYear(2025))
                .Select(d => d.Id).SingleAsync();
            (await db.AuditEntries.Where(a => a.DisclosureId == disclosureId && a.Action == AuditAction.Edited).ToListAsync())
                .Should().ContainSingle(a => a.Description!.EndsWith("沿用上年、待核对") && a.Before == "2024" && a.After == null
                                             && a.Description.Contains(confirmed.Key));
        }

        // Changing a text clears its mark without a tick.
        page = await editor.GetPageAsync(url);
        page.QuerySelector($"input[type=checkbox][name='{confirmName}']").Should().BeNull("the confirmed text is no longer marked");
        var editedField = TextPrefix(page, edited.Key) + ".Text";
        (await editor.SubmitAsync(url, Form, new() { [editedField] = "本年度人员经费增加" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await MarksAsync(key)).Should().HaveCount(marks.Count - 2).And.NotContainKey(edited.Key);
        (await StaffActors.LoadAsync(portal, key)).Explanation!.Texts.Single(t => t.Key == edited.Key).Text.Should().Be("本年度人员经费增加");
        (await FindingAtAsync(key, edited)).Should().BeNull("an edited text counts as written");
        (await editor.GetPageAsync(url)).QuerySelectorAll(".carried-text .carried-mark").Should().HaveCount(marks.Count - 2);
    }

    [Fact]
    public async Task AnUncheckedTextBlocksSubmissionUntilItsWarningIsExplainedAndNeverReachesTheCorrectionOrThePublic()
    {
        var editor = await StaffBrowser.SignedInAsync(portal, "carried-submitter", StaffRoles.Editor, Department);
        var reviewer = await StaffBrowser.SignedInAsync(portal, "carried-reviewer", StaffRoles.Reviewer, Department);
        var actor = await StaffActors.ActorAsync(portal, "carried-submitter");
        const string workspace = $"/staff/disclosures/{Department}/2024";
        var key = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "更正尾数", actor);
        (await MarksAsync(key)).Should().BeEmpty("a correction copies checked texts");

        // A text left marked (as a year started from last year leaves it), with the tables put right.
        (await StaffActors.SaveAsync(portal, key, actor, content =>
        {
            var fixedContent = StaffActors.FixQiaokou2024(content);
            return fixedContent with
            {
                Explanation = fixedContent.Explanation! with
                {
                    Texts = fixedContent.Explanation.Texts
                        .Select(t => t.Key == ExplanationTextKeys.TotalChange ? t with { CarriedFromYear = 2024 } : t).ToList(),
                },
            };
        })).Outcome.Should().Be(EditOutcome.Saved);
        var carried = await FindingAtAsync(key, await RequestAsync(key, ExplanationTextKeys.TotalChange));
        carried!.Message.Should().Contain(CarriedFinding);

        // Its warning needs an explanation like any other before the version can be submitted.
        var page = await editor.GetPageAsync(workspace);
        var explanations = page.QuerySelectorAll("form[action$='handler=Submit'] textarea")
            .ToDictionary(t => t.GetAttribute("name")!, _ => "已核实，与批复一致。");
        var carriedField = explanations.Keys.Single(name => name.Contains(FindingKeys.Of(carried), StringComparison.Ordinal));
        var refused = await editor.SubmitAsync(workspace, "form[action$='handler=Submit']",
            explanations.Where(e => e.Key != carriedField).ToDictionary(e => e.Key, e => e.Value));
        var refusal = (await StaffBrowser.ParseAsync(refused)).QuerySelector("#refusal")!.TextContent;
        refusal.Should().Contain("有 1 个警告尚未说明原因").And.Contain(CarriedFinding);
        (await editor.SubmitAsync(workspace, "form[action$='handler=Submit']", explanations)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await reviewer.SubmitAsync(workspace, "form[action$='handler=Publish']", [])).StatusCode.Should().Be(HttpStatusCode.Redirect);

        // Published, the mark is nowhere the public looks, and the next correction carries none.
        var anonymous = portal.CreateClient();
        var publicPage = await anonymous.GetStringAsync($"/disclosures/{Department}/2024");
        publicPage.Should().Contain("更正尾数").And.NotContain("待核对").And.NotContain("沿用上年");
        (await anonymous.GetStringAsync($"/api/v1/disclosures/{Department}/2024/findings")).Should().NotContain("沿用");
        var next = await StaffActors.OpenCorrectionAsync(portal, Department, 2024, "再次更正", actor);
        next.Number.Should().Be(key.Number + 1);
        (await MarksAsync(key)).Should().ContainKey(ExplanationTextKeys.TotalChange, "the published version is frozen as it was");
        (await MarksAsync(next)).Should().BeEmpty();
    }

    private async Task<Dictionary<string, int>> MarksAsync(VersionKey key)
    {
        await using var db = portal.Database.CreateContext();
        var version = await (from v in db.DisclosureVersions
                             join d in db.Disclosures on v.DisclosureId equals d.Id
                             join dep in db.Departments on d.DepartmentId equals dep.Id
                             where dep.Code == key.DepartmentCode && d.Year == new Domain.Classification.FiscalYear(key.Year) && v.Number == key.Number
                             select v).Include(v => v.ExplanationTexts).AsNoTracking().SingleAsync();
        return version.ExplanationTexts.Where(t => t.CarriedFromYear is not null).ToDictionary(t => t.Key, t => t.CarriedFromYear!.Value);
    }

    private async Task<DisclosureAnalysis> AnalyzeAsync(VersionKey key)
    {
        await using var scope = StaffActors.Scope(portal);
        return (await scope.ServiceProvider.GetRequiredService<DisclosureAnalysisService>()
            .AnalyzeAsync(key.DepartmentCode, key.Year, key.Number, VersionVisibility.IncludingUnpublished))!;
    }

    private async Task<StaffTextRequest> RequestAsync(VersionKey key, string textKey) =>
        (await AnalyzeAsync(key)).Explanation.StaffTexts.Single(r => r.Key == textKey);

    /// <summary>The explanation-reason finding at the sentence that asks for the text, if any.</summary>
    private async Task<Finding?> FindingAtAsync(VersionKey key, StaffTextRequest request) =>
        (await AnalyzeAsync(key)).Report.Findings.SingleOrDefault(f =>
            f.RuleId == "explanation-reason" && f.Location == FindingLocation.InExplanation(request.Item, request.Sentence));

    /// <summary>"Input.Texts[3]": the form's fields of the text with <paramref name="key"/>.</summary>
    private static string TextPrefix(IHtmlDocument page, string key) =>
        page.QuerySelectorAll("input[type=hidden]")
            .Select(i => i.GetAttribute("name")!)
            .Single(name => name.StartsWith("Input.Texts", StringComparison.Ordinal) && name.EndsWith(".Key", StringComparison.Ordinal)
                            && page.QuerySelector($"input[name='{name}']")!.GetAttribute("value") == key)[..^".Key".Length];
}
