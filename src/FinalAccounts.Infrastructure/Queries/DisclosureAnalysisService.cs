using FinalAccounts.Domain;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>Which versions a caller may see: the public sees published ones; staff of the department also see drafts.</summary>
public enum VersionVisibility
{
    PublishedOnly = 1,
    IncludingUnpublished = 2,
}

/// <param name="DepartmentShortName">How the department names itself in headings, e.g. "区司法局".</param>
public sealed record DisclosureHeader(
    string RegionCode, string RegionName, string DepartmentCode, string DepartmentName, string DepartmentShortName,
    int Year, int Version, DisclosureStatus Status, string Title, string ReportingUnit, DateOnly? PublishedOn);

/// <summary>A version a caller may see: its row id, its department's id and its header.</summary>
public sealed record VisibleVersion(long Id, int DepartmentId, DisclosureHeader Header);

/// <summary>One version with everything computed from it: the nine tables as printed, figures, the 说明 and the validator's report.</summary>
public sealed record DisclosureAnalysis(
    DisclosureHeader Header,
    DisclosureVersion Version,
    IReadOnlyList<PrintedTable> Tables,
    DisclosureFigures Figures,
    PriorYearFigures PriorYear,
    ExplanationDocument Explanation,
    ValidationReport Report);

/// <summary>
/// Loads a version with its year's catalog and last year's published disclosure, and runs the 说明
/// generator and the validator on it — the one place pages, API and documents get these from.
/// </summary>
public sealed class DisclosureAnalysisService(FinalAccountsDbContext db, TimeProvider? clock = null)
{
    /// <param name="version">A version number, or null for the latest the caller may see.</param>
    public async Task<DisclosureAnalysis?> AnalyzeAsync(string departmentCode, int year, int? version,
        VersionVisibility visibility, CancellationToken cancellationToken = default)
    {
        var found = await FindAsync(departmentCode, year, version, visibility, cancellationToken);
        return found is null ? null : await AnalyzeAsync(found, cancellationToken);
    }

    /// <summary>Analyses a version already found with <see cref="FindAsync"/>, without looking it up again.</summary>
    public async Task<DisclosureAnalysis> AnalyzeAsync(VisibleVersion header, CancellationToken cancellationToken = default)
    {
        var content = await db.DisclosureVersions.AsNoTracking().WithContent()
            .SingleAsync(v => v.Id == header.Id, cancellationToken);
        return await AnalyzeAsync(header, content, cancellationToken);
    }

    /// <summary>
    /// Analyses content that is not (or not yet) stored as the version: an import being previewed is
    /// checked against the same catalog and last year's disclosure as the stored draft would be.
    /// </summary>
    public async Task<DisclosureAnalysis> AnalyzeAsync(VisibleVersion header, DisclosureVersion content,
        CancellationToken cancellationToken = default)
    {
        var fiscalYear = new FiscalYear(header.Header.Year);
        var catalog = await CatalogAsync(fiscalYear, cancellationToken);
        var previous = await PreviousYearAsync(header.DepartmentId, fiscalYear, cancellationToken);

        var figures = DisclosureFigures.Compute(content);
        var prior = PriorYearFigures.For(fiscalYear, previous is null ? null : DisclosureFigures.Compute(previous),
            content.NarrativeFigures);
        var explanation = ExplanationBuilder.Build(content, fiscalYear, figures, prior);
        var timeliness = await TimelinessAsync(header.DepartmentId, fiscalYear, cancellationToken);
        var report = DisclosureValidator.Standard.Validate(new ValidationContext(content, catalog, figures, prior, explanation, timeliness));
        var classNames = catalog.FunctionClassNames();
        var tables = PrintedTables.Build(content, fiscalYear, classNames);
        return new DisclosureAnalysis(header.Header, content, tables, figures, prior, explanation, report);
    }

