using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>Saving parts of a draft through the service the forms and the import use, on the real database.</summary>
public sealed class DraftEditorTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Department = "420104-sfj";
    private const int Year = 2024;
    private static readonly StaffActor Editor = new("editor-id", "填报人");

    [Fact]
    public async Task ACorrectionCopiesThePublishedContentAndASavedCellIsWrittenAndAudited()
    {
        // A year of its own, so the copy is compared before any other test edits it.
        var draft = await OpenCorrectionAsync("420111-sfj", 2021);
        var published = await LoadAsync(new VersionKey("420111-sfj", 2021, 1));
        var copy = await LoadAsync(draft);
        ContentChanges.Between(published, copy).Should().BeEmpty("a correction starts as a copy of the published version");

        var row = copy.Tables.T02!.Rows.Single(r => r.Code is null);
        var result = await SaveAsync(draft, ContentPart.Table02, copy.Fingerprint(ContentPart.Table02),
            c => WithIncomeTotal(c, null, "1,234.56"));

        result.Outcome.Should().Be(EditOutcome.Saved, result.Message);
        result.Changes.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Location = "tables.t02.rows[合计].total",
            Before = row.Total,
            After = "1,234.56",
        }, o => o.ExcludingMissingMembers());
        var saved = await LoadAsync(draft);
        saved.Tables.T02!.Rows.Single(r => r.Code == row.Code).Total.Should().Be("1,234.56");
        ContentChanges.Between(copy, saved).Should().ContainSingle();

        await using var db = portal.Database.CreateContext();
        var entry = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
        entry.Should().BeEquivalentTo(new { Action = AuditAction.Edited, UserName = "填报人", Before = row.Total, After = "1,234.56" },
            o => o.ExcludingMissingMembers());
        entry.Description.Should().Contain("公开02表").And.Contain("合计");
        (await db.DisclosureVersions.SingleAsync(v => v.Id == db.DisclosureVersions
                .Where(x => x.Number == draft.Number && x.Title == saved.Version.Title && x.Status == Domain.Disclosures.DisclosureStatus.Draft)
                .Select(x => x.Id).Single()))
            .LastEditedBy.Should().Be(Editor.UserId);
    }

    [Fact]
    public async Task ASaveFromAStaleFormIsRefusedAndChangesNothing()
    {
        var draft = await OpenCorrectionAsync();
        var loaded = await LoadAsync(draft);
        var token = loaded.Fingerprint(ContentPart.Table02);
        var codes = loaded.Tables.T02!.Rows.Where(r => r.Code is not null).Select(r => r.Code!).Take(2).ToList();

        (await SaveAsync(draft, ContentPart.Table02, token, c => WithIncomeTotal(c, codes[0], "1.00"))).Outcome.Should().Be(EditOutcome.Saved);
        var second = await SaveAsync(draft, ContentPart.Table02, token, c => WithIncomeTotal(c, codes[1], "2.00"));

        second.Outcome.Should().Be(EditOutcome.Conflict);
        second.Message.Should().Contain("已被其他人修改");
        (await LoadAsync(draft)).Tables.T02!.Rows.Single(r => r.Code == codes[1]).Total
            .Should().Be(loaded.Tables.T02.Rows.Single(r => r.Code == codes[1]).Total);
    }

    [Fact]
    public async Task TheSameFormPostedTwiceSavesOnce()
    {
        var draft = await OpenCorrectionAsync();
        var loaded = await LoadAsync(draft);
        var token = loaded.Fingerprint(ContentPart.Table02);
        var code = loaded.Tables.T02!.Rows.First(r => r.Code is not null).Code!;

        (await SaveAsync(draft, ContentPart.Table02, token, c => WithIncomeTotal(c, code, "3.00"))).Outcome.Should().Be(EditOutcome.Saved);
        (await SaveAsync(draft, ContentPart.Table02, token, c => WithIncomeTotal(c, code, "3.00"))).Outcome.Should().Be(EditOutcome.Unchanged);
    }

    [Fact]
    public async Task ACodeOutsideTheCatalogIsRefusedWithItsPlaceAndChangesNothing()
    {
        var draft = await OpenCorrectionAsync();
        var loaded = await LoadAsync(draft);
        var rows = loaded.Tables.T02!.Rows.Append(new IncomeRowContent("2999999", "不存在的科目", "1.00", "1.00", null, null, null, null, null));

        var result = await SaveAsync(draft, ContentPart.Table02, loaded.Fingerprint(ContentPart.Table02),
            c => c with { Tables = c.Tables with { T02 = c.Tables.T02! with { Rows = rows.ToList() } } });

        result.Outcome.Should().Be(EditOutcome.Invalid);
        result.Message.Should().Contain("2999999").And.Contain("公开02表");
        ContentChanges.Between(loaded, await LoadAsync(draft)).Should().BeEmpty();
    }

    [Fact]
    public async Task APublishedVersionCannotBeSaved()
    {
        var published = new VersionKey("420114-sfj", 2023, 1);
        var loaded = await LoadAsync(published);
        var result = await SaveAsync(published, ContentPart.Table02, loaded.Fingerprint(ContentPart.Table02),
            c => WithIncomeTotal(c, null, "9.99"));

        result.Outcome.Should().Be(EditOutcome.NotEditable);
        result.Message.Should().Contain("已公开");
    }

    private Task<VersionKey> OpenCorrectionAsync(string department = Department, int year = Year) =>
        StaffActors.OpenCorrectionAsync(portal, department, year, "测试更正", Editor);

    private Task<DisclosureContent> LoadAsync(VersionKey key) => StaffActors.LoadAsync(portal, key);

    private async Task<EditResult> SaveAsync(VersionKey key, ContentPart part, string token, Func<DisclosureContent, DisclosureContent> change)
    {
        await using var scope = StaffActors.Scope(portal);
        return await scope.ServiceProvider.GetRequiredService<DraftEditor>().SaveAsync(key, part, token, change, Editor);
    }

    /// <summary>The content with one 公开02表 row's 合计 column changed; a null code is the 合计 row.</summary>
    private static DisclosureContent WithIncomeTotal(DisclosureContent content, string? code, string total) =>
        content with
        {
            Tables = content.Tables with
            {
                T02 = content.Tables.T02! with
                {
                    Rows = content.Tables.T02.Rows.Select(r => r.Code == code ? r with { Total = total } : r).ToList(),
                },
            },
        };
}
