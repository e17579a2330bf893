using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.IntegrationTests.Staff;

/// <summary>The staff password rule, as account creation (the create-admin command's path) enforces it, in Chinese.</summary>
public sealed class PasswordPolicyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("aaaaaaaaa1", "至少 12 位")]
    [InlineData("aaaaaaaaaaa1", "常用密码")]
    [InlineData("Password2024", "常用密码")]
    [InlineData("qwerty123456", "常用密码")]
    [InlineData("1234567890123", "须包含字母")]
    [InlineData("abcdefghijklm", "须包含数字")]
    [InlineData("pw-checker-x9Tq", "不能包含用户名")]
    public async Task AWeakPasswordIsRefusedWithTheReason(string password, string reason)
    {
        portal.CreateClient();
        await using var scope = portal.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync("pw-checker", "密码检查", password, [StaffRoles.Administrator], []);

        result.Succeeded.Should().BeFalse();
        string.Join(" ", result.Errors.Select(e => e.Description)).Should().Contain(reason);
    }

    [Fact]
    public async Task AGeneratedPasswordAndALongPassphraseAreAccepted()
    {
        portal.CreateClient();
        await using var scope = portal.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();

        (await accounts.CreateAsync("pw-generated", "生成", StaffAccounts.NewPassword(), [StaffRoles.Editor], ["420104-sfj"]))
            .Succeeded.Should().BeTrue();
        (await accounts.CreateAsync("pw-phrase", "口令", "hanyang-river-7-bridges", [StaffRoles.Editor], ["420104-sfj"]))
            .Succeeded.Should().BeTrue();
    }
}
