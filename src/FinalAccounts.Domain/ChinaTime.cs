namespace FinalAccounts.Domain;

/// <summary>
/// China Standard Time (UTC+8, no daylight saving), in which every date the portal prints or counts
/// — a publication date, an approval date, the days to a deadline — is reckoned.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The date in China at that instant.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>Midnight at the start of that date in China.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);
}
