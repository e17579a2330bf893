using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.UnitTests.Validation;

namespace FinalAccounts.UnitTests.Exports;

/// <summary>The consistent test disclosure's nine tables as printed, and a header for its files.</summary>
internal static class ExportTestData
{
    public static DisclosureHeader Header { get; } = new("420104", "硚口区", "420104-sfj", "武汉市测试局", "测试局",
        2024, 1, DisclosureStatus.Published, ConsistentDisclosureBuilder.Title, ConsistentDisclosureBuilder.ReportingUnit,
        new DateOnly(2025, 9, 1));

    public static IReadOnlyList<PrintedTable> Tables(ConsistentDisclosureBuilder? builder = null) =>
        PrintedTables.Build((builder ?? new ConsistentDisclosureBuilder()).Build().Version, ConsistentDisclosureBuilder.Year,
            new Dictionary<string, string>());

    public static PrintedTable Table(PublishedTable table, ConsistentDisclosureBuilder? builder = null) =>
        Tables(builder).Single(t => t.Table == table);
}
