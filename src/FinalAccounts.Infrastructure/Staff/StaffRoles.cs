namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// The four staff roles. Editors and reviewers act only for the departments they hold a claim
/// for; auditors read every published version and the drafts of departments they are granted;
/// administrators manage regions, departments, users and catalogs, and withdraw versions.
/// </summary>
public static class StaffRoles
{
    public const string Administrator = "administrator";
    public const string Editor = "editor";
    public const string Reviewer = "reviewer";
    public const string Auditor = "auditor";

    public static IReadOnlyList<string> All { get; } = [Administrator, Editor, Reviewer, Auditor];

    public static string ToChinese(string role) => role switch
    {
        Administrator => "管理员",
        Editor => "填报人",
        Reviewer => "审核人",
        Auditor => "审计人员",
        _ => role,
    };

    /// <summary>The role a Chinese name ("填报人") stands for, or null when no role has that name; spaces do not count.</summary>
    public static string? FromChinese(string? name)
    {
        var text = string.Concat((name ?? "").Where(c => !char.IsWhiteSpace(c)));
        return All.FirstOrDefault(role => ToChinese(role) == text);
    }
}

public static class StaffClaims
{
    /// <summary>The claim naming a department (by code) a user works for; one claim per department.</summary>
    public const string Department = "finalaccounts:department";
}
