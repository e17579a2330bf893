using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FluentAssertions;
using Xunit;

namespace FinalAccounts.UnitTests.Staff;

/// <summary>The rows of an accounts file: each checked against the rules and the other rows, every problem named with its row.</summary>
public sealed class StaffAccountRowsTests
{
    private static readonly AccountRules Rules = new(
        new HashSet<string> { "420104-sfj", "420111-sfj" },
        new HashSet<string> { "EXISTING" },
        name => name.ToUpperInvariant(),
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+");

    private static (IReadOnlyList<ImportedAccount>? Accounts, List<string> Problems) Check(params AccountRow[] rows)
    {
        var problems = new List<string>();
        return (StaffAccountRows.Check(rows, Rules, problems.Add), problems);
    }

    [Fact]
    public void GoodRowsBecomeAccountsWithRolesAndDepartmentsSplitAtAnySeparator()
    {
        var (accounts, problems) = Check(
            new AccountRow(2, " zhangmin ", "张敏（财务科）", "填报人、审核人", "420104-sfj，420111-sfj"),
            new AccountRow(3, "li.hua", "李华", "审计人员, 管理员 审核人", ""));

        problems.Should().BeEmpty();
        accounts!.Should().HaveCount(2);
        accounts![0].Should().BeEquivalentTo(new ImportedAccount(2, "zhangmin", "张敏（财务科）",
            [StaffRoles.Editor, StaffRoles.Reviewer], ["420104-sfj", "420111-sfj"]));
        accounts![1].Roles.Should().Equal(StaffRoles.Auditor, StaffRoles.Administrator, StaffRoles.Reviewer);
        accounts[1].Departments.Should().BeEmpty();
    }

    [Fact]
    public void ADisplayNameWithAnInvisibleCharacterIsRefusedAsOnTheUsersPage()
    {
        var (accounts, problems) = Check(new AccountRow(2, "ok", "张敏\u000B财务科", "填报人", "420104-sfj"));

        accounts.Should().BeNull();
        problems.Should().ContainSingle().Which.Should().StartWith("账户 第2行：显示名称：第 3 个字是不可见的控制字符 U+000B");
    }

    [Fact]
    public void EveryProblemOfEveryRowIsReportedWithItsRow()
    {
        var (accounts, problems) = Check(
            new AccountRow(2, "ok", "正常", "填报人", "420104-sfj"),
            new AccountRow(3, "bad name", "", "审批人", "420999-xx"),
            new AccountRow(4, "OK", "重复", "", ""),
            new AccountRow(5, "existing", new string('长', StaffUser.MaxDisplayNameLength + 1), "管理员", ""),
            new AccountRow(6, "", "无名", "管理员", ""),
            new AccountRow(7, new string('a', StaffAccountRows.MaxUserNameLength + 1), "太长", "管理员", ""));

        accounts.Should().BeNull();
        problems.Should().Equal(
            "账户 第3行：用户名“bad name”含有不能使用的字符“ ”。用户名只能使用英文字母、数字和“-._@+”。",
            "账户 第3行：显示名称为空。请填写记录中显示的名称，如“张敏（财务科）”。",
            "账户 第3行：没有“审批人”这个角色。角色只能是管理员、填报人、审核人、审计人员。",
            "账户 第3行：没有编码为“420999-xx”的部门。",
            "账户 第4行：用户名“OK”与第2行重复。",
            "账户 第4行：没有填写角色。请至少填写一个角色（管理员、填报人、审核人、审计人员）。",
            "账户 第5行：用户名“existing”已经存在，不能再新建。",
            "账户 第5行：显示名称超过64个字。",
            "账户 第6行：用户名为空。",
            "账户 第7行：用户名超过64个字符。");
    }

    [Fact]
    public void AnEmptyListAndAnOverlongOneAreRefused()
    {
        Check().Problems.Should().ContainSingle().Which.Should().StartWith("账户：没有填写任何账户");
        var many = Enumerable.Range(0, StaffAccountRows.MaxAccounts + 1)
            .Select(i => new AccountRow(i + 2, $"u{i}", "某人", "填报人", "")).ToArray();
        var (accounts, problems) = Check(many);
        accounts.Should().BeNull();
        problems.Should().ContainSingle().Which.Should().Contain("一次最多导入200个账户");
    }

    [Fact]
    public void RolesAreNamedInChinese()
    {
        StaffRoles.FromChinese("审核人").Should().Be(StaffRoles.Reviewer);
        StaffRoles.FromChinese(" 审计 人员 ").Should().Be(StaffRoles.Auditor);
        StaffRoles.FromChinese("审批人").Should().BeNull();
        StaffRoles.FromChinese("editor").Should().BeNull();
        StaffRoles.All.Select(StaffRoles.ToChinese).Select(StaffRoles.FromChinese).Should().Equal(StaffRoles.All);
    }

    [Fact]
    public void TheSampleFileReadsBackAsTwoGoodAccounts()
    {
        var problems = new TemplateProblems();
        using var workbook = UploadedWorkbook.Open(new MemoryStream(StaffAccountImport.Sample(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))),
            StaffAccountImport.Noun, problems.File);
        var rows = ListSheet.Read(workbook!, StaffAccountRows.SheetName, StaffAccountRows.Columns, problems);

        problems.Any.Should().BeFalse();
        var checkProblems = new List<string>();
        var accounts = StaffAccountRows.Check(StaffAccountRows.FromSheet(rows!), Rules, checkProblems.Add);
        checkProblems.Should().BeEmpty();
        accounts!.Select(a => (a.Row, a.UserName)).Should().Equal((2, "zhangmin"), (3, "lihua"));
        accounts![1].Roles.Should().Equal(StaffRoles.Reviewer, StaffRoles.Auditor);
    }
}
