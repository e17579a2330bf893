using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>Content that cannot be written into a version: where it is (the content path) and a Chinese sentence naming the place.</summary>
public sealed record ContentProblem(string Location, string Message);

/// <summary>The analysis of content checked without being stored, or the problem that stops it from being read.</summary>
public sealed record UnstoredAnalysis(DisclosureAnalysis? Analysis, ContentProblem? Problem);

/// <summary>
/// Checks content without storing it — an import being previewed, a disclosure posted to the open
/// checking service: the content is written into a version that is never saved and analysed with the
/// same catalog and last year's disclosure as a stored version of <paramref name="header"/> would be.
/// </summary>
public static class UnstoredAnalyses
{
    /// <param name="file">Names the source in the problem: "导入文件".</param>
    public static async Task<UnstoredAnalysis> AnalyzeUnstoredAsync(this DisclosureAnalysisService analyses, VisibleVersion header,
        DisclosureContent content, ClassificationCatalog catalog, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(content);
        var trial = new Disclosure(header.DepartmentId, new FiscalYear(header.Header.Year))
            .StartVersion(header.Header.Title, header.Header.ReportingUnit);
        try
        {
            ContentWriter.Write(trial, content, code => FunctionCode.TryParse(code, out var f) && catalog.Find(f) is not null,
                code => EconomicCode.TryParse(code, out var e) && catalog.Find(e) is not null, file);
        }
        catch (InvalidContentException e)
        {
            return new UnstoredAnalysis(null, new ContentProblem(e.Location, $"{ProblemLocations.Describe(e.Location)}：{e.Problem}"));
        }
        return new UnstoredAnalysis(await analyses.AnalyzeAsync(header, trial, cancellationToken), null);
    }
}
