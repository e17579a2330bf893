using System.Net;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>A year started from last year (codes and names kept, amounts blank) goes out as a template and comes back without a change.</summary>
public sealed class TemplateRoundTripPageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("420104-sfj", 2025)]
    [InlineData("420111-sfj", 2022)]
    public async Task TheUnchangedTemplateOfAYearStartedFromLastYearImportsWithoutAChange(string department, int year)
    {
        var editor = await StaffBrowser.SignedInAsync(portal, $"roundtrip-{department}", StaffRoles.Editor, department);
        (await editor.SubmitAsync("/staff", "form[action$='handler=StartYear']", new() { ["Year"] = $"{year}", ["FromLastYear"] = "true" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var template = await editor.Client.GetByteArrayAsync($"/staff/disclosures/{department}/{year}/v1/template.xlsx");

        var preview = await editor.UploadAsync($"/staff/disclosures/{department}/{year}/v1/import", "Workbook", template, "template.xlsx",
            TemplateWorkbook.ContentType);

        preview.QuerySelector("#changes-heading")!.TextContent.Should().Be("将修改 0 处",
            string.Join(" | ", preview.QuerySelectorAll(".import-changes tbody tr, .import-problems tbody tr").Select(r => r.TextContent.Trim())));
    }
}
