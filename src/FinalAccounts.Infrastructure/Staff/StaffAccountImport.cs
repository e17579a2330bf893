using System.Security.Claims;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Workbooks;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// What an uploaded accounts file holds: its rows as written, the accounts they describe, and every
/// problem found (each naming its row). Only a file without problems can be applied.
/// </summary>
public sealed record AccountImportPreview(IReadOnlyList<AccountRow> Rows, IReadOnlyList<ImportedAccount> Accounts,
    IReadOnlyList<string> Problems)
{
    public bool CanApply => Problems.Count == 0 && Accounts.Count > 0;
}

/// <summary>An account an import created, with the initial password to hand over once (it is kept nowhere).</summary>
public sealed record IssuedAccount(string UserName, string DisplayName, string Password);

/// <summary>What became of applying an accounts file: the accounts created, or why none was.</summary>
public sealed record AccountImportResult(IReadOnlyList<IssuedAccount> Created, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    internal static AccountImportResult Refused(IReadOnlyList<string> problems) => new([], problems);
}

/// <summary>
/// The administrators' bulk creation of staff accounts from a workbook (sheet 账户: 用户名, 显示名称,
/// 角色, 部门编码): a sample file, a preview that checks every row and lists every problem, and the
/// creation of all accounts in one transaction — all or none — each with a fresh initial password and an
/// entry in the administration log. Applying checks the rows again against the database as it is then,
/// so a file applied twice is refused the second time.
/// </summary>
public sealed class StaffAccountImport(UserManager<StaffUser> users, FinalAccountsDbContext db, StaffUserAdministration administration)
{
    /// <summary>How the file is named in messages.</summary>
    public const string Noun = "账户表";
    public const string SampleFileName = "账户导入样表.xlsx";
    public const string ContentType = ListWorkbook.ContentType;
    public const long MaxBytes = UploadedWorkbook.MaxBytes;
    /// <summary>The most accounts one file may create.</summary>
    public const int MaxAccounts = StaffAccountRows.MaxAccounts;

    /// <summary>The sample workbook: the heading row and two example accounts of the seeded 硚口区司法局.</summary>
    public static byte[] Sample(DateTimeOffset timestamp) => ListWorkbook.Write(
    [
        new ListSheetData(StaffAccountRows.SheetName, StaffAccountRows.Columns,
        [
            ["zhangmin", "张敏（财务科）", "填报人", "420104-sfj"],
            ["lihua", "李华（办公室）", "审核人、审计人员", "420104-sfj"],
        ]),
    ], timestamp);

    /// <summary>Reads and checks an uploaded file; nothing is written.</summary>
    public async Task<AccountImportPreview> PreviewAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        var problems = new TemplateProblems();
        IReadOnlyList<AccountRow>? rows = null;
        using (var workbook = UploadedWorkbook.Open(stream, Noun, problems.File))
        {
            if (workbook is not null && ListSheet.Read(workbook, StaffAccountRows.SheetName, StaffAccountRows.Columns, problems) is { } read)
            {
                rows = StaffAccountRows.FromSheet(read);
            }
        }
        if (rows is null)
        {
            return new AccountImportPreview([], [], Messages(problems));
        }
        var accounts = StaffAccountRows.Check(rows, await RulesAsync(cancellationToken), problems.File);
        return new AccountImportPreview(rows, accounts ?? [], Messages(problems));
    }

    /// <summary>
    /// Creates the accounts of the rows, checked again here as they stand now, in one transaction: either
    /// every account is created with its roles, departments and log entry, or none is.
    /// </summary>
    /// <param name="newPassword">Gives each account its initial password.</param>
    public async Task<AccountImportResult> ApplyAsync(IReadOnlyList<AccountRow> rows, Func<string> newPassword, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(newPassword);
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var problems = new TemplateProblems();
        var accounts = StaffAccountRows.Check(rows, await RulesAsync(cancellationToken), problems.File);
        if (accounts is null)
        {
            return AccountImportResult.Refused(Messages(problems));
        }
        var created = new List<IssuedAccount>();
        try
        {
            foreach (var account in accounts)
            {
                var password = newPassword();
                var user = new StaffUser { UserName = account.UserName, DisplayName = account.DisplayName, LockoutEnabled = true };
                var result = await users.CreateAsync(user, password);
                if (result.Succeeded)
                {
                    result = await users.AddToRolesAsync(user, account.Roles);
                }
                if (result.Succeeded && account.Departments.Count > 0)
                {
                    result = await users.AddClaimsAsync(user, account.Departments.Select(code => new Claim(StaffClaims.Department, code)));
                }
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return AccountImportResult.Refused(
                        [$"{StaffAccountRows.SheetName} 第{account.Row}行：{string.Join(" ", result.Errors.Select(e => e.Description))}没有创建任何账户。"]);
                }
                await administration.RecordCreatedAsync(actor, account.UserName, account.Roles, account.Departments, cancellationToken);
                created.Add(new IssuedAccount(account.UserName, account.DisplayName, password));
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another import (or the users page) created one of these names after the check above.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var taken = await ExistingAsync(accounts.Select(a => a.UserName), cancellationToken);
            return AccountImportResult.Refused(
                [$"没有创建任何账户：{(taken.Count == 0 ? "同时有其他人在创建账户" : $"账户“{string.Join("”“", taken)}”刚刚已被创建")}。请重新上传文件检查。"]);
        }
        return new AccountImportResult(created, []);
    }

    private async Task<AccountRules> RulesAsync(CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().Select(d => d.Code).ToListAsync(cancellationToken);
        var existing = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName != null)
            .Select(u => u.NormalizedUserName!).ToListAsync(cancellationToken);
        return new AccountRules(departments.ToHashSet(StringComparer.Ordinal), existing.ToHashSet(StringComparer.Ordinal),
            name => users.NormalizeName(name) ?? name, users.Options.User.AllowedUserNameCharacters);
    }

    private async Task<IReadOnlyList<string>> ExistingAsync(IEnumerable<string> userNames, CancellationToken cancellationToken)
    {
        var normalized = userNames.Select(n => users.NormalizeName(n)).ToList();
        return await db.Users.AsNoTracking().Where(u => normalized.Contains(u.NormalizedUserName!))
            .OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(cancellationToken);
    }

    private static IReadOnlyList<string> Messages(TemplateProblems problems) => problems.ToList().Select(p => p.Message).ToList();
}
