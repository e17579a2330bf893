using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>
/// A staff member's browser against the real portal: it keeps cookies, does not follow redirects
/// (so tests see them), and posts forms the way a browser does — reading the page first and
/// sending back its hidden fields, the antiforgery token among them.
/// </summary>
public sealed class StaffBrowser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static StaffBrowser Anonymous(PortalFactory portal) =>
        new(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Creates a user (password returned) with a role and department grants.</summary>
    public static Task<string> CreateUserAsync(PortalFactory portal, string userName, string role, params string[] departments) =>
        CreateUserAsync(portal, userName, [role], departments);

    public static async Task<string> CreateUserAsync(PortalFactory portal, string userName, IReadOnlyList<string> roles, string[] departments)
    {
        await using var scope = StaffActors.Scope(portal);
        var password = StaffAccounts.NewPassword();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(userName, userName + "（测试）", password, roles, departments);
        result.Succeeded.Should().BeTrue(string.Join(" ", result.Errors.Select(e => e.Description)));
        return password;
    }

    /// <summary>A new user with the role and departments, signed in through the login form.</summary>
    public static Task<StaffBrowser> SignedInAsync(PortalFactory portal, string userName, string role, params string[] departments) =>
        SignedInAsync(portal, userName, [role], departments);

    public static async Task<StaffBrowser> SignedInAsync(PortalFactory portal, string userName, IReadOnlyList<string> roles, string[] departments)
    {
        var password = await CreateUserAsync(portal, userName, roles, departments);
        var browser = Anonymous(portal);
        var response = await browser.SignInAsync(userName, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the sign-in of {0} should succeed", userName);
        return browser;
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        await SubmitAsync("/staff/login", "form", new() { ["UserName"] = userName, ["Password"] = password });

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK, "GET {0} should show the page", url);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Opens the page, fills the first form matching the selector with the given fields (added when the
    /// form has no such field) and submits it as a browser would: every other field keeps its value.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formSelector, Dictionary<string, string> fields)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
                   ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        return await SubmitAsync(pageUrl, form, fields);
    }

    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IHtmlFormElement form, Dictionary<string, string> fields)
    {
        var values = FormValues(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await Client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>Uploads a file through the page's multipart form as a browser does (with the antiforgery token); returns the answer page.</summary>
    public async Task<IHtmlDocument> UploadAsync(string pageUrl, string fieldName, byte[] file, string fileName, string contentType,
        Dictionary<string, string>? fields = null)
    {
        var page = await GetPageAsync(pageUrl);
        var form = (IHtmlFormElement)page.QuerySelector("form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in FormValues(form).Where(v => fields?.ContainsKey(v.Key) != true).Concat(fields ?? []))
        {
            content.Add(new StringContent(value), name);
        }
        var upload = new ByteArrayContent(file);
        upload.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(upload, fieldName, fileName);
        var response = await Client.PostAsync(form.GetAttribute("action"), content);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await ParseAsync(response);
    }

    /// <summary>The name/value pairs a browser sends for a form: inputs (checked boxes only), selects and text areas.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    continue;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        return values;
    }
}
