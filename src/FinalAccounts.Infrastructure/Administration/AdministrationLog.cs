using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Infrastructure.Administration;

/// <summary>How administrative changes name what they changed, and how they are added to the log.</summary>
internal static class AdministrationLog
{
    public static string Region(string code) => $"地区 {code}";

    public static string Department(string code) => $"部门 {code}";

    public static string Catalog(int year) => $"科目表 {year}年度";

    /// <summary>Adds the entry to the unit of work; it is written with the change it records, in one SaveChanges.</summary>
    public static void Add(FinalAccountsDbContext db, DateTimeOffset at, StaffActor actor, string subject, string action,
        string? before = null, string? after = null) =>
        db.AdministrationEntries.Add(new AdministrationEntry(at, actor, subject, action,
            Shorten(before), Shorten(after)));

    /// <summary>A value as the log keeps it: cut to what the column holds, saying so.</summary>
    public static string? Shorten(string? value) =>
        value is null || value.Length <= AdministrationEntry.MaxValueLength
            ? value
            : value[..(AdministrationEntry.MaxValueLength - 12)] + $"…（共 {value.Length} 字）";
}
