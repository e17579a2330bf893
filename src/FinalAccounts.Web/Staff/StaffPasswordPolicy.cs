using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;

namespace FinalAccounts.Web.Staff;

/// <summary>
/// The password rule of staff accounts, stated once for Identity, the create-admin command and the
/// README: at least 12 characters with a letter and a digit, at least 5 different characters, not a
/// commonly used password and not the user name.
/// </summary>
internal sealed class StaffPasswordPolicy : IPasswordValidator<StaffUser>
{
    public const int MinimumLength = 12;
    public const int MinimumDistinctCharacters = 5;

    /// <summary>The rule in a sentence, as the command and the forms say it.</summary>
    public static readonly string Rule =
        $"密码至少 {MinimumLength} 位，须包含字母和数字、至少 {MinimumDistinctCharacters} 个不同字符，不能是常用密码，也不能包含用户名。";

    // Passwords that lead every published list of leaked passwords, padded out to the minimum length
    // the way people pad them; compared case-insensitively, with the digits and letters around them.
    private static readonly string[] Common =
    [
        "password", "passw0rd", "qwerty", "qwertyuiop", "asdfgh", "zxcvbn", "abc123", "abcdef", "admin", "administrator",
        "welcome", "letmein", "iloveyou", "monkey", "dragon", "sunshine", "princess", "football", "baseball", "master",
        "123456", "1234567890", "111111", "000000", "woaini", "aini1314", "5201314", "1qaz2wsx", "qazwsx", "zaq12wsx",
        "changeme", "default", "test", "guest", "root", "user", "finalaccounts",
    ];

    public static void Configure(PasswordOptions options)
    {
        options.RequiredLength = MinimumLength;
        options.RequiredUniqueChars = MinimumDistinctCharacters;
        options.RequireDigit = true;
        // A letter of either case (checked below); Identity would insist on a lower-case one.
        options.RequireLowercase = false;
        options.RequireUppercase = false;
        options.RequireNonAlphanumeric = false;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var text = password ?? "";
        var errors = new List<IdentityError>();
        if (!text.Any(char.IsAsciiLetter))
        {
            errors.Add(new IdentityError { Code = "PasswordRequiresLetter", Description = "密码须包含字母。" });
        }
        if (IsCommon(text))
        {
            errors.Add(new IdentityError { Code = "PasswordTooCommon", Description = "这是常用密码，容易被猜中，请换一个。" });
        }
        if (user.UserName is { Length: >= 3 } name && text.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new IdentityError { Code = "PasswordContainsUserName", Description = "密码不能包含用户名。" });
        }
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    /// <summary>A common password, alone or with only digits, repeats and punctuation around it ("Password2024!", "qwerty123456").</summary>
    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        var letters = new string([.. lower.Where(char.IsAsciiLetter)]);
        return Common.Any(common => lower.Contains(common, StringComparison.Ordinal) && Leftover(lower, common).All(c => !char.IsAsciiLetter(c)))
               || (letters.Length > 0 && letters.Distinct().Count() == 1)
               || lower.Distinct().Count() <= 2;
    }

    private static string Leftover(string text, string common)
    {
        var at = text.IndexOf(common, StringComparison.Ordinal);
        return text.Remove(at, common.Length);
    }
}
