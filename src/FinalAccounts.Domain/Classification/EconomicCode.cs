namespace FinalAccounts.Domain.Classification;

/// <summary>A 部门预算支出经济分类科目 code: 类 (3 digits, 301) or 款 (5 digits, 30101).</summary>
public readonly record struct EconomicCode : IComparable<EconomicCode>, IClassificationCode
{
    private EconomicCode(string value) => Value = value;

    public string Value { get; }

    public bool IsClass => Value.Length == 3;

    public EconomicCode? Parent => IsClass ? null : new EconomicCode(Value[..3]);

    public string? ParentValue => Parent?.Value;

    public static EconomicCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new FormatException($"“{text}”不是有效的经济分类科目编码（类 3 位、款 5 位数字，以 3 开头）。");

    public static bool TryParse(string? text, out EconomicCode code)
    {
        code = default;
        var value = text?.Trim();
        if (value is not { Length: 3 or 5 } || !value.All(char.IsAsciiDigit) || value[0] != '3')
        {
            return false;
        }
        code = new EconomicCode(value);
        return true;
    }

    public int CompareTo(EconomicCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
