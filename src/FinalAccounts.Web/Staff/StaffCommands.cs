using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Staff;

/// <summary>
/// Command-line tasks of the web application. "create-admin &lt;user name&gt; &lt;display name&gt;" creates an
/// administrator in production; the password is read from standard input (or FINALACCOUNTS_ADMIN_PASSWORD),
/// never given a default.
/// </summary>
internal static class StaffCommands
{
    public const string CreateAdmin = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine($"用法：{CreateAdmin} <用户名> <显示名称>，密码从标准输入读取（或环境变量 FINALACCOUNTS_ADMIN_PASSWORD）。");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("FINALACCOUNTS_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine(StaffPasswordPolicy.Rule);
            Console.Error.Write("密码：");
            password = Console.ReadLine();
        }
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("没有读到密码，未创建账户。");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().RunAsync();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(args[1], args[2], password, [StaffRoles.Administrator], []);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine("未创建账户：" + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }
        await scope.ServiceProvider.GetRequiredService<StaffUserAdministration>()
            .RecordCreatedAsync(new StaffActor("create-admin", "命令行 create-admin"), args[1], [StaffRoles.Administrator], []);
        Console.WriteLine($"已创建管理员“{args[1]}”。");
        return 0;
    }
}
