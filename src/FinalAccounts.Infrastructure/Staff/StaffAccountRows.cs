using System.Globalization;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// One row of an accounts file as it was written: its row number in the sheet and the text of its four
/// cells. This is what the preview hands to the confirmation form, so that applying checks the very same text again.
/// </summary>
public sealed record AccountRow(int Row, string UserName, string DisplayName, string Roles, string Departments);

/// <summary>An account an import will create: its user name, display name, roles (as <see cref="StaffRoles"/> names) and department codes.</summary>
public sealed record ImportedAccount(int Row, string UserName, string DisplayName, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Departments);

/// <summary>
/// What the rows of an accounts file are checked against: the departments there are, the accounts there
/// already are (by normalized user name), how Identity normalizes a user name and which characters it allows in one.
/// </summary>
internal sealed record AccountRules(
    IReadOnlySet<string> DepartmentCodes,
    IReadOnlySet<string> ExistingUserNames,
    Func<string, string> NormalizeUserName,
    string? AllowedUserNameCharacters);

/// <summary>
/// Checks the rows of an accounts file, each against the rules and against the other rows, and reports
/// every problem with its row ("账户 第5行：…"), so a person can correct the whole file at once.
/// </summary>
public static class StaffAccountRows
{
    public const string SheetName = "账户";
    public const int MaxUserNameLength = 64;
    /// <summary>More accounts than a department's staff; each is created with a slow password hash.</summary>
    public const int MaxAccounts = 200;

    public static IReadOnlyList<string> Columns { get; } = ["用户名", "显示名称", "角色", "部门编码"];

    private static readonly char[] Separators = ['、', ',', '，', ';', '；', ' ', '\u3000', '\t', '\r', '\n'];

    /// <summary>The rows of the sheet as read by <see cref="ListSheet"/>.</summary>
    internal static IReadOnlyList<AccountRow> FromSheet(IReadOnlyList<ListRow> rows) =>
        rows.Select(r => new AccountRow(r.Number, r[0], r[1], r[2], r[3])).ToList();

    /// <summary>A cell that lists several names or codes, split at 、 , ， ; ； or spaces, each once.</summary>
    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The accounts the rows describe, when every row is good; otherwise null, with each problem passed
    /// to <paramref name="problem"/> already naming its row.
    /// </summary>
    internal static IReadOnlyList<ImportedAccount>? Check(IReadOnlyList<AccountRow> rows, AccountRules rules, Action<string> problem)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rules);
        if (rows.Count == 0)
        {
            problem($"{SheetName}：没有填写任何账户。请在表头下面每行填写一个账户。");
            return null;
        }
        if (rows.Count > MaxAccounts)
        {
            problem($"{SheetName}：一次最多导入{MaxAccounts.ToString(CultureInfo.InvariantCulture)}个账户，文件中有" +
                    $"{rows.Count.ToString(CultureInfo.InvariantCulture)}个。请分成几个文件导入。");
            return null;
        }
        var good = true;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var accounts = new List<ImportedAccount>();
        foreach (var row in rows)
        {
            var problems = new List<string>();
            var userName = (row.UserName ?? "").Trim();
            CheckUserName(userName, row.Row, rules, seen, problems);
            var displayName = (row.DisplayName ?? "").Trim();
            if (displayName.Length == 0)
            {
                problems.Add("显示名称为空。请填写记录中显示的名称，如“张敏（财务科）”。");
            }
            else if (DisplayNameProblem(displayName) is { } displayNameProblem)
            {
                problems.Add(displayNameProblem);
            }
            var roles = new List<string>();
            foreach (var name in Split(row.Roles))
            {
                if (StaffRoles.FromChinese(name) is { } role)
                {
                    roles.Add(role);
                }
                else
                {
                    problems.Add($"没有“{TemplateText.Quote(name)}”这个角色。角色只能是{RoleNames}。");
                }
            }
            if (Split(row.Roles).Count == 0)
            {
                problems.Add($"没有填写角色。请至少填写一个角色（{RoleNames}）。");
            }
            var departments = Split(row.Departments);
            foreach (var code in departments.Where(c => !rules.DepartmentCodes.Contains(c)))
            {
                problems.Add($"没有编码为“{TemplateText.Quote(code)}”的部门。");
            }
            foreach (var message in problems)
            {
                problem($"{SheetName} 第{row.Row.ToString(CultureInfo.InvariantCulture)}行：{message}");
            }
            good &= problems.Count == 0;
            accounts.Add(new ImportedAccount(row.Row, userName, displayName, roles.Distinct().ToList(), departments));
        }
        return good ? accounts : null;
    }

    /// <summary>
    /// Why a display name (given, trimmed) cannot be kept: longer than the column, or with an invisible
    /// character that would be written into every log and workbook. The users page checks the same.
    /// </summary>
    public static string? DisplayNameProblem(string displayName) =>
        displayName.Length > StaffUser.MaxDisplayNameLength
            ? $"显示名称超过{StaffUser.MaxDisplayNameLength.ToString(CultureInfo.InvariantCulture)}个字。"
            : Domain.TextInput.Problem(displayName, multiline: false) is { } problem ? "显示名称：" + problem
            : null;

    private static string RoleNames => string.Join("、", StaffRoles.All.Select(StaffRoles.ToChinese));

    private static void CheckUserName(string userName, int row, AccountRules rules, Dictionary<string, int> seen, List<string> problems)
    {
        if (userName.Length == 0)
        {
            problems.Add("用户名为空。");
            return;
        }
        if (userName.Length > MaxUserNameLength)
        {
            problems.Add($"用户名超过{MaxUserNameLength.ToString(CultureInfo.InvariantCulture)}个字符。");
            return;
        }
        var allowed = rules.AllowedUserNameCharacters;
        if (!string.IsNullOrEmpty(allowed) && userName.FirstOrDefault(c => !allowed.Contains(c)) is var bad and not '\0')
        {
            var symbols = string.Concat(allowed.Where(c => !char.IsAsciiLetterOrDigit(c)));
            problems.Add($"用户名“{TemplateText.Quote(userName)}”含有不能使用的字符“{bad}”。用户名只能使用英文字母、数字" +
                         (symbols.Length == 0 ? "。" : $"和“{symbols}”。"));
            return;
        }
        var normalized = rules.NormalizeUserName(userName);
        if (seen.TryGetValue(normalized, out var first))
        {
            problems.Add($"用户名“{userName}”与第{first.ToString(CultureInfo.InvariantCulture)}行重复。");
            return;
        }
        seen[normalized] = row;
        if (rules.ExistingUserNames.Contains(normalized))
        {
            problems.Add($"用户名“{userName}”已经存在，不能再新建。");
        }
    }
}
