using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Web.Staff;
using Xunit.Abstractions;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>The hostile-input corpus on the seven part forms of a draft.</summary>
public sealed class HostilePartFormTests(PortalFactory portal, ITestOutputHelper output)
    : HostileInputTests(portal, output)
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
}
