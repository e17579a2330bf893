using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;

namespace FinalAccounts.Infrastructure.Content;

/// <summary>
/// Writes a version's whole content, in the content record shape, into a draft: what an edit form, an
/// Excel import, a correction copied from a published version and next year's draft all do. The
/// draft's parts are replaced, none merged; a part the content leaves out is written empty.
/// </summary>
internal static class ContentWriter
{
    /// <param name="draft">The version to write into; it must be a draft.</param>
    /// <param name="content">
    /// The content. Its version part (number, status, title) is not written: the workflow sets those
    /// when the version is started, moved on or retitled.
    /// </param>
    /// <param name="functionCodeExists">Whether a 功能分类 code is in the year's catalog; null accepts any well-formed code.</param>
    /// <param name="economicCodeExists">Likewise for 经济分类 codes.</param>
    /// <param name="source">What the content is called in error messages, e.g. the name of an uploaded file.</param>
    /// <exception cref="InvalidContentException">
    /// The content cannot be accepted; the exception names the place in it. The draft is left as it was.
    /// </exception>
    public static void Write(DisclosureVersion draft, DisclosureContent content, Func<string, bool>? functionCodeExists,
        Func<string, bool>? economicCodeExists, string source = "内容")
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(content);
        var read = new ContentReader(source, functionCodeExists, economicCodeExists);
        read.Text(content.Version.Title, DisclosureVersion.MaxTitleLength, "version.title");
        read.Text(content.Version.ReportingUnit, DisclosureVersion.MaxReportingUnitLength, "version.reportingUnit");
        // Bad content is found on a detached copy first, so a refused write leaves no part of the draft changed.
        Detached(content, read, draft.Title, draft.ReportingUnit);
        new DisclosureContentMapper(read).Fill(draft, content);
    }

    /// <summary>A draft that belongs to no stored disclosure, holding the content: for checking it and computing from it.</summary>
    internal static DisclosureVersion Detached(DisclosureContent content, ContentReader read, string title, string reportingUnit)
    {
        var version = new Disclosure(0, new FiscalYear(FiscalYear.Earliest)).StartVersion(title, reportingUnit);
        new DisclosureContentMapper(read).Fill(version, content);
        return version;
    }
}
