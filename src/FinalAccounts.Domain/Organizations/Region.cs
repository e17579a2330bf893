namespace FinalAccounts.Domain.Organizations;

/// <summary>An administrative division, by its six-digit code (420104 武汉市硚口区).</summary>
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
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Code = code;
        Name = name.Trim();
        ParentCode = parentCode;
    }

    public string Code { get; private set; }
    public string Name { get; private set; }
    public string? ParentCode { get; private set; }

    public static bool IsValidCode(string? code) => code is { Length: 6 } && code.All(char.IsAsciiDigit);
}
