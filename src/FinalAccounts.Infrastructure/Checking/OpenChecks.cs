using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Checking;

/// <summary>
/// Why a posted disclosure cannot be checked, in Chinese. Path is the JSON path or content location
/// ("$.tables.t02.rows[3].total"); Sheet and Cell place a problem in an uploaded template.
/// </summary>
public sealed record OpenCheckProblem(string Message, string? Path = null, string? Sheet = null, string? Cell = null);

/// <summary>The validator's analysis of a posted disclosure, or the problems that stop it from being read.</summary>
public sealed record OpenCheck(DisclosureAnalysis? Analysis, IReadOnlyList<OpenCheckProblem> Problems)
{
    public bool Succeeded => Analysis is not null;

    internal static OpenCheck Refused(params OpenCheckProblem[] problems) => new(null, problems);
}

/// <summary>
/// The open checking service: anyone — a department not on the portal, too — posts a disclosure in the
/// portal's input JSON or a filled Excel template and reads what the validator finds, as it would for
/// a stored version of that department, with the year's catalog. Nothing is stored.
/// </summary>
public sealed class OpenChecks(DisclosureAnalysisService analyses, FinalAccountsDbContext db)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    private const string JsonSource = "提交的 JSON";
    private const string TemplateSource = "上传的模板";

    /// <summary>Checks a disclosure in the format of the seed files (<see cref="DisclosureContent"/>).</summary>
    public async Task<OpenCheck> CheckJsonAsync(Stream json, CancellationToken cancellationToken = default)
    {
        DisclosureContent content;
        try
        {
            content = ContentReader.Deserialize<DisclosureContent>(json, JsonSource);
        }
        catch (InvalidContentException e)
        {
            return OpenCheck.Refused(new OpenCheckProblem($"JSON 位置 {e.Location}：{e.Problem}", e.Location));
        }
        if (content.Version is null || content.Tables is null)
        {
            return OpenCheck.Refused(new OpenCheckProblem("JSON 位置 $：缺少 version 或 tables。", "$"));
        }
        if (string.IsNullOrWhiteSpace(content.Version.Title) || string.IsNullOrWhiteSpace(content.Version.ReportingUnit))
        {
            return OpenCheck.Refused(new OpenCheckProblem("JSON 位置 $.version：标题（title）和编制单位（reportingUnit）不能为空。", "$.version"));
        }
        if (await CatalogAsync(content.Year, cancellationToken) is not { } catalog)
        {
            return OpenCheck.Refused(new OpenCheckProblem(NoCatalog(content.Year), "$.year"));
        }
        return await CheckAsync(content, catalog, JsonSource, cancellationToken);
    }

    /// <summary>
    /// Checks a filled template: its nine tables, self-evaluations and 基础数据表 in an otherwise empty
    /// disclosure of the year, so the parts the template does not hold (职能, 名词解释 …) are reported missing.
    /// </summary>
    public async Task<OpenCheck> CheckTemplateAsync(Stream workbook, int year, string? departmentCode,
        CancellationToken cancellationToken = default)
    {
        if (await CatalogAsync(year, cancellationToken) is not { } catalog)
        {
            return OpenCheck.Refused(new OpenCheckProblem(NoCatalog(year)));
        }
        var read = TemplateWorkbookReader.Read(workbook, TemplateCatalog.From(catalog));
        if (!read.Succeeded)
        {
            return new OpenCheck(null, read.Problems.Select(p => new OpenCheckProblem(p.Message, null, p.Sheet, p.Cell)).ToList());
        }
        // The template's evaluations and 基础数据表, where it has them, are checked with its tables.
        var content = read.Parts!.ApplyTo(new DisclosureContent(departmentCode?.Trim() ?? "", year,
            new VersionContent(1, "draft", $"{year}年度部门决算", TemplateSource, null, null),
            null, read.Parts.Tables, null, null, null, null, null, null, null, null));
        return await CheckAsync(content, catalog, TemplateSource, cancellationToken);
    }

    private async Task<OpenCheck> CheckAsync(DisclosureContent content, ClassificationCatalog catalog, string source,
        CancellationToken cancellationToken)
    {
        var header = await HeaderAsync(content, cancellationToken);
        var result = await analyses.AnalyzeUnstoredAsync(header, content, catalog, source, cancellationToken);
        if (result.Problem is not { } problem)
        {
            return new OpenCheck(result.Analysis, []);
        }
        var path = "$." + problem.Location;
        return OpenCheck.Refused(source == JsonSource
            ? new OpenCheckProblem($"{problem.Message}（JSON 位置 {path}）", path)
            : new OpenCheckProblem(problem.Message));
    }

    /// <summary>
    /// The version as the portal would store it: a department on the portal is checked against its own
    /// last year; any other code is checked as given, with no last year.
    /// </summary>
    private async Task<VisibleVersion> HeaderAsync(DisclosureContent content, CancellationToken cancellationToken)
    {
        var code = content.DepartmentCode ?? "";
        var department = await (
                from d in db.Departments.AsNoTracking()
                join r in db.Regions.AsNoTracking() on d.RegionCode equals r.Code
                where d.Code == code
                select new { d.Id, d.Name, d.ShortName, d.RegionCode, RegionName = r.Name })
            .FirstOrDefaultAsync(cancellationToken);
        var v = content.Version;
        return new VisibleVersion(0, department?.Id ?? 0,
            new DisclosureHeader(department?.RegionCode ?? "", department?.RegionName ?? "", code,
                department?.Name ?? v.ReportingUnit, department?.ShortName ?? v.ReportingUnit,
                content.Year, v.Number, DisclosureStatus.Draft, v.Title, v.ReportingUnit, null));
    }

    private async Task<ClassificationCatalog?> CatalogAsync(int year, CancellationToken cancellationToken)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return null;
        }
        var catalog = await analyses.CatalogAsync(new FiscalYear(year), cancellationToken);
        return catalog.IsEmpty ? null : catalog;
    }

    private static string NoCatalog(int year) =>
        $"本系统没有 {year} 年度的功能分类和经济分类科目，无法校验该年度的决算公开。请检查年度是否填写正确。";
}
