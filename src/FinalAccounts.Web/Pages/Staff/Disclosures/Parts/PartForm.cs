using System.Globalization;
using System.Text;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>A field the person has to put right, by the name it is posted under.</summary>
public sealed record FormError(string Field, string Message)
{
    public string FieldId => PartField.IdOf(Field);
}

/// <summary>
/// Reads what a part's form posted into the content's shape. Every field is posted as text, so what
/// the person typed is kept as typed when the page comes back; numbers are checked here, and each
/// refused number gives a message that names the field in the person's words.
/// </summary>
public sealed class FieldReader
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly List<FormError> _errors = [];

    public IReadOnlyList<FormError> Errors => _errors;

    public void Fail(string field, string message) => _errors.Add(new FormError(field, message));

    /// <summary>Null for a blank field; otherwise the text with the line breaks a browser posts (CR LF) as stored (LF).</summary>
    public static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.ReplaceLineEndings("\n");

    public static bool IsBlank(params string?[] values) => values.All(string.IsNullOrWhiteSpace);

    public string? Required(string? value, string field, string label)
    {
        var text = Text(value);
        if (text is null)
        {
            Fail(field, $"请填写“{label}”。");
        }
        return text;
    }

    /// <summary>An amount in 万元 as the content stores it ("3,469.73"); null for a blank field.</summary>
    public string? Amount(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Money.TryParseWanYuan(value, out var money))
        {
            Fail(field, $"“{label}”须填写以万元为单位的数字，如 3,469.73（您填写的是“{value.Trim()}”）。");
            return null;
        }
        if (money.IsNegative)
        {
            Fail(field, $"“{label}”不能为负数（您填写的是“{value.Trim()}”）。");
            return null;
        }
        if (money.IsTooLarge)
        {
            Fail(field, $"“{label}”{Money.TooLargeMessage}（您填写的是“{value.Trim()}”）");
            return null;
        }
        return WanYuanText.Of(money);
    }

    /// <summary>An area in ㎡, zero or more, to two decimals; null for a blank field.</summary>
    public decimal? Area(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!decimal.TryParse(Digits(value), NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, Invariant, out var area)
            || PerformanceBasicData.AreaProblem(area) is not null)
        {
            Fail(field, $"“{label}”须填写以平方米为单位、最多两位小数的数字（您填写的是“{value.Trim()}”）。");
            return null;
        }
        return area;
    }

    /// <summary>A rate as the forms print it ("95.00%"); null for a blank field.</summary>
    public string? Rate(string? value, string field, string label)
    {
        var text = Text(value)?.Trim();
        if (text is not null && EvaluationScoring.ParseRate(text) is null)
        {
            Fail(field, $"“{label}”须填写百分数，如 95.00%（您填写的是“{text}”）。");
            return null;
        }
        return text;
    }

    /// <summary>A count of people, vehicles, groups …: a whole number, zero or more; null for a blank field.</summary>
    public int? Count(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        // Thousands commas only where they belong: "1,2,3" is not 123 (int.TryParse would take it as such).
        var digits = Digits(value);
        if (!WellGrouped(digits)
            || !int.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, Invariant, out var count))
        {
            Fail(field, $"“{label}”须填写整数（您填写的是“{value.Trim()}”）。");
            return null;
        }
        if (count < 0)
        {
            Fail(field, $"“{label}”不能为负数，请填写 0 或正整数（您填写的是“{value.Trim()}”）。");
            return null;
        }
        return count;
    }

    /// <summary>A weight, a score: a number, zero or more, decimals allowed; null for a blank field.</summary>
    /// <summary>A 分值 or 得分 with the decimals typed (9.10 stays 9.10); null for a blank field.</summary>
    public decimal? Score(string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!decimal.TryParse(Digits(value), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var number))
        {
            Fail(field, $"“{label}”须填写数字（您填写的是“{value.Trim()}”）。");
            return null;
        }
        if (EvaluationScoring.ScoreProblem(number) is { } problem)
        {
            Fail(field, $"“{label}”{problem}（您填写的是“{value.Trim()}”）");
            return null;
        }
        return number;
    }

    /// <summary>An amount for a hint next to a field: null when blank or not a valid amount (the save reports those).</summary>
    public static Money? TryAmount(string? value) =>
        Money.TryParseWanYuan(value, out var money) && !money.IsNegative ? money : null;

    public static decimal? TryNumber(string? value) =>
        decimal.TryParse(Digits(value ?? ""), NumberStyles.AllowDecimalPoint, Invariant, out var number) ? number : null;

    public static int? TryCount(string? value) =>
        int.TryParse(Digits(value ?? ""), NumberStyles.AllowThousands, Invariant, out var count) ? count : null;

    /// <summary>Digits with no comma, or commas between groups of three ("12,345"), after an optional sign.</summary>
    private static bool WellGrouped(string digits)
    {
        var groups = digits.TrimStart('+', '-').Split(',');
        return groups.Length == 1
               || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3));
    }

    // Full-width digits and signs, as Chinese input methods type them, read as ASCII.
    private static string Digits(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            text.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '－' or '−' => '-',
                '．' => '.',
                '，' => ',',
                _ => c,
            });
        }
        return text.ToString();
    }
}

