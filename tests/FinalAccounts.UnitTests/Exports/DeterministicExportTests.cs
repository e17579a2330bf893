using System.IO.Compression;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.UnitTests.Exports;

/// <summary>The same version gives the same bytes, so that its ETag never changes.</summary>
public class DeterministicExportTests
{
    private static readonly DateTimeOffset PublishedAt = new(2025, 9, 1, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheWorkbookIsTheSameByteForByteAndCarriesThePublicationTime()
    {
        var tables = ExportTestData.Tables();

        var first = DisclosureWorkbook.Write(ExportTestData.Header, tables, PublishedAt);
        await Task.Delay(TimeSpan.FromSeconds(2.1));
        var second = DisclosureWorkbook.Write(ExportTestData.Header, ExportTestData.Tables(), PublishedAt);

        second.Should().Equal(first);
        using var zip = new ZipArchive(new MemoryStream(first));
        zip.Entries.Should().OnlyContain(e => e.LastWriteTime.DateTime == PublishedAt.DateTime);
        zip.Entries.Select(e => e.FullName).Should().Contain("docProps/core.xml");
    }

    [Fact]
    public void TheDataPackageAndTheCsvZipAreTheSameByteForByte()
    {
        var first = FiscalDataPackage.Write(ExportTestData.Header, ExportTestData.Tables(), PublishedAt);
        var second = FiscalDataPackage.Write(ExportTestData.Header, ExportTestData.Tables(), PublishedAt);

        second.Should().Equal(first);
        using var zip = new ZipArchive(new MemoryStream(first));
        zip.Entries.Select(e => e.FullName).Should().Equal(FiscalDataPackage.DescriptorName, FiscalDataPackage.AmountsPath, FiscalDataPackage.TablesPath);
        zip.Entries.Should().OnlyContain(e => e.LastWriteTime.DateTime == PublishedAt.DateTime);
    }

    [Fact]
    public void NamesADraftAsAPreviewLikeItsPdf()
    {
        var draft = ExportTestData.Header with { Status = Domain.Disclosures.DisclosureStatus.Draft, PublishedOn = null, Version = 2 };

        ExportNaming.BaseName(draft).Should().Be("2024年度测试局部门决算公开（第2版，预览）");
        ExportNaming.BaseName(ExportTestData.Header).Should().Be("2024年度测试局部门决算公开（第1版）");
    }
}
