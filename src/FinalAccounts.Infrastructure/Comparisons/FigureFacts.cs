namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// The figures beside the nine tables that are line facts too (migration 0013): 机关运行经费 and
/// 在职实有人数. They sit in line_facts under <see cref="Source"/>, which no PublishedTable names, so
/// the entity <see cref="LineFact"/> (the tables' cells) never reads them; comparisons read them by SQL.
/// </summary>
public static class FigureFacts
{
    /// <summary>The published_table of a figure fact.</summary>
    public const string Source = "Figures";

    /// <summary>机关运行经费 (说明 item 十), in 元: columns <see cref="Amount"/> and <see cref="InitialBudget"/>.</summary>
    public const string OperatingCosts = "operatingCosts";

    /// <summary>在职实有人数 (概况's 人员构成), in people: columns <see cref="Administrative"/> and <see cref="Institutional"/>.</summary>
    public const string ActiveStaff = "activeStaff";

    public const string Amount = "amount";
    public const string InitialBudget = "initialBudget";
    public const string Administrative = "administrative";
    public const string Institutional = "institutional";
}
