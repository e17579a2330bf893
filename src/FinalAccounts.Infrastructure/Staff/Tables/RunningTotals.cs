using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Validation;

namespace FinalAccounts.Infrastructure.Staff.Tables;

/// <summary>
/// A sum shown beside a figure: what the parts add up to and how far the entered figure is from
/// it — null when they agree, a note within the rounding tolerance of the displayed 万元, else an error.
/// </summary>
public sealed record RunningTotal(SumCheck Check, Money? Entered, Money? Computed, FindingSeverity? Difference)
{
    /// <summary>Written for a sum whose parts are all blank.</summary>
    public const string BlankSum = "空白";

    /// <summary>Why a blank figure over non-zero parts disagrees.</summary>
    public const string BlankTargetNote = "（本格空白）";

    /// <summary>Why a non-zero figure over blank parts disagrees.</summary>
    public const string BlankPartsNote = "（加数均为空白）";

    /// <summary>The rounding one printed figure may carry, in 分: the grid's script judges with it as <see cref="Tolerance.Allowed"/> does.</summary>
    public static int ToleranceFenPerFigure => (int)(Tolerance.PerPrintedFigure.Yuan * 100m);

    /// <summary>The CSS state of the sum: empty, ok, note or error.</summary>
    public string State => IsBlank ? "empty" : Difference?.ToString().ToLowerInvariant() ?? "ok";

    public bool Agrees => Difference is null;

    /// <summary>Both the figure and its parts are blank: nothing to show.</summary>
    public bool IsBlank => Entered is null && Computed is null;

    /// <summary>"各款之和 2,761.28", with the gap when the figure differs: "各款之和 2,761.28（相差 0.02 万元）".</summary>
    public string Text
    {
        get
        {
            var sum = Computed is { } total ? total.ToWanYuanString() : BlankSum;
            var gap = (Entered, Computed) switch
            {
                ({ } entered, { } computed) when Difference is not null => $"（{Tolerance.Gap(computed, entered)}）",
                (null, _) when Difference is not null => BlankTargetNote,
                (_, null) when Difference is not null => BlankPartsNote,
                _ => "",
            };
            return $"{Check.Description} {sum}{gap}";
        }
    }
}

/// <summary>
/// The sums a table's identities call for, computed from the form's amounts as they stand (typed or
/// stored), judged the way the validator judges them (<see cref="Tolerance"/>): a blank is not a zero, and a
/// difference the rounding of the printed figures explains is a note.
/// </summary>
public static class RunningTotals
{
    public static IReadOnlyList<RunningTotal> Of(TableForm form, FormAmounts amounts)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(amounts);
        return [.. form.Checks.Select(check => Judge(check, amounts))];
    }

    /// <summary>The sums shown beside each cell, by the cell's key.</summary>
    public static ILookup<string, RunningTotal> ByCell(TableForm form, FormAmounts amounts) =>
        Of(form, amounts).ToLookup(t => t.Check.Target, StringComparer.Ordinal);

    private static RunningTotal Judge(SumCheck check, FormAmounts amounts)
    {
        var parts = check.Parts.Select(p => amounts[p.Cell] is { } amount ? (Money?)(p.Subtracted ? -amount : amount) : null).ToList();
        var (computed, summands) = Tolerance.SumOf(parts);
        var entered = amounts[check.Target];
        return new RunningTotal(check, entered, computed, Tolerance.JudgeStated(entered, computed, summands));
    }
}
