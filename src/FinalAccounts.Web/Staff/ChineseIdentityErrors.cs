using Microsoft.AspNetCore.Identity;

namespace FinalAccounts.Web.Staff;

/// <summary>Identity's messages (password rules, duplicate names) in Chinese, for the administrator's user forms.</summary>
internal sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"密码至少 {length} 位。");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "密码须包含数字。");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "密码须包含小写字母。");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "密码须包含大写字母。");
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "密码须包含字母和数字以外的符号。");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"密码须包含至少 {uniqueChars} 个不同字符。");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。");
    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"用户名“{userName}”无效：只能使用字母、数字和 - . _ @。");
    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), $"角色“{role}”已存在。");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"用户已有角色“{role}”。");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "原密码不正确。");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "该用户刚被其他人修改，请刷新后重试。");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
