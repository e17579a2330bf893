using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// What an uploaded template holds, or the problems that stop it from being read. Parts is null
/// whenever there is at least one problem, so nothing half-read is ever applied.
/// </summary>
public sealed record TemplateImport(TemplateParts? Parts, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Succeeded => Parts is not null;

    /// <summary>The nine tables read; null when the file could not be read.</summary>
    public TablesContent? Tables => Parts?.Tables;
}

/// <summary>
/// The parts of a version a template carries: always the nine tables; the self-evaluations when the
/// workbook has evaluation sheets (null: it has none, as a 决算 software export, and the version's stay);
/// the 基础数据表 when it has that sheet (null then means the form was left blank).
/// </summary>
public sealed record TemplateParts(
    TablesContent Tables,
    IReadOnlyList<EvaluationContent>? Evaluations,
    bool HasBasicDataSheet,
    BasicDataContent? BasicData)
{
    /// <summary>The version's content with what the workbook carries put in place.</summary>
    public DisclosureContent ApplyTo(DisclosureContent current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Tables = Tables,
            Evaluations = Evaluations ?? current.Evaluations,
            BasicData = HasBasicDataSheet ? BasicData : current.BasicData,
        };
    }
}

/// <summary>One thing the person must fix before the file can be imported.</summary>
/// <param name="Sheet">"公开02表"; empty when the problem is the file itself.</param>
/// <param name="Cell">"D8"; null when the problem is the sheet or the file.</param>
/// <param name="Message">A complete sentence in Chinese that names the place and says what to do.</param>
public sealed record TemplateProblem(string Sheet, string? Cell, string Message);