    /// <summary>
    /// Analyses a published version by its row id, as what is derived from it (search sections, stored findings)
    /// is kept by id; null when the version is not (or no longer) published.
    /// </summary>
    public async Task<DisclosureAnalysis?> AnalyzePublishedAsync(long versionId, CancellationToken cancellationToken = default)
    {
        var target = await (
                from found in db.DepartmentVersions().AsNoTracking()
                where found.Version.Id == versionId && found.Version.Status == DisclosureStatus.Published
                select new { found.Department.Code, found.Disclosure.Year, found.Version.Number })
            .SingleOrDefaultAsync(cancellationToken);
        return target is null ? null
            : await AnalyzeAsync(target.Code, target.Year.Value, target.Number, VersionVisibility.PublishedOnly, cancellationToken);
    }

    /// <summary>The version the caller may see — the given number, or the latest — without its content.</summary>
    public async Task<VisibleVersion?> FindAsync(string departmentCode, int year, int? version,
        VersionVisibility visibility, CancellationToken cancellationToken = default)
    {
        if (year is < FiscalYear.Earliest or > FiscalYear.Latest)
        {
            return null;
        }
        var fiscalYear = new FiscalYear(year);
        var publishedOnly = visibility == VersionVisibility.PublishedOnly;
        return await (
                from found in db.DepartmentVersions().AsNoTracking().Of(departmentCode, fiscalYear)
                let v = found.Version
                let department = found.Department
                join region in db.Regions on department.RegionCode equals region.Code
                where (version == null || v.Number == version)
                      && (v.Status == DisclosureStatus.Published || (!publishedOnly && v.Status != DisclosureStatus.Withdrawn))
                orderby v.Number descending
                select new VisibleVersion(v.Id, department.Id,
                    // A published version goes by the names it was published under; a draft by today's.
                    new DisclosureHeader(region.Code, region.Name, department.Code, v.DepartmentName ?? department.Name,
                        v.DepartmentShortName ?? department.ShortName, year, v.Number,
                        v.Status, v.Title, v.ReportingUnit, v.PublishedOn)))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>When the year was approved and first published, as the publication-deadline rule reads it.</summary>
    private async Task<PublicationTimeliness?> TimelinessAsync(int departmentId, FiscalYear year, CancellationToken cancellationToken)
    {
        var disclosure = await db.Disclosures.AsNoTracking()
            .Where(d => d.DepartmentId == departmentId && d.Year == year)
            .Select(d => new { d.ApprovedOn, FirstPublishedAt = d.Versions.Min(v => v.PublishedAt) })
            .SingleOrDefaultAsync(cancellationToken);
        return disclosure is null ? null
            : PublicationTimeliness.Of(disclosure.ApprovedOn, disclosure.FirstPublishedAt, (clock ?? TimeProvider.System).GetUtcNow());
    }

    /// <summary>The classification catalog of a year: codes, names and explanations.</summary>
    public async Task<ClassificationCatalog> CatalogAsync(FiscalYear year, CancellationToken cancellationToken = default) =>
        new(year,
            await db.FunctionClassifications.AsNoTracking().Where(c => c.Year == year).ToListAsync(cancellationToken),
            await db.EconomicClassifications.AsNoTracking().Where(c => c.Year == year).ToListAsync(cancellationToken));

    /// <summary>Last year's latest published version of the same department, if the portal has it.</summary>
    private async Task<DisclosureVersion?> PreviousYearAsync(int departmentId, FiscalYear year, CancellationToken cancellationToken)
    {
        if (year.Value <= FiscalYear.Earliest)
        {
            return null;
        }
        var previousYear = year.Previous;
        var id = await (
                from found in db.DepartmentVersions()
                where found.Disclosure.DepartmentId == departmentId && found.Disclosure.Year == previousYear
                      && found.Version.Status == DisclosureStatus.Published
                orderby found.Version.Number descending
                select (long?)found.Version.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return id is null
            ? null
            : await db.DisclosureVersions.AsNoTracking().WithContent().SingleAsync(v => v.Id == id, cancellationToken);
    }
}
