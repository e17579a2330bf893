using System.Net;
using System.Text.RegularExpressions;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// Validation speaks Chinese: the login form's empty fields and a staff form's empty number are
/// answered in Chinese, and none of ASP.NET's English defaults ("The UserName field is required.")
/// is left in the page, its data-val-* attributes included.
/// </summary>
public sealed partial class LoginMessagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task TheEmptyLoginFormIsAnsweredInChinese()
    {
        var browser = StaffBrowser.Anonymous(portal);

        var response = await browser.SubmitAsync("/staff/login", "form", new() { ["UserName"] = "", ["Password"] = "" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var page = await StaffBrowser.ParseAsync(response);
        page.QuerySelector("#UserName-error")!.TextContent.Should().Be("请填写用户名。");
        page.QuerySelector("#Password-error")!.TextContent.Should().Be("请填写密码。");
        page.QuerySelector("#UserName")!.GetAttribute("aria-describedby").Should().Contain("UserName-error");
        page.QuerySelector("#UserName")!.GetAttribute("aria-invalid").Should().Be("true");
        page.QuerySelector("#Password")!.GetAttribute("data-val-required").Should().Be("请填写密码。");
        EnglishValidation().Matches(html).Should().BeEmpty("no English validation message may be left on the page");
    }

    [Fact]
    public async Task AStaffFormsEmptyNumberIsAnsweredInChinese()
    {
        var browser = await StaffBrowser.SignedInAsync(portal, "messages-editor", StaffRoles.Editor, "420104-sfj");

        var response = await browser.SubmitAsync("/staff", "form[action*='StartYear']", new() { ["Year"] = "" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        (await StaffBrowser.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.Should().Contain("此项不能为空。");
        EnglishValidation().Matches(html).Should().BeEmpty("no English validation message may be left on the page");
    }

    // ASP.NET's English model-binding and data-annotation messages.
    [GeneratedRegex(@"field is required|is invalid|is not valid|must be a number|was not provided|A value is required", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishValidation();
}
