namespace FinalAccounts.Domain.Organizations;

public enum BudgetUnitKind
{
    /// <summary>本级: the department's own accounts.</summary>
    Own = 1,
    /// <summary>二级预算单位: a subordinate unit consolidated into the department's accounts.</summary>
    Subordinate = 2,
}

/// <summary>A government department that publishes final accounts, with the budget units it consolidates.</summary>
public sealed class Department
{
    /// <summary>The longest the full name the database keeps.</summary>
    public const int MaxNameLength = 128;
    /// <summary>The longest the short name, 区司法局 the database keeps.</summary>
    public const int MaxShortNameLength = 64;

    public const int MaxCodeLength = 32;
    private readonly List<BudgetUnit> _units = [];

    private Department() { Code = null!; Name = null!; ShortName = null!; RegionCode = null!; }

    public Department(string code, string name, string shortName, string regionCode)
    {
        if (!IsValidCode(code))
        {
            throw new ArgumentException($"部门编码“{code}”只能包含字母、数字和连字符，最长 {MaxCodeLength} 位。", nameof(code));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        if (!Region.IsValidCode(regionCode))
        {
            throw new ArgumentException($"“{regionCode}”不是六位行政区划代码。", nameof(regionCode));
        }
        Code = code;
        Name = name.Trim();
        ShortName = shortName.Trim();
        RegionCode = regionCode;
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    /// <summary>How the department names itself in headings, e.g. 区司法局.</summary>
    public string ShortName { get; private set; }
    public string RegionCode { get; private set; }
    public IReadOnlyList<BudgetUnit> Units => _units;

    public void AddUnit(string name, BudgetUnitKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_units.Any(u => u.Name == name.Trim()))
        {
            throw new InvalidOperationException($"预算单位“{name}”已存在。");
        }
        _units.Add(new BudgetUnit(_units.Count + 1, name.Trim(), kind));
    }

    public static bool IsValidCode(string? code) =>
        code is { Length: > 0 and <= MaxCodeLength } && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}

public sealed class BudgetUnit
{
    /// <summary>The longest a budget unit's name the database keeps.</summary>
    public const int MaxNameLength = 128;

    private BudgetUnit() { Name = null!; }

    internal BudgetUnit(int sequence, string name, BudgetUnitKind kind)
    {
        Sequence = sequence;
        Name = name;
        Kind = kind;
    }

    public int Sequence { get; private set; }
    public string Name { get; private set; }
    public BudgetUnitKind Kind { get; private set; }
}
