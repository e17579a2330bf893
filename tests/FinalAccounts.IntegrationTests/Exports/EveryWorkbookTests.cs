using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Queries;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Infrastructure.Workbooks;
using FinalAccounts.IntegrationTests.Web;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.IntegrationTests.Exports;

/// <summary>
/// Every kind of .xlsx the portal writes opens in a second, independent reader, and refers to its
/// parts by relative targets as Excel does (some readers refuse the absolute ones a packaging library writes).
/// </summary>
public sealed class EveryWorkbookTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string> Kinds => ["disclosure", "template", "catalog", "accounts", "timeliness"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryWorkbookOpensInASecondReaderWithRelativePartTargets(string kind)
    {
        var template = TemplateWorkbook.Write(DisclosureSnapshot.Capture((await ExportSeeds.AnalyzeAsync(portal, "420104-sfj", 2024)).Version,
            "420104-sfj", 2024).Tables, new TemplateTitle("2024年度硚口区司法局部门决算公开", "武汉市硚口区司法局", 2024));
        (byte[] bytes, string firstSheet, string? firstCell) = kind switch
        {
            "disclosure" => (await portal.CreateClient().GetByteArrayAsync("/disclosures/420104-sfj/2024/xlsx"), "公开01表", null),
            "template" => (template, "填表说明", null),
            "catalog" => (CatalogWorkbook.Write(new CatalogFile([new("204", "公共安全支出", null)], [new("301", "工资福利支出", null)], []), Timestamp),
                CatalogSheets.Functions, "科目编码"),
            "accounts" => (StaffAccountImport.Sample(Timestamp), "账户", "用户名"),
            _ => (TimelinessExport.Xlsx(Timeliness(), Timeliness().Rows).Content, "2024年度公开时效", "地区"),
        };

        var read = ReadWorkbook.Read(bytes);

        read.Sheets.Select(s => s.Name).Should().Contain(firstSheet);
        if (firstCell is not null)
        {
            read[firstSheet].Values[0][0].Should().Be(firstCell);
        }
        Targets(bytes).Should().NotBeEmpty().And.OnlyContain(t => !t.StartsWith('/'), "targets are relative to their source part");
    }

    private static TimelinessTable Timeliness() => new("420100", "武汉市", 2024, new DateOnly(2025, 6, 1),
        [new TimelinessRow("420104", "硚口区", "420104-sfj", "武汉市硚口区司法局", "司法行政",
            new PublicationTimeliness(new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 15), new DateOnly(2025, 6, 1)))]);

    private static IReadOnlyList<string> Targets(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return [.. zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream).Root!.Elements().Where(r => (string?)r.Attribute("TargetMode") != "External")
                    .Select(r => (string)r.Attribute("Target")!).ToList();
            })];
    }
}
