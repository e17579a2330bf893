using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Xunit.Abstractions;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>The hostile-input corpus on the nine table grids of a draft.</summary>
public sealed class HostileTableGridTests(PortalFactory portal, ITestOutputHelper output)
    : HostileInputTests(portal, output)
{
    /// <summary>A cell of each of the nine tables and its 空表说明, with every value.</summary>
    [Fact]
    public async Task EveryTableGridRefusesOrKeepsEachHostileValueAndChangesNothingWhenRefused()
    {
        var editor = await SignInAsync(StaffRoles.Editor, Department);
        var key = await DraftAsync();
        var run = await StartAsync("table grids");

        for (var table = 1; table <= 9; table++)
        {
            var segment = $"t0{table}";
            var url = StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, segment);
            var form = (await editor.GetPageAsync(url)).QuerySelector("#table-form")!;
            foreach (var (field, numeric) in FieldsOf(form, n => n.StartsWith("Cells[", StringComparison.Ordinal) || n == "EmptyStatement"))
            {
                await FieldCasesAsync(run, editor, segment, url, "#table-form", field, numeric ? NumberKept : TextKept, Values);
            }
        }

        run.Finish(atLeast: 400);
    }
}
