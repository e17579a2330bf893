namespace FinalAccounts.Domain.Classification;

public enum FunctionLevel
{
    /// <summary>类, three digits (204 公共安全支出).</summary>
    Class = 1,
    /// <summary>款, five digits (20406 司法).</summary>
    Section = 2,
    /// <summary>项, seven digits (2040601 行政运行).</summary>
    Item = 3,
}

/// <summary>A 支出功能分类科目 code: 类 (3 digits), 款 (5) or 项 (7); each level extends its parent.</summary>
public readonly record struct FunctionCode : IComparable<FunctionCode>, IClassificationCode
{
    private FunctionCode(string value) => Value = value;

    public string Value { get; }

    public FunctionLevel Level => Value.Length switch
    {
        3 => FunctionLevel.Class,
        5 => FunctionLevel.Section,
        _ => FunctionLevel.Item,
    };

    /// <summary>The 款 of a 项, the 类 of a 款; null for a 类.</summary>
    public FunctionCode? Parent => Level switch
    {
        FunctionLevel.Item => new FunctionCode(Value[..5]),
        FunctionLevel.Section => new FunctionCode(Value[..3]),
        _ => null,
    };

    public string? ParentValue => Parent?.Value;

    public FunctionCode Class => new(Value[..3]);

    public bool IsWithin(FunctionCode ancestor) =>
        Value.Length > ancestor.Value.Length && Value.StartsWith(ancestor.Value, StringComparison.Ordinal);

    public static FunctionCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"“{text}”不是有效的支出功能分类科目编码（类 3 位、款 5 位、项 7 位数字，以 2 开头）。");

    public static bool TryParse(string? text, out FunctionCode code)
    {
        code = default;
        var value = text?.Trim();
        if (value is not { Length: 3 or 5 or 7 } || !value.All(char.IsAsciiDigit) || value[0] != '2')
        {
            return false;
        }
        code = new FunctionCode(value);
        return true;
    }

    public int CompareTo(FunctionCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
