using System.Globalization;
using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Domain.Narrative;

/// <summary>
/// The keys staff texts of the 说明 are stored and asked for under (<see cref="ExplanationText.Key"/>).
/// The builder asks for them, the staff form labels them and the validator checks them, so each is
/// spelt once; stored versions carry them, so a key never changes.
/// </summary>
public static class ExplanationTextKeys
{
    // The reasons for a change against last year, one per sentence that states a change.
    public const string TotalChange = "reason.total-change";
    public const string IncomeChange = "reason.income-change";
    public const string ExpenditureChange = "reason.expenditure-change";
    public const string AppropriationChange = "reason.appropriation-change";
    public const string GeneralBudgetIncomeChange = "reason.general-budget-income-change";
    public const string GeneralBudgetChange = "reason.general-budget-change";
    public const string ThreePublicChange = "reason.three-public-change";
    public const string AbroadChange = "reason.abroad-change";
    public const string VehicleChange = "reason.vehicle-change";
    public const string ReceptionChange = "reason.reception-change";
    public const string OperatingCostsChange = "reason.operating-costs-change";

    /// <summary>What the receptions of the year were for (item 九).</summary>
    public const string ReceptionPurpose = "reception.purpose";

    /// <summary>（四）绩效自评结果应用情况 of item 十三.</summary>
    public const string PerformanceUse = "performance.use";

    /// <summary>"use.class.204": what a 类 of general-budget spending was mainly used for.</summary>
    public const string ClassUsePrefix = "use.class.";

    /// <summary>"use.item.2040604": what a 项's project spending was mainly used for.</summary>
    public const string ItemUsePrefix = "use.item.";

    /// <summary>"reason.budget.2040601": why a 项's spending differs from its 年初预算.</summary>
    public const string BudgetReasonPrefix = "reason.budget.";

    /// <summary>"text.5.1": a paragraph staff wrote for an item, printed after the generated ones.</summary>
    public const string ParagraphPrefix = "text.";

    /// <summary>Whether the text asks what money was used for (a 类's or 项's use, the reception's purpose) rather than why a figure changed.</summary>
    public static bool AsksForUse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith(ClassUsePrefix, StringComparison.Ordinal) || key.StartsWith(ItemUsePrefix, StringComparison.Ordinal)
               || key == ReceptionPurpose;
    }

    public static string ClassUse(FunctionCode code) => ClassUsePrefix + code.Value;

    public static string ItemUse(FunctionCode code) => ItemUsePrefix + code.Value;

    public static string BudgetReason(FunctionCode code) => BudgetReasonPrefix + code.Value;

    /// <summary>"text.5.1" for the first paragraph of item 五.</summary>
    public static string Paragraph(int item, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{ParagraphPrefix}{item}.{number}");

    public static bool IsParagraph(string key) => key.StartsWith(ParagraphPrefix, StringComparison.Ordinal);

    /// <summary>
    /// Whether the 说明 prints the text as staff wrote it, with no generated sentence asking for it: an
    /// own paragraph, or 绩效自评结果应用情况.
    /// </summary>
    public static bool IsOwnText(string key) => IsParagraph(key) || key == PerformanceUse;

    /// <summary>Whether <paramref name="key"/> is a paragraph staff wrote for <paramref name="item"/>.</summary>
    public static bool IsParagraphOf(string key, int item) =>
        key.StartsWith(string.Create(CultureInfo.InvariantCulture, $"{ParagraphPrefix}{item}."), StringComparison.Ordinal);

    private static readonly string[] FixedKeys =
    [
        TotalChange, IncomeChange, ExpenditureChange, AppropriationChange, GeneralBudgetIncomeChange, GeneralBudgetChange,
        ThreePublicChange, AbroadChange, VehicleChange, ReceptionChange, OperatingCostsChange, ReceptionPurpose, PerformanceUse,
    ];

    /// <summary>
    /// Whether the key is one the 说明 can ask for or print for that item: a fixed key, a 类's or 项's
    /// key with a valid code, or a paragraph of this item. A key a form did not offer (an altered hidden
    /// field) is none of these, and its text is refused rather than stored where nothing prints it.
    /// </summary>
    public static bool IsWellFormed(string? key, int item)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }
        if (FixedKeys.Contains(key))
        {
            return true;
        }
        if (key.StartsWith(ClassUsePrefix, StringComparison.Ordinal))
        {
            return FunctionCode.TryParse(key[ClassUsePrefix.Length..], out var code) && code.Level == FunctionLevel.Class
                   && code.Value == key[ClassUsePrefix.Length..];
        }
        foreach (var prefix in new[] { ItemUsePrefix, BudgetReasonPrefix })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return FunctionCode.TryParse(key[prefix.Length..], out var code) && code.Level == FunctionLevel.Item
                       && code.Value == key[prefix.Length..];
            }
        }
        return IsParagraphOf(key, item)
               && int.TryParse(key.AsSpan(ParagraphPrefix.Length + item.ToString(CultureInfo.InvariantCulture).Length + 1),
                   NumberStyles.None, CultureInfo.InvariantCulture, out var number)
               && number is > 0 and < 1000;
    }
}
