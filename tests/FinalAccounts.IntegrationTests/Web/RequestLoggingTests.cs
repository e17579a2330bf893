using System.Collections.Concurrent;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>
/// Each request is one log event with its status and time, who asked and which disclosure it was about.
/// A public read answered in time is Debug (the front's access log keeps those); what staff do, Information.
/// </summary>
public sealed class RequestLoggingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ARequestIsLoggedWithItsDisclosureAndAStaffRequestWithItsUser()
    {
        var sink = new CollectingSink();
        var password = await StaffBrowser.CreateUserAsync(portal, "logged-editor", StaffRoles.Editor, "420104-sfj");
        // Debug events written too, so that the public's reads reach the sink.
        await using var factory = portal.WithWebHostBuilder(b => b
            .UseSetting("Serilog:MinimumLevel:Default", "Debug")
            .ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var browser = new StaffBrowser(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

        // A new host's first page compiles its code, which on a busy machine takes longer than a read answered in time:
        // another disclosure's page first, so that the page below is read as a warm node reads it.
        (await browser.Client.GetAsync("/disclosures/420111-sfj/2021")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        await browser.Client.GetAsync("/disclosures/420104-sfj/2024/v1");
        await browser.Client.GetAsync("/disclosures/420104-sfj/1999");
        (await browser.SignInAsync("logged-editor", password)).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        await browser.Client.GetAsync("/staff/disclosures/420104-sfj/2024");

        // The test server hands the response to the client before the logging middleware has finished, so wait for the events.
        var requests = await sink.RequestsAsync("/disclosures/420104-sfj/2024/v1", "/disclosures/420104-sfj/1999", "/staff/disclosures/420104-sfj/2024");
        var page = requests.Single(e => Property(e, "RequestPath") == "/disclosures/420104-sfj/2024/v1");
        (Property(page, "StatusCode"), Property(page, "DepartmentCode"), Property(page, "Year"), Property(page, "Version"))
            .Should().Be(("200", "420104-sfj", "2024", "1"), "the page's event was {0}", Described(page));
        page.Level.Should().Be(LogEventLevel.Debug, "a public read answered in time is below Information by default");
        page.Properties.Should().NotContainKey("UserName", "the public is not named");
        requests.Single(e => Property(e, "RequestPath") == "/disclosures/420104-sfj/1999").Level.Should().Be(LogEventLevel.Warning);
        var staff = requests.Single(e => Property(e, "RequestPath") == "/staff/disclosures/420104-sfj/2024");
        // Its status first: a user name missing from a redirect to the login form would be a sign-in that did not hold.
        Property(staff, "StatusCode").Should().Be("200", "the staff request's event was {0}", Described(staff));
        Property(staff, "UserName").Should().Be("logged-editor", "the staff request's event was {0}", Described(staff));
        staff.Level.Should().Be(LogEventLevel.Information, "what staff do is always logged");
        requests.Single(e => Property(e, "RequestPath") == "/staff/login" && Property(e, "RequestMethod") == "POST")
            .Level.Should().Be(LogEventLevel.Information, "a post is not a read");
    }

    [Fact]
    public async Task PublicReadsAreLoggedAtTheConfiguredLevel()
    {
        var sink = new CollectingSink();
        await using var factory = portal.WithWebHostBuilder(b => b
            .UseSetting(FinalAccounts.Web.Hosting.LoggingSetup.PublicReadLevelKey, "Information")
            .ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));

        await factory.CreateClient().GetAsync("/disclosures/420104-sfj/2024/v1");

        var requests = await sink.RequestsAsync("/disclosures/420104-sfj/2024/v1");
        requests.Single(e => Property(e, "RequestPath") == "/disclosures/420104-sfj/2024/v1").Level.Should().Be(LogEventLevel.Information);
    }

    // What a failed assertion shows of an event: its level and every property, for a failure seen once in a full run.
    private static string Described(LogEvent e) =>
        $"{e.Level} {string.Join(", ", e.Properties.Select(p => $"{p.Key}={p.Value}"))}";

    private static string? Property(LogEvent e, string name) =>
        e.Properties.TryGetValue(name, out var value) ? (value as ScalarValue)?.Value?.ToString() : null;

    private sealed class CollectingSink : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

        public async Task<List<LogEvent>> RequestsAsync(params string[] paths)
        {
            for (var waited = 0; ; waited += 50)
            {
                var requests = Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();
                if (paths.All(path => requests.Any(e => Property(e, "RequestPath") == path)) || waited >= 30_000)
                    return requests;
                await Task.Delay(50);
            }
        }
    }
}
