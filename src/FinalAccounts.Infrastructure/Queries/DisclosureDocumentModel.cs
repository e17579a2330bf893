using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Queries;

public sealed record KeyWorkLine(string Title, string? Goal, string? Completion);

public sealed record GlossaryLine(string Term, string Definition);

/// <summary>
/// Everything the disclosure shows, prepared from one analysed version: the PDF's document class and
/// the disclosure page read this and never the stored entities.
/// </summary>
public sealed record DisclosureDocumentModel(
    string Title,
    string DepartmentName,
    string DepartmentShortName,
    FiscalYear Year,
    int Version,
    DisclosureStatus Status,
    string? CorrectionNote,
    DateOnly? PublishedOn,
    IReadOnlyList<string> Duties,
    string? Organization,
    Staffing Staffing,
    IReadOnlyList<PrintedTable> Tables,
    ExplanationDocument Explanation,
    IReadOnlyList<KeyWorkLine> KeyWork,
    IReadOnlyList<GlossaryLine> Glossary,
    IReadOnlyList<EvaluationSheet> Evaluations)
{
    /// <summary>A draft or submitted version, printed for review only.</summary>
    public bool IsPreview => Status is DisclosureStatus.Draft or DisclosureStatus.Submitted;

    /// <summary>三、部门人员构成's sentences, or null when no head count was entered.</summary>
    public string? StaffingText => Staffing.Sentence();

    /// <summary>Paragraphs of a text entered with line breaks.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static DisclosureDocumentModel From(DisclosureAnalysis analysis)
    {
        var header = analysis.Header;
        var version = analysis.Version;
        var year = new FiscalYear(header.Year);
        return new DisclosureDocumentModel(
            header.Title, header.DepartmentName, header.DepartmentShortName, year, header.Version, header.Status,
            version.CorrectionNote, header.PublishedOn,
            version.Duties.Select(d => d.Text).ToList(),
            version.Profile.Organization,
            version.Profile.Staffing,
            analysis.Tables,
            analysis.Explanation,
            version.KeyWork.Select(k => new KeyWorkLine(k.Title, k.Goal, k.Completion)).ToList(),
            version.Glossary.Select(g => new GlossaryLine(g.Term, g.Definition)).ToList(),
            [.. version.Evaluations.Select(EvaluationSheet.Of), .. BasicDataSheet.Of(version) is { } basicData ? [basicData] : Array.Empty<EvaluationSheet>()]);
    }
}
