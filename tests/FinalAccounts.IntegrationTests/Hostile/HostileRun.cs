using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>
/// Runs a batch of hostile cases and gathers what each one got wrong, so that one test reports every
/// failing case by name (place ← value) instead of stopping at the first; the batch fails at the end.
/// Keeps the database fingerprint every case is compared with.
/// </summary>
public sealed partial class HostileRun(string batch, ContentHash hash, ITestOutputHelper output)
{
    /// <summary>Where the portal puts a message the person can act on.</summary>
    public const string MessageSelector =
        "#refusal, #form-errors, #form-problems, [role=alert], .import-problems, .field-error, .notice-error, .validation-summary-errors";

    private readonly List<string> _failures = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private string[] _baseline = [];

    public int Count { get; private set; }

    public async Task StartAsync() => _baseline = await hash.TakeAsync();

    /// <summary>The state every later case is compared with, taken again after a case that rightly changed it.</summary>
    public Task RebaseAsync() => StartAsync();

    public void Fail(string name, string why) => _failures.Add($"{name}: {why}");

    /// <summary>Runs one case; an exception (a dropped connection, a page not as expected) is that case's failure.</summary>
    public async Task CaseAsync(string name, Func<Task> body)
    {
        Count++;
        try
        {
            await body();
        }
        catch (Exception e)
        {
            Fail(name, $"{e.GetType().Name}: {Short(e.Message)}");
            await RebaseAsync();
        }
    }

    /// <summary>No server error: a 5xx is a failure whatever else the case checks.</summary>
    public bool Answered(string name, HttpResponseMessage response)
    {
        if ((int)response.StatusCode >= 500)
        {
            Fail(name, $"HTTP {(int)response.StatusCode}");
            return false;
        }
        return true;
    }

    /// <summary>The database is as before the case.</summary>
    public async Task UnchangedAsync(string name)
    {
        var after = await hash.TakeAsync();
        if (hash.Changed(_baseline, after) is { Count: > 0 } tables)
        {
            Fail(name, "refused, yet the database changed: " + string.Join(", ", tables));
            _baseline = after;
        }
    }

    /// <summary>The page says, in Chinese, what is wrong (in one of the places messages go).</summary>
    public bool SaysInChinese(string name, IHtmlDocument page)
    {
        var messages = page.QuerySelectorAll(MessageSelector).Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
        if (messages.Any(IsChinese))
        {
            return true;
        }
        Fail(name, messages.Count == 0 ? "refused without any message" : "message not in Chinese: " + Short(string.Join(" | ", messages)));
        return false;
    }

    /// <summary>Markup typed by the person never reaches the page unescaped.</summary>
    public void Encoded(string name, string html)
    {
        foreach (var raw in new[] { "<script>alert(1)", "<img src=x onerror" })
        {
            if (html.Contains(raw, StringComparison.OrdinalIgnoreCase))
            {
                Fail(name, $"the page contains “{raw}” unescaped");
            }
        }
    }

    /// <summary>Ends the batch: reports the count and time, and fails with every failing case listed.</summary>
    public void Finish(int atLeast)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{batch}: {Count} hostile cases in {_clock.Elapsed.TotalSeconds:0.0}s ({hash.Spent.TotalSeconds:0.0}s fingerprinting the database), {_failures.Count} failed"));
        foreach (var failure in _failures)
        {
            output.WriteLine(failure);
        }
        Count.Should().BeGreaterThanOrEqualTo(atLeast, "the {0} corpus should be as large as planned", batch);
        _failures.Should().BeEmpty("every hostile case of {0} should be answered properly; failing:\n{1}", batch,
            string.Join("\n", _failures.Take(60)));
    }

    public static bool IsChinese(string text) => Cjk().IsMatch(text);

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static bool IsRedirect(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found or HttpStatusCode.RedirectKeepVerb;

    public static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;

    /// <summary>A case name: where the value went and which value it was.</summary>
    public static string Name(string place, HostileValue value) => $"{place} ← {value.Name}";

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Cjk();
}
