using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// axe-core finds no WCAG 2.0/2.1 A or AA violation on the public pages and the staff pages, as the
/// browser renders them (contrast, labels, landmarks, ids, table headers). A failure lists each rule,
/// its impact and the offending elements, so it can be fixed without rerunning axe by hand.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserPortal portal)
{
    // A department no other browser test edits: a blank year nobody publishes, and a correction of
    // its seeded 2021, whose checks carry warnings and notes, so each finding style is on a page.
    private const string DraftDepartment = "420111-sfj";
    private const int BlankYear = 2020;
    private const string Blank = $"/staff/disclosures/{DraftDepartment}/2020";
    private const string Correction = $"/staff/disclosures/{DraftDepartment}/2021";

    private static readonly SemaphoreSlim SetupLock = new(1, 1);
    private static Accounts? _accounts;

    static AccessibilityTests() => SetDefaultExpectTimeout(15_000);

    public static TheoryData<string> PublicPages() =>
    [
        "/",
        "/regions/420000",
        // A district: its departments as a table with the kind filter and order.
        "/regions/420104?sort=GrandTotal",
        "/departments/420104-sfj",
        "/disclosures/420104-sfj/2024",
        "/disclosures/420104-sfj/2024/findings",
        "/search?q=司法",
        "/timeliness?region=420000&year=2024",
        "/rules",
        "/check",
        "/compare/years",
        // 蔡甸 has two seeded years: every table, its changes and highlights, and 公开05表's budget against actual.
        "/compare/years?department=420114-sfj&years=2020,2023&threshold=10",
        "/compare/departments",
        // Sortable headings, quartiles and positions; 2021 has 洪山's per-staff figures.
        "/compare/departments?year=2021&region=420000&sort=operatingCosts",
        "/anomalies",
        "/anomalies?region=420000&year=2024",
        "/findings?severity=error&region=420000",
        "/staff/login",
    ];

    public static TheoryData<string> EditorPages() =>
    [
        "/staff",
        Blank,
        $"{Blank}/v1/explanation",
        $"{Blank}/v1/t02",
        Correction,
        $"{Correction}/v2/cover",
        $"{Correction}/v2/profile",
        $"{Correction}/v2/facts",
        $"{Correction}/v2/explanation",
        $"{Correction}/v2/keywork",
        $"{Correction}/v2/glossary",
        $"{Correction}/v2/evaluations",
        $"{Correction}/v2/basicdata",
        $"{Correction}/v2/t02",
        $"{Correction}/v2/t07",
        $"{Correction}/history",
        // A published year: the workspace shows its versions and its checks read-only.
        "/staff/disclosures/420104-sfj/2024",
    ];

    public static TheoryData<string> AdministratorPages() =>
    [
        "/staff/admin/users",
        "/staff/admin/users/import",
        "/staff/admin/regions",
        "/staff/admin/departments",
        $"/staff/admin/departments/{DraftDepartment}",
        "/staff/admin/catalogs",
        "/staff/admin/audit",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task APublicPageHasNoViolations(string address)
    {
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await OpenAsync(page, address);
        await AssertNoViolationsAsync(page, address);
    }

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task AnEditorsPageHasNoViolations(string address)
    {
        var accounts = await AccountsAsync();
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, accounts.EditorName, accounts.EditorPassword);
        await OpenAsync(page, address);
        await AssertNoViolationsAsync(page, address);
    }

    [Theory]
    [MemberData(nameof(AdministratorPages))]
    public async Task AnAdministratorsPageHasNoViolations(string address)
    {
        var accounts = await AccountsAsync();
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await SignInAsync(page, accounts.AdministratorName, accounts.AdministratorPassword);
        await OpenAsync(page, address);
        await AssertNoViolationsAsync(page, address);
    }

    [Fact]
    public async Task TheLoginPageWithItsErrorHasNoViolations()
    {
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await OpenAsync(page, "/staff/login");
        await page.GetByLabel("用户名").FillAsync("nobody-" + Guid.NewGuid().ToString("N")[..8]);
        await page.GetByLabel("密码").FillAsync("wrong password");
        await page.GetByLabel("密码").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, "/staff/login (failed sign-in)");
    }

    /// <summary>The page a wrong address gets: a heading, what to do and where to go, not an empty answer.</summary>
    [Fact]
    public async Task TheNotFoundPageHasNoViolations()
    {
        await using var context = await portal.NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync("/disclosures/420104-sfj/1999");
        response!.Status.Should().Be(404);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("找不到这个页面");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "返回首页" })).ToBeVisibleAsync();
        await AssertNoViolationsAsync(page, "a wrong address (404)");
    }

    private static async Task OpenAsync(IPage page, string address)
    {
        var response = await page.GotoAsync(address);
        response.Should().NotBeNull();
        response!.Ok.Should().BeTrue("{0} should open, not answer {1}", address, response.Status);
    }

    private static async Task AssertNoViolationsAsync(IPage page, string address)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        // The count, not the collection, is asserted: FluentAssertions would append axe's whole JSON.
        result.Violations.Length.Should().Be(0, Describe(address, result.Violations));
    }

    /// <summary>Each violation with what a fix needs: the rule, its impact, and every offending element.</summary>
    private static string Describe(string address, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe found WCAG A/AA violations on {address}:").AppendLine();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes)
            {
                text.AppendLine($"    {node.Target}  {node.Html}");
                // axe's own explanation, e.g. the measured contrast ratio and the colours.
                foreach (var check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.AppendLine("      " + check.Message);
                }
            }
        }
        return text.ToString();
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByLabel("密码").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The editor and administrator, and the two drafts the editor started through the workspace
    /// forms, made once for all cases: the collection's portal lives for the whole run.
    /// </summary>
    private async Task<Accounts> AccountsAsync()
    {
        await SetupLock.WaitAsync();
        try
        {
            if (_accounts is not null)
            {
                return _accounts;
            }
            var accounts = new Accounts("a11y-editor", StaffAccounts.NewPassword(), "a11y-admin", StaffAccounts.NewPassword());
            await using (var scope = portal.Services.CreateAsyncScope())
            {
                var staff = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
                (await staff.CreateAsync(accounts.EditorName, "赵敏（财务科）", accounts.EditorPassword,
                    [StaffRoles.Editor], ["420104-sfj", DraftDepartment])).Succeeded.Should().BeTrue();
                (await staff.CreateAsync(accounts.AdministratorName, "钱立（信息中心）", accounts.AdministratorPassword,
                    [StaffRoles.Administrator], [])).Succeeded.Should().BeTrue();
            }

            await using var context = await portal.NewContextAsync(1280, 900);
            var page = await context.NewPageAsync();
            await SignInAsync(page, accounts.EditorName, accounts.EditorPassword);
            var form = page.Locator("form").Filter(new() { Has = page.Locator($"#year-{DraftDepartment}") });
            await form.GetByLabel("新建年度").FillAsync(BlankYear.ToString());
            await form.GetByLabel("沿用上年内容（文字、结构和科目，金额清空）").UncheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{Blank}$"));

            await page.GotoAsync(Correction);
            await page.GetByLabel("更正说明（随更正版本公开）").FillAsync("核对无障碍检查");
            await page.GetByRole(AriaRole.Button, new() { Name = "新建更正版本" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已新建第 2 版");
            return _accounts = accounts;
        }
        finally
        {
            SetupLock.Release();
        }
    }

    private sealed record Accounts(string EditorName, string EditorPassword, string AdministratorName, string AdministratorPassword);
}
