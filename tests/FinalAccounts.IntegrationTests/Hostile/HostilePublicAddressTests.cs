using System.Text;
using FinalAccounts.IntegrationTests.Web;
using Xunit.Abstractions;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>The hostile-input corpus on public addresses, API queries and JSON sent to the API.</summary>
public sealed class HostilePublicAddressTests(PortalFactory portal, ITestOutputHelper output)
    : HostileInputTests(portal, output)
{
    /// <summary>Public addresses and API paths with a place for a value ({0}), as a visitor or a program may fill it.</summary>
    private static readonly string[] Addresses =
    [
        "/search?q={0}",
        "/search?q=%E5%8F%B8%E6%B3%95&region={0}",
        "/search?q=%E5%8F%B8%E6%B3%95&year={0}",
        "/disclosures/{0}/2024",
        "/disclosures/420104-sfj/2024/findings?table={0}",
        "/departments/{0}",
        "/regions/{0}",
        "/timeliness?region={0}",
        "/timeliness?year={0}",
        "/language?culture={0}&returnUrl=/",
        "/language?culture=en&returnUrl={0}",
        "/api/v1/disclosures?region={0}",
        "/api/v1/disclosures?year={0}",
        "/api/v1/disclosures/{0}/2024",
        "/api/v1/disclosures/420104-sfj/2024/tables/{0}",
        "/api/v1/departments/{0}",
        "/api/v1/regions/{0}/departments",
        "/api/v1/departments/420104-sfj/lines/{0}/2040601",
        "/api/v1/timeliness?region={0}&year={0}",
    ];

    /// <summary>Every address with every value: an answer, never a server error, and nothing written.</summary>
    [Fact]
    public async Task EveryPublicAddressAndApiQueryAnswersEachHostileValueWithoutAServerErrorOrAChange()
    {
        var client = AnonymousClient();
        var run = await StartAsync("public addresses");

        foreach (var address in Addresses)
        {
            foreach (var value in HostileValues.All)
            {
                var name = HostileRun.Name(address, value);
                var url = address.Replace("{0}", FormBody.Escape(value.Value), StringComparison.Ordinal);
                if (value == HostileValues.Nul && url.Split('?')[0].Contains("%00", StringComparison.Ordinal))
                {
                    // A NUL in the path never reaches the portal: Kestrel answers 400 itself, and the
                    // in-memory test server refuses to send it; in a query string it is the portal's to answer.
                    continue;
                }
                await run.CaseAsync(name, async () =>
                {
                    using var response = await client.GetAsync(url);
                    if (run.Answered(name, response) && response.Content.Headers.ContentType?.MediaType == "text/html")
                    {
                        run.Encoded(name, await response.Content.ReadAsStringAsync());
                    }
                });
            }
        }
        await run.UnchangedAsync("public addresses, all cases");

        run.Finish(atLeast: 600);
    }

    /// <summary>Broken, deep, huge and mistyped JSON: the open-data API is read-only and must answer it with a 4xx.</summary>
    private static readonly (string Name, byte[] Body)[] JsonBodies =
    [
        ("empty", []),
        ("unclosed object", "{"u8.ToArray()),
        ("array", "[]"u8.ToArray()),
        ("null", "null"u8.ToArray()),
        ("10000 deep", Encoding.ASCII.GetBytes(new string('[', 10_000) + new string(']', 10_000))),
        ("huge number", Encoding.ASCII.GetBytes("{\"year\": 1" + new string('0', 5000) + "}")),
        ("NUL escape", "{\"departmentCode\": \"\\u0000\"}"u8.ToArray()),
        ("lone surrogate escape", "{\"departmentCode\": \"\\ud800\"}"u8.ToArray()),
        ("invalid UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D]),
        ("wrong types", "{\"year\": \"二〇二四\", \"version\": [1], \"table\": {}}"u8.ToArray()),
        ("1 MB string", Encoding.ASCII.GetBytes("{\"q\": \"" + new string('a', 1 << 20) + "\"}")),
        ("script", "{\"q\": \"<script>alert(1)</script>\"}"u8.ToArray()),
    ];

    private static readonly string[] ApiPaths =
    [
        "/api/v1/disclosures",
        "/api/v1/disclosures/420104-sfj/2024",
        "/api/v1/disclosures/420104-sfj/2024/tables/t02",
        "/api/v1/regions",
        "/api/v1/departments/420104-sfj",
        "/api/v1/timeliness",
    ];

    [Fact]
    public async Task JsonSentToTheApiIsAnsweredWithoutAServerErrorOrAChange()
    {
        var client = AnonymousClient();
        var run = await StartAsync("JSON to the API");

        foreach (var path in ApiPaths)
        {
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Get })
            {
                foreach (var (body, bytes) in JsonBodies)
                {
                    var name = $"{method} {path} ← {body}";
                    await run.CaseAsync(name, async () =>
                    {
                        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(bytes) };
                        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                        using var response = await client.SendAsync(request);
                        run.Answered(name, response);
                        if (method != HttpMethod.Get && response.IsSuccessStatusCode)
                        {
                            run.Fail(name, $"the read-only API took a {method} (HTTP {(int)response.StatusCode})");
                        }
                    });
                }
            }
        }
        await run.UnchangedAsync("JSON to the API, all cases");

        run.Finish(atLeast: 250);
    }
}
