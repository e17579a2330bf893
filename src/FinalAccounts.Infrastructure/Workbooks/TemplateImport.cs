using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// What an uploaded template holds: the nine tables, or the problems that stop it from being read.
/// Tables is null whenever there is at least one problem, so nothing half-read is ever applied.
/// </summary>
public sealed record TemplateImport(TablesContent? Tables, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Succeeded => Tables is not null;
}

/// <summary>One thing the person must fix before the file can be imported.</summary>
/// <param name="Sheet">"公开02表"; empty when the problem is the file itself.</param>
/// <param name="Cell">"D8"; null when the problem is the sheet or the file.</param>
/// <param name="Message">A complete sentence in Chinese that names the place and says what to do.</param>
public sealed record TemplateProblem(string Sheet, string? Cell, string Message);