public enum FieldKind
{
    Text = 1,
    LongText,
    /// <summary>万元.</summary>
    Amount,
    /// <summary>A whole number.</summary>
    Count,
    /// <summary>A decimal number that is not money: a weight, a score.</summary>
    Number,
}

/// <summary>One labelled input of a part's form, as the _PartField partial draws it.</summary>
public sealed record PartField(string Name, string Label, string? Value)
{
    public FieldKind Kind { get; init; } = FieldKind.Text;
    public string? Hint { get; init; }
    public string? Error { get; init; }
    public bool ReadOnly { get; init; }
    public bool Required { get; init; }
    public int Rows { get; init; } = 3;
    /// <summary>The id of a datalist of usual values.</summary>
    public string? Suggestions { get; init; }
    /// <summary>Shown after the label: "万元", "人", "辆".</summary>
    public string? Unit { get; init; }

    public string Id => IdOf(Name);

    /// <summary>"Input.Duties[2]" → "Input_Duties_2_": the id of a posted name, as links to the field use it.</summary>
    public static string IdOf(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '_').ToArray());

    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids
            ? ids
            : null;
}

public enum ListVerb
{
    Add = 1,
    Remove,
    Up,
    Down,
}

/// <summary>What a list item is called in labels and notices: "条" and "职能" give "第3条职能".</summary>
/// <param name="Within">Where the list is, when the page has several of the kind: "年度目标2 ".</param>
public sealed record ListNoun(string Measure, string Name, string Within = "")
{
    public string Of(int index) => $"{Within}第{index + 1}{Measure}{Name}";
}

/// <summary>
/// A change to one of a form's lists (add, remove, move up or down), posted by the button the person
/// pressed as "verb:list:index". The page applies it to what was posted and shows the form again
/// without saving, so lists can be edited without script and nothing typed is lost.
/// </summary>
public sealed record ListEdit(ListVerb Verb, string List, int Index)
{
    public static string Value(ListVerb verb, string list, int index = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"{verb.ToString().ToLowerInvariant()}:{list}:{index}");

    public static ListEdit? Parse(string? value)
    {
        var parts = (value ?? "").Split(':');
        return parts.Length == 3
               && Enum.TryParse<ListVerb>(parts[0], ignoreCase: true, out var verb) && Enum.IsDefined(verb)
               && parts[1].Length > 0
               && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? new ListEdit(verb, parts[1], index)
            : null;
    }

    /// <summary>Applies the edit to the list; false when the index is out of range.</summary>
    public bool ApplyTo<T>(List<T> items, Func<T> create)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(create);
        switch (Verb)
        {
            case ListVerb.Add:
                items.Add(create());
                return true;
            case ListVerb.Remove when Index < items.Count:
                items.RemoveAt(Index);
                return true;
            case ListVerb.Up when Index > 0 && Index < items.Count:
                (items[Index - 1], items[Index]) = (items[Index], items[Index - 1]);
                return true;
            case ListVerb.Down when Index + 1 < items.Count:
                (items[Index + 1], items[Index]) = (items[Index], items[Index + 1]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>What the page says after the edit; the list is only saved with the form.</summary>
    public string Describe(ListNoun noun, int count) => Verb switch
    {
        ListVerb.Add => $"已添加{noun.Of(count - 1)}，填写后请点击“保存”。",
        ListVerb.Remove => $"已删除原{noun.Of(Index)}，点击“保存”后生效。",
        ListVerb.Up => $"已将{noun.Of(Index)}上移，点击“保存”后生效。",
        _ => $"已将{noun.Of(Index)}下移，点击“保存”后生效。",
    };
}

/// <summary>
/// The buttons of a list: "add" after the list (<see cref="Index"/> −1), or move up, move down and
/// remove beside item <see cref="Index"/>; drawn by the _ListButtons partial only on an editable page.
/// </summary>
public sealed record ListButtons(bool Editable, string Action, string List, int Index, int Count, string ItemLabel)
{
    public bool IsAdd => Index < 0;
}
