using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FinalAccounts.Web.Pages.Staff.Disclosures;

/// <summary>
/// One department's year for staff: its versions, the open version's findings and parts to edit,
/// and the workflow steps the user may take. Every handler checks the user's department scope
/// and role itself; a department outside the user's scope is a 404.
/// </summary>
public sealed class WorkspaceModel(StaffQueries queries, DisclosureWorkflow workflow, ApprovalDates approvals, TimeProvider clock) : PageModel
{
    [FromRoute] public string DepartmentCode { get; set; } = string.Empty;
    [FromRoute] public int Year { get; set; }

    public StaffDepartment Department { get; private set; } = null!;
    public StaffYear? Disclosure { get; private set; }
    public bool SeesDrafts { get; private set; }
    public ValidationReport? Report { get; private set; }

    /// <summary>Versions of the year whose PDF, downloads and search are still being made after a publication or withdrawal.</summary>
    public IReadOnlyList<PendingPublicationTask> PendingTasks { get; private set; } = [];

    /// <summary>Posted with a workflow step: the version the person was looking at.</summary>
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public Dictionary<string, string> Explanations { get; set; } = [];
    /// <summary>The approval date (批复日期) as the date field posts it.</summary>
    [BindProperty] public string? ApprovedOn { get; set; }

    public WorkflowResult? Refusal { get; private set; }

    /// <summary>The year against the 20-day publication deadline; null before the year is opened.</summary>
    public PublicationTimeliness? Timeliness => Disclosure is null ? null
        : PublicationTimeliness.Of(Disclosure.ApprovedOn, Disclosure.Versions.Min(v => v.PublishedAt), clock.GetUtcNow());

    /// <summary>Whether the approval date may still be entered: by an editor, until a version of the year has been published.</summary>
    public bool CanRecordApproval => User.CanEdit(DepartmentCode) && Disclosure is not null
        && Disclosure.Versions.All(v => v.Status is DisclosureStatus.Draft or DisclosureStatus.Submitted);

    /// <summary>The version staff work on: the open one, else the latest.</summary>
    public StaffVersion? Current => Disclosure is null ? null : Disclosure.Open ?? Disclosure.Latest;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        _submitting = true;
        return StepAsync(User.CanEdit(DepartmentCode), () => workflow.SubmitAsync(Key, Explanations, User.Actor(), cancellationToken), cancellationToken);
    }

    private bool _submitting;

    /// <summary>
    /// The message shown next to a warning's explanation field that was left blank when a submission was
    /// refused. The server's refusal is the check that counts: the field carries no <c>required</c>
    /// attribute, whose bubble the browser words in its own language and which a request without a
    /// browser never meets.
    /// </summary>
    public string? ExplanationProblem(string key) =>
        _submitting && Refusal is not null && string.IsNullOrWhiteSpace(Explanations.GetValueOrDefault(key))
            ? "请填写这个警告的说明（原因或核实情况）后再提交。"
            : null;

    public Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken) =>
        StepAsync(User.CanReview(DepartmentCode), () => workflow.ReturnAsync(Key, Comment ?? "", User.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) =>
        StepAsync(User.CanReview(DepartmentCode), () => workflow.PublishAsync(Key, User.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        StepAsync(User.CanWithdraw(), () => workflow.WithdrawAsync(Key, Comment ?? "", User.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken) =>
        StepAsync(User.CanEdit(DepartmentCode),
            () => workflow.StartCorrectionAsync(DepartmentCode, Year, Comment ?? "", User.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostApprovalAsync(CancellationToken cancellationToken) =>
        StepAsync(User.CanEdit(DepartmentCode), () => approvals.RecordAsync(DepartmentCode, Year, ApprovedOn, User.Actor(), cancellationToken), cancellationToken);

    private VersionKey Key => new(DepartmentCode, Year, Version);

    private async Task<IActionResult> StepAsync(bool allowed, Func<Task<WorkflowResult>> step, CancellationToken cancellationToken)
    {
        if (!User.CanOpen(DepartmentCode))
        {
            return NotFound();
        }
        if (!allowed)
        {
            return Forbid();
        }
        var result = await step();
        if (result.Succeeded)
        {
            TempData["Message"] = result.Message;
            return Redirect(StaffPaths.Workspace(DepartmentCode, Year));
        }
        Refusal = result;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (!User.CanOpen(DepartmentCode))
        {
            return false;
        }
        var found = await queries.YearAsync(DepartmentCode, Year, cancellationToken);
        if (found is null)
        {
            return false;
        }
        Department = found.Value.Department;
        SeesDrafts = User.CanSeeDrafts(DepartmentCode);
        Disclosure = found.Value.Year is { } year && !SeesDrafts
            ? year with { Versions = year.Versions.Where(v => v.Status == DisclosureStatus.Published).ToList() }
            : found.Value.Year;
        if (Disclosure is { Versions.Count: 0 })
        {
            Disclosure = null;
        }
        if (Disclosure is null)
        {
            return SeesDrafts;
        }
        PendingTasks = await queries.PendingPublicationTasksAsync(DepartmentCode, Year, cancellationToken);
        if (SeesDrafts && Current is { } current)
        {
            Report = await workflow.ReportAsync(new VersionKey(DepartmentCode, Year, current.Number), cancellationToken);
        }
        return true;
    }
}
