using System.Net;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Pages.Staff;
using FinalAccounts.Web.Staff;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>Sign-in, sign-out and lockout through the real login form, with the antiforgery token a browser sends.</summary>
public sealed class SignInTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AStaffPageSendsAnAnonymousVisitorToTheLoginAndBackAfterSigningIn()
    {
        var password = await StaffBrowser.CreateUserAsync(portal, "signin-editor", StaffRoles.Editor, "420104-sfj");
        var browser = StaffBrowser.Anonymous(portal);

        var denied = await browser.Client.GetAsync("/staff/disclosures/420104-sfj/2024");
        denied.StatusCode.Should().Be(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().Should().StartWith("http://localhost/staff/login?ReturnUrl=");

        var signIn = await browser.SubmitAsync(denied.Headers.Location.PathAndQuery, "form",
            new() { ["UserName"] = "signin-editor", ["Password"] = password });
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().Should().Be("/staff/disclosures/420104-sfj/2024");

        var home = await browser.GetPageAsync("/staff");
        home.QuerySelector(".staff-user")!.TextContent.Should().Contain("signin-editor（测试）").And.Contain("填报人");
        home.QuerySelector("h2")!.TextContent.Should().Contain("硚口区司法局");
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        var browser = await StaffBrowser.SignedInAsync(portal, "signout-editor", StaffRoles.Editor, "420104-sfj");
        (await browser.Client.GetAsync("/staff")).StatusCode.Should().Be(HttpStatusCode.OK);

        var signOut = await browser.SubmitAsync("/staff", "form[action='/staff/logout']", []);

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync("/staff")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the cookie no longer signs in");
    }

    [Fact]
    public async Task AWrongPasswordAnUnknownNameAndALockedAccountGetTheSameAnswerAndFiveInARowLock()
    {
        var password = await StaffBrowser.CreateUserAsync(portal, "lockout-editor", StaffRoles.Editor, "420104-sfj");
        var browser = StaffBrowser.Anonymous(portal);

        var first = await browser.SignInAsync("lockout-editor", "wrong-password-1");
        first.StatusCode.Should().Be(HttpStatusCode.OK);
        (await StaffBrowser.ParseAsync(first)).QuerySelector("[role=alert]")!.TextContent.Should().Be(LoginModel.FailureMessage);
        LoginModel.FailureMessage.Should().StartWith("用户名或密码不正确。").And.Contain("锁定 15 分钟");
        var unknown = await browser.SignInAsync("no-such-account", "wrong-password-1");
        (await StaffBrowser.ParseAsync(unknown)).QuerySelector("[role=alert]")!.TextContent.Should().Be(LoginModel.FailureMessage,
            "the form does not tell which accounts exist");

        for (var attempt = 2; attempt <= StaffSetup.MaxFailedAttempts; attempt++)
        {
            await browser.SignInAsync("lockout-editor", "wrong-password-" + attempt);
        }
        var locked = await browser.SignInAsync("lockout-editor", password);

        locked.StatusCode.Should().Be(HttpStatusCode.OK, "even the right password is refused while the account is locked");
        (await StaffBrowser.ParseAsync(locked)).QuerySelector("[role=alert]")!.TextContent.Should().Be(LoginModel.FailureMessage,
            "a lockout is not revealed either: only real accounts can be locked");
        (await browser.Client.GetAsync("/staff")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task ASignInWithoutTheAntiforgeryTokenIsRefused()
    {
        var password = await StaffBrowser.CreateUserAsync(portal, "csrf-editor", StaffRoles.Editor, "420104-sfj");
        var browser = StaffBrowser.Anonymous(portal);

        var response = await browser.Client.PostAsync("/staff/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "csrf-editor", ["Password"] = password }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await browser.Client.GetAsync("/staff")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
