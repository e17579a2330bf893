using System.Collections.Concurrent;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Staff;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace FinalAccounts.IntegrationTests.Web;

/// <summary>Each request is one log event with its status and time, who asked and which disclosure it was about.</summary>
public sealed class RequestLoggingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ARequestIsLoggedWithItsDisclosureAndAStaffRequestWithItsUser()
    {
        var sink = new CollectingSink();
        var password = await StaffBrowser.CreateUserAsync(portal, "logged-editor", StaffRoles.Editor, "420104-sfj");
        await using var factory = portal.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var browser = new StaffBrowser(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

        await browser.Client.GetAsync("/disclosures/420104-sfj/2024/v1");
        await browser.Client.GetAsync("/disclosures/420104-sfj/1999");
        (await browser.SignInAsync("logged-editor", password)).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        await browser.Client.GetAsync("/staff/disclosures/420104-sfj/2024");

        // The test server hands the response to the client before the logging middleware has finished, so wait for the events.
        var requests = await sink.RequestsAsync("/disclosures/420104-sfj/2024/v1", "/disclosures/420104-sfj/1999", "/staff/disclosures/420104-sfj/2024");
        var page = requests.Single(e => Property(e, "RequestPath") == "/disclosures/420104-sfj/2024/v1");
        (Property(page, "StatusCode"), Property(page, "DepartmentCode"), Property(page, "Year"), Property(page, "Version"))
            .Should().Be(("200", "420104-sfj", "2024", "1"));
        page.Level.Should().Be(LogEventLevel.Information);
        page.Properties.Should().NotContainKey("UserName", "the public is not named");
        requests.Single(e => Property(e, "RequestPath") == "/disclosures/420104-sfj/1999").Level.Should().Be(LogEventLevel.Warning);
        var staff = requests.Single(e => Property(e, "RequestPath") == "/staff/disclosures/420104-sfj/2024");
        Property(staff, "UserName").Should().Be("logged-editor");
    }

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
