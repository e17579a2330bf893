using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.UnitTests.Exports;

public class DisclosureWorkbookTests
{
    [Fact]
    public void IsValidSpreadsheetMlWithTitleAndAuthor()
    {
        var bytes = DisclosureWorkbook.Write(ExportTestData.Header, ExportTestData.Tables(), new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);

        new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        document.PackageProperties.Title.Should().Be("2024年度测试局部门决算公开（第1版）部门决算表");
        document.PackageProperties.Creator.Should().Be("武汉市测试局");
        document.PackageProperties.Created.Should().Be(new DateTime(2025, 9, 1));
    }
}
