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
        // The events of every portal in this test process may reach the sink (the request log goes through
        // Serilog's static logger, which the last portal built sets), so each request is looked for by what it carries.
        var pages = requests.Where(e => Property(e, "RequestPath") == "/disclosures/420104-sfj/2024/v1").ToList();
        pages.Should().Contain(e => Property(e, "StatusCode") == "200" && Property(e, "DepartmentCode") == "420104-sfj"
                                    && Property(e, "Year") == "2024" && Property(e, "Version") == "1" && e.Level == LogEventLevel.Information);
        pages.Should().NotContain(e => e.Properties.ContainsKey("UserName"), "the public is not named");
        requests.Where(e => Property(e, "RequestPath") == "/disclosures/420104-sfj/1999").Should()
            .NotBeEmpty().And.OnlyContain(e => e.Level == LogEventLevel.Warning);
        requests.Where(e => Property(e, "RequestPath") == "/staff/disclosures/420104-sfj/2024")
            .Select(e => Property(e, "UserName")).Should().Contain("logged-editor");
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
