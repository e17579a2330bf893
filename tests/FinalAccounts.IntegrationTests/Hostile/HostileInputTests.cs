using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Pages.Staff.Disclosures.Parts;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>
/// The hostile-input corpus: well over a thousand cases, each a hostile value put where a person or a
/// program can put it — a field of a staff form, a cell of a table grid, an address or query string, a
/// file uploaded for import, JSON sent to the API. Each case must get an answer (never a 5xx); where a
/// person can act on it the answer says in Chinese what is wrong, and the database is as before. A value
/// the portal rightly accepts (markup typed in a title is text like any other) must be kept exactly as
/// typed and shown escaped; it is then put back, so the cases after it start from the same state.
/// Each kind of place is a class of its own with a portal (and database) of its own, so that the places
/// run side by side; this base holds what they share.
/// </summary>
public abstract partial class HostileInputTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>A visitor's client on the class's portal: no cookies, and redirects answered as they are, not followed.</summary>
    protected HttpClient AnonymousClient() =>
        portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected const string Department = "420104-sfj";
    protected const int Year = 2024;
    protected static readonly StaffActor Opener = new("hostile-opener", "开更正版本的人");

    protected static IReadOnlyList<HostileValue> Values => HostileValues.All;

    protected async Task<HostileRun> StartAsync(string batch)
    {
        StaffActors.Scope(portal).Dispose();
        // The background check stores the seeds' findings after start-up: not a change any case made.
        await portal.WaitForStoredFindingsAsync();
        var hash = await ContentHash.OpenAsync(portal.Database.ConnectionString);
        var run = new HostileRun(batch, hash, output);
        await run.StartAsync();
        return run;
    }

    protected Task<StaffBrowser> SignInAsync(string role, params string[] departments) =>
        StaffBrowser.SignedInAsync(portal, $"{role}-{Guid.NewGuid():N}"[..(role.Length + 9)], role, departments);

    /// <summary>An account on the class's portal, made without the users page.</summary>
    protected Task<string> CreateUserAsync(string userName, string role, params string[] departments) =>
        StaffBrowser.CreateUserAsync(portal, userName, role, departments);

    /// <summary>The open correction of 硚口 2024, the draft every staff case works on.</summary>
    protected Task<VersionKey> DraftAsync() => StaffActors.OpenCorrectionAsync(portal, Department, Year, "恶意输入测试", Opener);

    /// <summary>How a value the portal accepted should read back, given what was typed.</summary>
    protected delegate bool KeptAsTyped(string typed, string shown);

    /// <summary>
    /// Every hostile value in one field of a form, the rest of the form as shown: a refusal must say why
    /// in Chinese and change nothing; an acceptance must keep the value as typed, shown escaped, and is undone.
    /// </summary>
    protected static async Task FieldCasesAsync(HostileRun run, StaffBrowser browser, string place, string url, string formSelector,
        string field, KeptAsTyped kept, IEnumerable<HostileValue> values)
    {
        var original = FieldValue(await browser.GetPageAsync(url), formSelector, field);
        IHtmlDocument? page = null;
        foreach (var value in values)
        {
            var name = HostileRun.Name($"{place} {field}", value);
            await run.CaseAsync(name, async () =>
            {
                page ??= await browser.GetPageAsync(url);
                var response = await PostFieldAsync(browser, url, page, formSelector, field, value.Value);
                if (!run.Answered(name, response))
                {
                    page = null;
                    await run.RebaseAsync();
                    return;
                }
                if (!HostileRun.IsRedirect(response))
                {
                    run.SaysInChinese(name, await HostileRun.ParseAsync(response));
                    await run.UnchangedAsync(name);
                    return;
                }
                page = null;
                var html = await browser.Client.GetStringAsync(url);
                run.Encoded(name, html);
                var shownPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
                if (string.IsNullOrWhiteSpace(value.Value))
                {
                    // A blank field is a choice the forms honour: an item of a list is dropped, a figure
                    // falls back to the one computed from the tables; only put the field back when it is there.
                    if (shownPage.QuerySelector(formSelector)?.QuerySelector($"[name='{field}']") is not null)
                    {
                        await PostFieldAsync(browser, url, shownPage, formSelector, field, original);
                    }
                    await run.RebaseAsync();
                    return;
                }
                var shown = FieldValue(shownPage, formSelector, field);
                if (!kept(value.Value, shown))
                {
                    run.Fail(name, $"accepted but kept as “{HostileRun.Short(shown)}”, not as typed");
                }
                var restore = await PostFieldAsync(browser, url, shownPage, formSelector, field, original);
                if (!HostileRun.IsRedirect(restore))
                {
                    var why = (await HostileRun.ParseAsync(restore)).QuerySelectorAll(HostileRun.MessageSelector).Select(e => e.TextContent.Trim());
                    run.Fail(name, $"the field could not be put back (HTTP {(int)restore.StatusCode}: {HostileRun.Short(string.Join(" | ", why))})");
                }
                await run.RebaseAsync();
            });
        }
    }

    protected static Task<HttpResponseMessage> PostFieldAsync(StaffBrowser browser, string url, IHtmlDocument page, string formSelector,
        string field, string value)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = StaffBrowser.FormValues(form);
        values.RemoveAll(v => v.Key == field);
        values.Add(new(field, value));
        var action = form.GetAttribute("action");
        return browser.Client.PostAsync(string.IsNullOrEmpty(action) ? url : action, FormBody.Of(values));
    }

    protected static string FieldValue(IHtmlDocument page, string formSelector, string field) =>
        page.QuerySelector(formSelector)?.QuerySelector($"[name='{field}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Value ?? "",
            _ => throw new InvalidOperationException($"No field '{field}' in '{formSelector}'."),
        };

    /// <summary>
    /// The fields of a form the corpus fills: the first of each kind (single-line text, text area,
    /// amount, whole number), so every kind of field is covered without every field of a long form.
    /// </summary>
    protected static IReadOnlyList<(string Name, bool Numeric)> FieldsOf(IElement form, Func<string, bool> wanted) =>
        form.QuerySelectorAll("input[type=text][name], textarea[name]")
            .Where(e => !e.HasAttribute("readonly") && wanted(e.GetAttribute("name")!))
            .GroupBy(e => (e.LocalName, e.GetAttribute("inputmode")))
            .Select(g => (g.First().GetAttribute("name")!, g.Key.Item2 is "decimal" or "numeric"))
            .ToList();

    /// <summary>Text is kept as typed (line breaks as stored, a blank field as empty), surrounding spaces aside.</summary>
    protected static bool TextKept(string typed, string shown)
    {
        var expected = FieldReader.Text(FormBody.AsReceived(typed)) ?? "";
        var actual = shown.ReplaceLineEndings("\n");
        return actual == expected || actual == expected.Trim();
    }

    /// <summary>
    /// A number field accepts only a plain number (full-width digits and well-placed thousands commas
    /// allowed) and keeps its value; anything else accepted would be a value the person did not mean.
    /// </summary>
    protected static bool NumberKept(string typed, string shown)
    {
        var plain = new string(typed.Where(c => !char.IsWhiteSpace(c))
            .Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray());
        if (plain.Length == 0)
        {
            return shown.Length == 0;
        }
        return PlainNumber().IsMatch(plain)
               && decimal.TryParse(plain.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var meant)
               && decimal.TryParse(shown.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var kept)
               && meant == kept;
    }

    [GeneratedRegex(@"^\+?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex PlainNumber();
}
