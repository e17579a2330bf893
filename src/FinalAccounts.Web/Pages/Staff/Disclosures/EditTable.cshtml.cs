using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Staff.Tables;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Disclosures;

/// <summary>
/// Edits one of the nine tables of a draft, laid out as published, with the sums its identities call
/// for beside the figures and the validator's findings on the cells they concern. Adding or removing
/// rows re-renders the posted form without saving; saving parses every amount first and writes the
/// table in one piece, refused (with everything typed kept on the page) when an amount is unreadable,
/// a code is unknown or someone else saved the table since the page was opened.
/// </summary>
// A large 公开02表 posts well over a thousand fields (seven amounts per row), the framework's default limit.
[RequestFormLimits(ValueCountLimit = 10_000)]
public sealed class EditTableModel(DraftEditor editor, DisclosureWorkflow workflow, CatalogLookup catalog) : PageModel
{
    [FromRoute] public string DepartmentCode { get; set; } = string.Empty;
    [FromRoute] public int Year { get; set; }
    [FromRoute(Name = "version")] public int VersionNumber { get; set; }
    [FromRoute(Name = "table")] public string Segment { get; set; } = string.Empty;

    /// <summary>The token of the table as the page was opened; a save against a changed table is refused.</summary>
    [BindProperty] public string? Fingerprint { get; set; }
    /// <summary>The rows added by code that the page shows.</summary>
    [BindProperty] public List<string> Codes { get; set; } = [];
    [BindProperty] public List<string> Remove { get; set; } = [];
    [BindProperty] public string? NewCode { get; set; }
    /// <summary>Every amount by its cell key ("2040601:basic"), as typed.</summary>
    [BindProperty] public Dictionary<string, string?> Cells { get; set; } = [];
    [BindProperty] public string? EmptyStatement { get; set; }

    public PublishedTable Table { get; private set; }
    /// <summary>The version's content as saved (a draft, or a locked version shown read-only).</summary>
    public DisclosureContent Saved { get; private set; } = null!;
    public TableForm Form { get; private set; } = null!;
    public FormAmounts Amounts { get; private set; } = null!;
    public ILookup<string, RunningTotal> Totals { get; private set; } = null!;
    public TableFindings Findings { get; private set; } = null!;
    public bool Editable { get; private set; }
    public string? ReadOnlyReason { get; private set; }

    /// <summary>Why the posted form was not saved; its cell problems are listed with it.</summary>
    public string? Refusal { get; private set; }
    public IReadOnlyList<CellProblem> Problems { get; private set; } = [];
    /// <summary>Saved rows removed from the form but not yet saved; posted back as removed.</summary>
    public IReadOnlyList<string> PendingRemovals { get; private set; } = [];
    /// <summary>Rows added or removed, not yet saved.</summary>
    public string? Done { get; private set; }

    public string Self => StaffPaths.Edit(DepartmentCode, Year, VersionNumber, Segment);

    private VersionKey Key => new(DepartmentCode, Year, VersionNumber);

    private ContentPart Part => StaffParts.TablePart(Table);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        Form = TableForms.Open(Table, Saved, await catalog.ForYearAsync(Year, cancellationToken));
        Fingerprint = Saved.Fingerprint(Part);
        return await ShowAsync(cancellationToken);
    }

    /// <summary>Adds the code typed in the add box and drops the ticked rows, keeping every typed figure; saves nothing.</summary>
    public async Task<IActionResult> OnPostRowsAsync(CancellationToken cancellationToken)
    {
        if (await LoadForChangeAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        var edit = await EditAsync(cancellationToken);
        Refusal = edit.Problem;
        Done = edit.Done;
        if (edit.Problem is null)
        {
            NewCode = null;
        }
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadForChangeAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        var edit = await EditAsync(cancellationToken);
        var amounts = FormAmounts.Read(Form);
        if (edit.Problem is not null)
        {
            Refusal = "未保存：" + edit.Problem;
            return await ShowAsync(cancellationToken);
        }
        if (!amounts.IsValid)
        {
            Refusal = $"未保存：有 {amounts.Problems.Count} 处需要改正，您填写的内容仍保留在页面上。";
            Problems = amounts.Problems;
            return await ShowAsync(cancellationToken);
        }

        var form = Form;
        // A form without its token is treated as stale: it never overwrites unchecked.
        var result = await editor.SaveAsync(Key, Part, Fingerprint ?? string.Empty, content => TableForms.Write(content, form, amounts), User.Actor(),
            cancellationToken: cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = result.Message;
            return Redirect(Self);
        }
        Refusal = result.Message;
        return await ShowAsync(cancellationToken);
    }

    private async Task<TableEdit> EditAsync(CancellationToken cancellationToken)
    {
        var post = new TablePost(Codes, Remove, NewCode, Cells, EmptyStatement);
        var edit = TableForms.Edit(Table, Saved, post, await catalog.ForYearAsync(Year, cancellationToken));
        Form = edit.Form;
        PendingRemovals = edit.PendingRemovals;
        return edit;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Amounts = FormAmounts.Read(Form);
        Totals = RunningTotals.ByCell(Form, Amounts);
        var report = await workflow.ReportAsync(Key, cancellationToken);
        Findings = new TableFindings(Form, report?.Findings ?? []);
        return Page();
    }

    /// <summary>A POST changes nothing unless the person may edit this draft: 404 outside their departments, 403 otherwise.</summary>
    private async Task<IActionResult?> LoadForChangeAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? (Editable ? null : StatusCode(StatusCodes.Status403Forbidden));

    /// <summary>Null when the page can be shown; a 404 for a table, version or department the user may not see.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (StaffParts.FromSegment(Segment) is not { } part || part is < ContentPart.Table01 or > ContentPart.Table09
            || !User.CanSeeDrafts(DepartmentCode))
        {
            return NotFound();
        }
        if (await editor.LoadAsync(Key, cancellationToken) is not { } content)
        {
            return NotFound();
        }
        Table = PublishedTable.IncomeExpenditureSummary + (part - ContentPart.Table01);
        Saved = content;
        var status = VersionStatusText.Parse(content.Version.Status);
        Editable = User.CanEdit(DepartmentCode) && status == DisclosureStatus.Draft;
        ReadOnlyReason = Editable ? null
            : status != DisclosureStatus.Draft ? $"第 {VersionNumber} 版当前为“{status.ToChinese()}”，本表只能查看，不能修改。"
            : "您的角色可以查看本表，但不能修改。";
        return null;
    }
}
