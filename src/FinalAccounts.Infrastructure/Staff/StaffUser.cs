using Microsoft.AspNetCore.Identity;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// A person who signs in to the staff area. Roles say what they may do; department claims
/// (<see cref="StaffClaims.Department"/>) say for which departments.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The longest the display name the database keeps.</summary>
    public const int MaxDisplayNameLength = 64;

    /// <summary>The name shown in the audit log and on workflow steps, e.g. "张敏（财务科）".</summary>
    public string DisplayName { get; set; } = string.Empty;
}

/// <summary>Who did something: the user's id (for the four-eyes rule) and the name the audit log keeps.</summary>
public sealed record StaffActor(string UserId, string DisplayName);
