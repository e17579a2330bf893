using System.Security.Claims;
using FinalAccounts.Domain;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// A staff account as the administrator's list shows it: its roles, its departments (by code), whether
/// it is locked (after wrong passwords) and whether it is deactivated (it may not sign in at all).
/// </summary>
public sealed record StaffUserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles,
    IReadOnlyList<string> Departments, bool LockedOut, bool Deactivated = false);

/// <summary>What became of an administrator's change to an account: done, refused with the reason, or no such account.</summary>
public sealed record AccountChangeResult(bool Found, bool Succeeded, string Message)
{
    internal static AccountChangeResult UserNotFound { get; } = new(false, false, string.Empty);
    internal static AccountChangeResult Done(string message) => new(true, true, message);
    internal static AccountChangeResult Refused(string message) => new(true, false, message);
}

/// <summary>
/// The administrator's work on existing staff accounts: the list with roles and departments, changing
/// what an account may do and for which departments, unlocking it and setting a new password. A change
/// of roles or departments renews the security stamp, so it reaches the user's session within a minute.
/// </summary>
public sealed class StaffUserAdministration(UserManager<StaffUser> users, FinalAccountsDbContext db, TimeProvider clock)
{
    /// <summary>How many accounts the administrators' list shows on a page.</summary>
    public const int PageSize = 50;

