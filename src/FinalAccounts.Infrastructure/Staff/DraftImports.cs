using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// What an uploaded workbook would do to a draft, shown before anything is written: the problems
/// that stop it, or the cells it changes and the validator's findings on the result. Fingerprint is
/// the token of the draft's tables, evaluations and 基础数据表 as previewed; applying is refused if
/// they changed since.
/// </summary>
public sealed record ImportPreview(
    IReadOnlyList<TemplateProblem> Problems,
    TemplateParts? Parts,
    IReadOnlyList<ContentChange> Changes,
    ValidationReport? Findings,
    string? Fingerprint)
{
    public bool CanApply => Problems.Count == 0 && Parts is not null;
}

/// <summary>
/// The Excel route into a draft: the template (with the draft's current tables, so an export
/// imported back changes nothing), the preview of an upload and its application in one transaction.
/// </summary>
public sealed class DraftImports(DraftEditor editor, DisclosureAnalysisService analyses)
{
    public async Task<(byte[] Content, string FileName)?> TemplateAsync(VersionKey key, CancellationToken cancellationToken = default)
    {
        var content = await editor.LoadAsync(key, cancellationToken);
        if (content is null)
        {
            return null;
        }
        var bytes = TemplateWorkbook.Write(content.Tables, content.Evaluations ?? [], content.BasicData,
            new TemplateTitle(content.Version.Title, content.Version.ReportingUnit, content.Year));
        return (bytes, $"{content.Version.Title}（第{content.Version.Number}版）填报模板.xlsx");
    }

    public async Task<ImportPreview?> PreviewAsync(VersionKey key, Stream workbook, CancellationToken cancellationToken = default)
    {
        var header = await analyses.FindAsync(key.DepartmentCode, key.Year, key.Number, VersionVisibility.IncludingUnpublished,
            cancellationToken);
        var current = await editor.LoadAsync(key, cancellationToken);
        if (header is null || current is null)
        {
            return null;
        }
        var catalog = await analyses.CatalogAsync(new FiscalYear(key.Year), cancellationToken);
        var read = TemplateWorkbookReader.Read(workbook, TemplateCatalog.From(catalog));
        if (!read.Succeeded)
        {
            return new ImportPreview(read.Problems, null, [], null, null);
        }

        var imported = read.Parts!.ApplyTo(current);
        var trial = await analyses.AnalyzeUnstoredAsync(header, imported, catalog, "导入文件", cancellationToken);
        if (trial.Problem is { } problem)
        {
            return new ImportPreview([new TemplateProblem("", null, problem.Message)], null, [], null, null);
        }
        var findings = trial.Analysis!.Report;
        return new ImportPreview([], read.Parts, ContentChanges.Between(current, imported), findings,
            current.Fingerprint(ContentPart.Workbook));
    }

    /// <summary>Writes what was previewed into the draft in one transaction; each changed value is audited as an import.</summary>
    public Task<EditResult> ApplyAsync(VersionKey key, TemplateParts parts, string fingerprint, StaffActor actor,
        CancellationToken cancellationToken = default) =>
        editor.SaveAsync(key, ContentPart.Workbook, fingerprint, parts.ApplyTo, actor, AuditAction.Imported, cancellationToken);
}
