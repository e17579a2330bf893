namespace FinalAccounts.Domain.Organizations;

/// <summary>The three tiers of 行政区划 the portal arranges regions in.</summary>
public enum RegionLevel
{
    /// <summary>省级: 420000 湖北省.</summary>
    Province = 1,
    /// <summary>地级: 420100 武汉市.</summary>
    City = 2,
    /// <summary>县级: 420104 硚口区.</summary>
    County = 3,
}

/// <summary>
/// An administrative division, by its six-digit code (420104 武汉市硚口区). The code says its tier:
/// xx0000 a province, xxxx00 a city, anything else a county or district. A region is renamed or
/// retired, never deleted, so every disclosure keeps its place.
/// </summary>
public sealed class Region
{
    /// <summary>The longest a region's name the database keeps.</summary>
    public const int MaxNameLength = 64;

    private Region() { Code = null!; Name = null!; }

    public Region(string code, string name, string? parentCode = null)
    {
        if (!IsValidCode(code))
        {
            throw new ArgumentException($"“{code}”不是六位行政区划代码。", nameof(code));
        }
        if (parentCode is not null && !IsValidCode(parentCode))
        {
            throw new ArgumentException($"“{parentCode}”不是六位行政区划代码。", nameof(parentCode));
        }
        Code = code;
        Name = null!;
        Rename(name);
        ParentCode = parentCode;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string? ParentCode { get; private set; }
    /// <summary>The day the region stopped taking new departments; null while it is in use.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;

    public RegionLevel Level => LevelOf(Code);

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > MaxNameLength)
        {
            throw new ArgumentException($"地区名称最长 {MaxNameLength} 个字。", nameof(name));
        }
        Name = name.Trim();
    }

    public void Retire(DateOnly on) => RetiredOn ??= on;

    public void Restore() => RetiredOn = null;

    public static bool IsValidCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit) && code[..2] != "00";

    public static RegionLevel LevelOf(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
        : code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.City
        : RegionLevel.County;

    /// <summary>
    /// Why a region with this code cannot sit under that parent, or null when it can: a province has
    /// none; a city sits under its province; a county under its city, or directly under its province
    /// (省直辖县级行政单位 such as 429004 仙桃市). The parent's code is the start of the child's.
    /// </summary>
    public static string? ParentProblem(string code, Region? parent)
    {
        var level = LevelOf(code);
        if (parent is null)
        {
            return level == RegionLevel.Province ? null : $"“{code}”不是省级代码，须选择上级地区。";
        }
        if (level == RegionLevel.Province)
        {
            return $"“{code}”是省级代码，不能有上级地区。";
        }
        if (parent.Level >= level)
        {
            return $"上级地区“{parent.Code} {parent.Name}”的级别不高于“{code}”。";
        }
        var prefix = parent.Level == RegionLevel.Province ? 2 : 4;
        if (!code.StartsWith(parent.Code[..prefix], StringComparison.Ordinal))
        {
            return $"“{code}”不在上级地区“{parent.Code} {parent.Name}”的代码范围内（应以 {parent.Code[..prefix]} 开头）。";
        }
        return parent.IsRetired ? $"上级地区“{parent.Name}”已撤销。" : null;
    }
}
