using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// The edit page of one part of a version's content. Every page works the same way: the version is
/// loaded for a person who may see the department's drafts (else 404) and shown read-only unless they
/// may edit and it is a draft (a post is then refused with 403). A save reads and checks every field
/// first, then hands the change to <see cref="DraftEditor"/> with the part's token from when the form
/// was shown, so a stale form is refused rather than written over someone else's save. Whatever is
/// refused comes back with the person's input as typed; only a save redirects (Post-Redirect-Get).
/// Lists are edited by buttons that post the form to the "List" handler, which applies the edit to
/// the posted input and shows the form again without saving.
/// </summary>
public abstract class PartPageModel(DraftEditor editor) : PageModel
{
    [FromRoute] public string DepartmentCode { get; set; } = string.Empty;
    [FromRoute] public int Year { get; set; }
    [FromRoute] public int Version { get; set; }

    /// <summary>The part's token from when the form was first shown, posted back unchanged, list edits included.</summary>
    [BindProperty] public string? Fingerprint { get; set; }

    public abstract ContentPart Part { get; }

    /// <summary>The version's content as saved.</summary>
    public DisclosureContent Stored { get; private set; } = null!;

    public DisclosureStatus Status { get; private set; }

    /// <summary>Whether the person may change the part now: an editor of the department, on a draft.</summary>
    public bool Editable { get; private set; }

    /// <summary>
    /// Whether the page has fields to save; a page of several items shows none when the version has
    /// no item, and then offers no 保存 that could only fail on fields that are not there.
    /// </summary>
    public virtual bool HasFields => true;

    /// <summary>Why the page is read-only, when it is.</summary>
    public string? ReadOnlyReason { get; private set; }

    /// <summary>Why a save was refused (someone else saved first, the content was not accepted, …).</summary>
    public string? Refusal { get; protected set; }

    public bool IsConflict { get; private set; }

    /// <summary>A list edit that is on the page but not saved yet.</summary>
    public string? Notice { get; private set; }

    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    public VersionKey Key => new(DepartmentCode, Year, Version);

    /// <summary>The page's own address, which the form posts to and a save redirects to.</summary>
    public virtual string Address => StaffPaths.Edit(DepartmentCode, Year, Version, StaffParts.Segment(Part));

