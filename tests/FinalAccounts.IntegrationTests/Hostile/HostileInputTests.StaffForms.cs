using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;

namespace FinalAccounts.IntegrationTests.Hostile;

public sealed partial class HostileInputTests
{
    private static readonly string[] PartSegments = ["cover", "profile", "facts", "explanation", "keywork", "glossary", "evaluations"];

    /// <summary>
    /// Each kind of field of the seven part forms of a draft (title, duties, counts, 万元 amounts, the
    /// 说明's texts and figures, key work, glossary terms and codes, evaluation indicators) with every value.
    /// </summary>
    [Fact]
    public async Task EveryPartFormFieldKindRefusesOrKeepsEachHostileValueAndChangesNothingWhenRefused()
    {
        var editor = await SignInAsync(StaffRoles.Editor, Department);
        var key = await DraftAsync();
        var run = await StartAsync("part forms");

        foreach (var segment in PartSegments)
        {
            var url = StaffPaths.Edit(key.DepartmentCode, key.Year, key.Number, segment);
            var form = (await editor.GetPageAsync(url)).QuerySelector("form.part-form")!;
            foreach (var (field, numeric) in FieldsOf(form, n => n.StartsWith("Input.", StringComparison.Ordinal)))
            {
                await FieldCasesAsync(run, editor, segment, url, "form.part-form", field, numeric ? NumberKept : TextKept, Values);
            }
        }

        run.Finish(atLeast: 500);
    }

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
