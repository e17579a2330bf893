namespace FinalAccounts.Domain.Organizations;

public enum BudgetUnitKind
{
    /// <summary>本级: the department's own accounts.</summary>
    Own = 1,
    /// <summary>二级预算单位: a subordinate unit consolidated into the department's accounts.</summary>
    Subordinate = 2,
}

/// <summary>
/// A government department that publishes final accounts, with the budget units it consolidates.
/// Its code is part of every published address and never changes once it has published; its names
/// may (each published version keeps the name it was published under); it is retired, never deleted.
/// </summary>
public sealed class Department
{
    /// <summary>The longest the full name the database keeps.</summary>
    public const int MaxNameLength = 128;
    /// <summary>The longest the short name, 区司法局 the database keeps.</summary>
    public const int MaxShortNameLength = 64;

    public const int MaxCodeLength = 32;
    private readonly List<BudgetUnit> _units = [];

    private Department() { Code = null!; Name = null!; ShortName = null!; RegionCode = null!; Kind = null!; }

    public Department(string code, string name, string shortName, string regionCode, string kind = DepartmentKinds.Other)
    {
        if (!IsValidCode(code))
        {
            throw new ArgumentException($"部门编码“{code}”只能包含字母、数字和连字符，最长 {MaxCodeLength} 位。", nameof(code));
        }
        if (!Region.IsValidCode(regionCode))
        {
            throw new ArgumentException($"“{regionCode}”不是六位行政区划代码。", nameof(regionCode));
        }
        Code = code;
        RegionCode = regionCode;
        Name = ShortName = Kind = null!;
        Rename(name, shortName);
        ChangeKind(kind);
    }

    public int Id { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    /// <summary>How the department names itself in headings, e.g. 区司法局.</summary>
    public string ShortName { get; private set; }
    public string RegionCode { get; private set; }
    /// <summary>One of <see cref="DepartmentKinds.All"/>: the peer group auditors compare it with.</summary>
    public string Kind { get; private set; }
    /// <summary>The day the department stopped opening years (merged, abolished); null while it publishes.</summary>
    public DateOnly? RetiredOn { get; private set; }
    public IReadOnlyList<BudgetUnit> Units => _units;

    public bool IsRetired => RetiredOn is not null;

    public void Rename(string name, string shortName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        if (name.Trim().Length > MaxNameLength || shortName.Trim().Length > MaxShortNameLength)
        {
            throw new ArgumentException($"部门全称最长 {MaxNameLength} 个字，简称最长 {MaxShortNameLength} 个字。", nameof(name));
        }
        Name = name.Trim();
        ShortName = shortName.Trim();
    }

    public void ChangeKind(string kind)
    {
        if (!DepartmentKinds.IsKnown(kind))
        {
            throw new ArgumentException($"没有“{kind}”这个部门类别。", nameof(kind));
        }
        Kind = kind;
    }

    public void Retire(DateOnly on) => RetiredOn ??= on;

    public void Restore() => RetiredOn = null;

    public void AddUnit(string name, BudgetUnitKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_units.Any(u => u.Name == name.Trim()))
        {
            throw new InvalidOperationException($"预算单位“{name}”已存在。");
        }
        _units.Add(new BudgetUnit(_units.Count + 1, name.Trim(), kind));
    }

    /// <summary>
    /// Replaces the budget units: exactly one 本级, listed first, then the 二级预算单位, each name once.
    /// </summary>
    public void ReplaceUnits(IReadOnlyList<(string Name, BudgetUnitKind Kind)> units)
    {
        if (UnitsProblem(units) is { } problem)
        {
            throw new ArgumentException(problem, nameof(units));
        }
        _units.Clear();
        foreach (var (name, kind) in units.OrderBy(u => u.Kind))
        {
            AddUnit(name, kind);
        }
    }

    /// <summary>Why these units cannot be a department's, or null when they can.</summary>
    public static string? UnitsProblem(IReadOnlyList<(string Name, BudgetUnitKind Kind)> units)
    {
        if (units.Count(u => u.Kind == BudgetUnitKind.Own) != 1)
        {
            return "须有且只有一个本级单位。";
        }
        if (units.Any(u => string.IsNullOrWhiteSpace(u.Name)))
        {
            return "预算单位名称不能为空。";
        }
        if (units.Any(u => u.Name.Trim().Length > BudgetUnit.MaxNameLength))
        {
            return $"预算单位名称最长 {BudgetUnit.MaxNameLength} 个字。";
        }
        var repeated = units.GroupBy(u => u.Name.Trim()).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : $"预算单位“{repeated.Key}”重复。";
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