    /// <summary>Where a list button posts: the List handler, back at the list.</summary>
    public string ListAction(string anchor) =>
        Address + (Address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=List#" + anchor;

    /// <summary>A field of the form with its error and read-only state.</summary>
    public PartField Field(string name, string label, string? value, FieldKind kind = FieldKind.Text) =>
        new(name, label, value) { Kind = kind, Error = ErrorFor(name), ReadOnly = !Editable };

    /// <summary>The move and remove buttons of item <paramref name="index"/> of a list.</summary>
    public ListButtons ItemButtons(string list, int index, int count, string itemLabel, string anchor) =>
        new(Editable, ListAction(anchor), list, index, count, itemLabel);

    /// <summary>The button that adds an item at the end of a list; <paramref name="text"/> is what it says.</summary>
    public ListButtons AddButton(string list, string text, string anchor) =>
        new(Editable, ListAction(anchor), list, -1, 0, text);

    public string? ErrorFor(string name) =>
        Errors.Where(e => e.Field == name).Select(e => e.Message).FirstOrDefault();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } missing)
        {
            return missing;
        }
        ShowContent();
        Fingerprint = Stored.Fingerprint(Part);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenForChangeAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        if (string.IsNullOrEmpty(Fingerprint))
        {
            Refusal = "表单已失效，没有保存。请复制您填写的内容，刷新页面后重新填写。";
            return Page();
        }
        var read = new FieldReader();
        var change = ReadInput(read);
        if (read.Errors.Count > 0)
        {
            Errors = read.Errors;
            return Page();
        }

        return await SaveAsync(change, Address, cancellationToken);
    }

    /// <summary>
    /// Saves the change to the part, if the part is still as the form showed it (<see cref="Fingerprint"/>),
    /// and goes on to <paramref name="next"/>; otherwise shows the page again with the reason.
    /// </summary>
    protected async Task<IActionResult> SaveAsync(Func<DisclosureContent, DisclosureContent> change, string next,
        CancellationToken cancellationToken)
    {
        var result = await editor.SaveAsync(Key, Part, Fingerprint ?? "", change, User.Actor(), cancellationToken: cancellationToken);
        switch (result.Outcome)
        {
            case EditOutcome.Saved or EditOutcome.Unchanged:
                TempData["Message"] = $"{Part.ToChinese()}：{result.Message}";
                return LocalRedirect(next);
            case EditOutcome.NotFound:
                return NotFound();
            case EditOutcome.NotEditable:
                Editable = false;
                ReadOnlyReason = null;
                Refusal = result.Message + "您填写的内容没有保存，仍显示在下面。";
                return Page();
            default:
                IsConflict = result.Outcome == EditOutcome.Conflict;
                Refusal = result.Message;
                return Page();
        }
    }

    /// <summary>Adds, removes or moves an item of one of the form's lists; nothing is saved.</summary>
    public async Task<IActionResult> OnPostListAsync(string? edit, CancellationToken cancellationToken)
    {
        if (await OpenForChangeAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        Notice = ListEdit.Parse(edit) is { } parsed && EditList(parsed) is { } edited
            ? parsed.Describe(edited.Noun, edited.Count)
            : "没有找到要调整的项目，列表未变。";
        return Page();
    }

    /// <summary>Fills the input from <see cref="Stored"/>, for a form shown afresh.</summary>
    protected abstract void ShowContent();

    /// <summary>
    /// Reads the posted input, reporting each field it cannot accept to <paramref name="read"/>, and
    /// returns the change that puts the input into the content (applied to the content as it is when saved).
    /// </summary>
    protected abstract Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read);

    /// <summary>Applies a list edit to the posted input; null when the page has no such list or item.</summary>
    protected virtual (ListNoun Noun, int Count)? EditList(ListEdit edit) => null;

    /// <summary>Loads what the page shows besides the content; runs before any handler's own work.</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>False when the address names something the content does not have (a page of several items).</summary>
    protected virtual bool Exists => true;

    protected static (ListNoun Noun, int Count)? Edit<T>(ListEdit edit, List<T> items, ListNoun noun, Func<T> create) =>
        edit.ApplyTo(items, create) ? (noun, items.Count) : null;

    private async Task<IActionResult?> OpenAsync(CancellationToken cancellationToken)
    {
        if (!User.CanSeeDrafts(DepartmentCode))
        {
            return NotFound();
        }
        var content = await editor.LoadAsync(Key, cancellationToken);
        if (content is null)
        {
            return NotFound();
        }
        Stored = content;
        Status = VersionStatusText.Parse(content.Version.Status);
        Editable = Status == DisclosureStatus.Draft && User.CanEdit(DepartmentCode);
        ReadOnlyReason = Editable ? null
            : Status != DisclosureStatus.Draft ? $"第 {Version} 版当前为“{Status.ToChinese()}”，内容不能修改，以下仅供查看。"
            : "您没有该部门的填报权限，以下仅供查看。";
        await PrepareAsync(cancellationToken);
        return Exists ? null : NotFound();
    }

    protected async Task<IActionResult?> OpenForChangeAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } missing)
        {
            return missing;
        }
        if (Editable)
        {
            return null;
        }
        // What was posted stays on the page, read-only: the version may have been submitted while the person typed.
        Refusal = ReadOnlyReason + "您提交的内容没有保存。";
        ReadOnlyReason = null;
        var page = Page();
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }
}

/// <summary>A part's edit page whose form posts <typeparamref name="TInput"/>.</summary>
public abstract class PartPageModel<TInput>(DraftEditor editor) : PartPageModel(editor)
    where TInput : class, new()
{
    /// <summary>What the form shows and posts: every field as text, so that input comes back as typed.</summary>
    [BindProperty] public TInput Input { get; set; } = new();
}
