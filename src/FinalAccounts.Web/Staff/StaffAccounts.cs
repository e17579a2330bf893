using System.Security.Claims;
using System.Security.Cryptography;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Web.Staff;

/// <summary>A staff account as created by a command: its name, password, roles and departments.</summary>
public sealed record CreatedAccount(string UserName, string Password, IReadOnlyList<string> Roles, IReadOnlyList<string> Departments);

/// <summary>
/// Creates the roles, the first administrator (from the command line, with a password the operator
/// chooses; there is no default), and in development a set of demonstration users with fresh
/// random passwords, printed by the run command.
/// </summary>
public sealed class StaffAccounts(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, FinalAccountsDbContext db, ILogger<StaffAccounts> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }
    }

    /// <summary>Creates a user with roles and department grants; the errors are Identity's (in Chinese) when it is refused.</summary>
    public async Task<IdentityResult> CreateAsync(string userName, string displayName, string password,
        IEnumerable<string> roleNames, IEnumerable<string> departmentCodes)
    {
        await EnsureRolesAsync();
        var user = new StaffUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return result;
        }
        Check(await users.AddToRolesAsync(user, roleNames), $"roles of {userName}");
        var claims = departmentCodes.Select(code => new Claim(StaffClaims.Department, code)).ToList();
        if (claims.Count > 0)
        {
            Check(await users.AddClaimsAsync(user, claims), $"departments of {userName}");
        }
        logger.LogInformation("Staff user {UserName} created", userName);
        return result;
    }

    /// <summary>
    /// Demonstration users for development: an administrator, and for every department with a
    /// disclosure an editor, a reviewer and an auditor. Existing ones get a new password each start.
    /// </summary>
    public async Task<IReadOnlyList<CreatedAccount>> CreateDevelopmentUsersAsync()
    {
        await EnsureRolesAsync();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => db.Disclosures.Any(x => x.DepartmentId == d.Id))
            .OrderBy(d => d.Code).Select(d => d.Code).ToListAsync();
        (string Name, string Display, string Role, IReadOnlyList<string> Departments)[] accounts =
        [
            ("admin", "管理员", StaffRoles.Administrator, []),
            ("editor", "填报人（演示）", StaffRoles.Editor, departments),
            ("editor2", "填报人二（演示）", StaffRoles.Editor, departments),
            ("reviewer", "审核人（演示）", StaffRoles.Reviewer, departments),
            ("auditor", "审计人员（演示）", StaffRoles.Auditor, []),
        ];
        var created = new List<CreatedAccount>();
        foreach (var (name, display, role, grants) in accounts)
        {
            var password = NewPassword();
            var existing = await users.FindByNameAsync(name);
            if (existing is null)
            {
                Check(await CreateAsync(name, display, password, [role], grants), name);
            }
            else
            {
                Check(await users.RemovePasswordAsync(existing), name);
                Check(await users.AddPasswordAsync(existing, password), name);
                await users.SetLockoutEndDateAsync(existing, null);
            }
            created.Add(new CreatedAccount(name, password, [role], grants));
        }
        return created;
    }

    /// <summary>16 characters from an alphabet without look-alikes, always with a digit and a lower-case letter.</summary>
    public static string NewPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz";
        const string digits = "23456789";
        var body = RandomNumberGenerator.GetString(letters + digits + "ABCDEFGHJKLMNPQRSTUVWXYZ", 14);
        return body + RandomNumberGenerator.GetString(letters, 1) + RandomNumberGenerator.GetString(digits, 1);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