    /// <summary>
    /// One page of the accounts by user name, read with their roles and department grants in one query:
    /// those whose user name or display name contains <paramref name="filter"/>, or that are granted the
    /// department whose code it is; all without one. A province has thousands of accounts.
    /// </summary>
    public async Task<ListPage<StaffUserRow>> UsersAsync(string? filter, int page, CancellationToken cancellationToken = default)
    {
        var accounts = db.Users.AsNoTracking();
        if (TextInput.Filter(filter) is { } text)
        {
            accounts = accounts.Where(u => u.UserName!.Contains(text) || u.DisplayName.Contains(text)
                || db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == StaffClaims.Department && c.ClaimValue == text));
        }
        return await ListPage.ReadAsync(accounts.OrderBy(u => u.UserName), page, PageSize, RowsAsync, cancellationToken);
    }

    private async Task<IReadOnlyList<StaffUserRow>> RowsAsync(IQueryable<StaffUser> accounts, CancellationToken cancellationToken)
    {
        var rows = await accounts
            .Select(u => new
            {
                u.Id, u.UserName, u.DisplayName, u.LockoutEnabled, u.LockoutEnd,
                Roles = (from userRole in db.UserRoles
                         join role in db.Roles on userRole.RoleId equals role.Id
                         where userRole.UserId == u.Id
                         select role.Name!).ToList(),
                Departments = db.UserClaims
                    .Where(c => c.UserId == u.Id && c.ClaimType == StaffClaims.Department)
                    .OrderBy(c => c.ClaimValue)
                    .Select(c => c.ClaimValue!).ToList(),
            })
            // The portal splits collection queries by default; a page of accounts with a handful of
            // roles and grants each is cheaper read in one round trip.
            .AsSingleQuery()
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // As Identity decides it: an account is locked while lockout is enabled and its end has not passed.
        return rows.Select(u => new StaffUserRow(u.Id, u.UserName ?? "", u.DisplayName, u.Roles, u.Departments,
                u.LockoutEnabled && u.LockoutEnd >= now && u.LockoutEnd != Deactivated, u.LockoutEnabled && u.LockoutEnd == Deactivated))
            .ToList();
    }

    /// <summary>The names of the departments with these codes, by code; a code of no department is left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> DepartmentNamesAsync(IReadOnlyCollection<string> codes,
        CancellationToken cancellationToken = default)
    {
        var list = codes.Distinct().ToList();
        return await db.Departments.AsNoTracking().Where(d => list.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, d => d.Name, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Why the roles or departments cannot be granted — the first one that does not exist — or null when all do.</summary>
    public async Task<string?> UnknownGrantAsync(IReadOnlyCollection<string> roles, IReadOnlyCollection<string> departmentCodes,
        CancellationToken cancellationToken = default)
    {
        // Only a well-formed code is looked up: a typed one may hold anything, a NUL among it, which PostgreSQL refuses.
        var codes = departmentCodes.Where(Department.IsValidCode).ToList();
        var known = await db.Departments.Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken);
        var unknownRole = roles.FirstOrDefault(r => !StaffRoles.All.Contains(r));
        var unknownDepartment = departmentCodes.FirstOrDefault(c => !known.Contains(c));
        return unknownRole is not null ? $"没有“{Shown(unknownRole)}”这个角色。"
            : unknownDepartment is not null ? $"没有编码为“{Shown(unknownDepartment)}”的部门。"
            : null;

        // What was posted, named back readable: control characters as spaces, a long one cut short.
        static string Shown(string posted) => Workbooks.TemplateText.Quote(TextInput.Filter(posted) ?? "");
    }

    /// <summary>
    /// Gives an account exactly these roles and departments. Refused when it would have no role, when a
    /// role or department does not exist, or when administrators would take their own administrator role.
    /// </summary>
    /// <param name="actor">The administrator making the change.</param>
    public async Task<AccountChangeResult> UpdateGrantsAsync(string? userId, IReadOnlyCollection<string> roles,
        IReadOnlyCollection<string> departmentCodes, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountChangeResult.UserNotFound;
        }
        if (roles.Count == 0)
        {
            return AccountChangeResult.Refused($"“{user.UserName}”至少要有一个角色。");
        }
        if (await UnknownGrantAsync(roles, departmentCodes, cancellationToken) is { } unknown)
        {
            return AccountChangeResult.Refused(unknown);
        }
        if (user.Id == actor.UserId && !roles.Contains(StaffRoles.Administrator))
        {
            return AccountChangeResult.Refused("不能取消自己的管理员角色，以免无人管理。");
        }
        var currentRoles = await users.GetRolesAsync(user);
        var before = Grants(currentRoles, (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffClaims.Department).Select(c => c.Value));
        await users.RemoveFromRolesAsync(user, currentRoles.Except(roles));
        await users.AddToRolesAsync(user, roles.Except(currentRoles));
        var claims = (await users.GetClaimsAsync(user)).Where(c => c.Type == StaffClaims.Department).ToList();
        await users.RemoveClaimsAsync(user, claims.Where(c => !departmentCodes.Contains(c.Value)));
        await users.AddClaimsAsync(user, departmentCodes.Except(claims.Select(c => c.Value)).Select(code => new Claim(StaffClaims.Department, code)));
        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(actor, user.UserName, "修改角色和部门", before, Grants(roles, departmentCodes), cancellationToken);
        return AccountChangeResult.Done($"已更新“{user.UserName}”的角色和部门。");
    }

    /// <summary>
    /// A deactivated account is locked out for good: Identity refuses its sign-in like any lockout, and the
    /// renewed security stamp ends its sessions within a minute. Its history stays under its name.
    /// </summary>
    public static readonly DateTimeOffset Deactivated = DateTimeOffset.MaxValue;

    /// <summary>Stops an account signing in (a person who left); refused for the administrator's own account.</summary>
    public async Task<AccountChangeResult> DeactivateAsync(string? userId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountChangeResult.UserNotFound;
        }
        if (user.Id == actor.UserId)
        {
            return AccountChangeResult.Refused("不能停用自己的账户。");
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, Deactivated);
        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(actor, user.UserName, "停用", "在用", "停用", cancellationToken);
        return AccountChangeResult.Done($"已停用“{user.UserName}”：不能再登录，已有的记录保留。");
    }

    /// <summary>Lets a deactivated account sign in again.</summary>
    public async Task<AccountChangeResult> ReactivateAsync(string? userId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountChangeResult.UserNotFound;
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await RecordAsync(actor, user.UserName, "启用", "停用", "在用", cancellationToken);
        return AccountChangeResult.Done($"已启用“{user.UserName}”。");
    }

    /// <summary>Ends an account's lockout and forgets its wrong passwords.</summary>
    public async Task<AccountChangeResult> UnlockAsync(string? userId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountChangeResult.UserNotFound;
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await RecordAsync(actor, user.UserName, "解锁", null, null, cancellationToken);
        return AccountChangeResult.Done($"已解锁“{user.UserName}”。");
    }

    /// <summary>Replaces an account's password; the message carries it, to be shown once and handed over.</summary>
    public async Task<AccountChangeResult> ResetPasswordAsync(string? userId, string password, StaffActor actor,
        CancellationToken cancellationToken = default)
    {
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountChangeResult.UserNotFound;
        }
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, password);
        await users.UpdateSecurityStampAsync(user);
        // The password itself is never logged.
        await RecordAsync(actor, user.UserName, "重置密码", null, null, cancellationToken);
        return AccountChangeResult.Done($"“{user.UserName}”的新密码：{password}（只显示这一次，请交给本人）");
    }

    /// <summary>Logs an account created by the users page or the create-admin command.</summary>
    public Task RecordCreatedAsync(StaffActor actor, string userName, IEnumerable<string> roles, IEnumerable<string> departmentCodes,
        CancellationToken cancellationToken = default) =>
        RecordAsync(actor, userName.Trim(), "新建账户", null, Grants(roles, departmentCodes), cancellationToken);

    /// <summary>The administration log, newest first, filtered by subject and by the administrator (either part of a name).</summary>
    public async Task<IReadOnlyList<AdministrationEntry>> LogAsync(string? subject, string? actor, int limit = 500,
        CancellationToken cancellationToken = default)
    {
        var entries = db.AdministrationEntries.AsNoTracking();
        if (TextInput.Filter(subject) is { } subjectText)
        {
            entries = entries.Where(e => e.Subject.Contains(subjectText));
        }
        if (TextInput.Filter(actor) is { } actorText)
        {
            entries = entries.Where(e => e.UserName.Contains(actorText));
        }
        return await entries.OrderByDescending(e => e.Id).Take(limit).ToListAsync(cancellationToken);
    }

    private async Task RecordAsync(StaffActor actor, string? userName, string action, string? before, string? after,
        CancellationToken cancellationToken)
    {
        Administration.AdministrationLog.Add(db, clock.GetUtcNow(), actor, AdministrationEntry.Account(userName), action, before, after);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Grants(IEnumerable<string> roles, IEnumerable<string> departmentCodes)
    {
        var departments = departmentCodes.Order(StringComparer.Ordinal).ToList();
        return $"角色：{string.Join("、", roles.Order(StringComparer.Ordinal).Select(StaffRoles.ToChinese))}；" +
               $"部门：{(departments.Count == 0 ? "无" : string.Join("、", departments))}";
    }
}
