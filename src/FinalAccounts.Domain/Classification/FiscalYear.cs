namespace FinalAccounts.Domain.Classification;

/// <summary>A budget year (the calendar year in China).</summary>
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    public const int Earliest = 2000;
    public const int Latest = 2100;

    public FiscalYear(int value)
    {
        if (value is < Earliest or > Latest)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"年度必须在 {Earliest} 至 {Latest} 之间。");
        }
        Value = value;
    }

    public int Value { get; }

    public FiscalYear Previous => new(Value - 1);

    public int CompareTo(FiscalYear other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
