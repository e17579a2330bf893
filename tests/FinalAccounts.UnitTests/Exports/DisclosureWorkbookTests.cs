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

/// <summary>
/// Text stored before the input boundary refused it — Word's line break U+000B, other controls,
/// U+FFFF, a would-be formula — still gives valid downloads: the workbook drops what XML cannot
/// carry, and CSV fields a spreadsheet would evaluate are made inert.
/// </summary>
public class HostileTextExportTests
{
    private const string Hostile = "测试局\u000B本级\u0001\u001F\uFFFF";

    [Fact]
    public void AWorkbookWithControlCharactersInItsTextIsStillValid()
    {
        var tables = ExportTestData.Tables().Select(t => t with { ReportingUnit = Hostile, EmptyStatement = "=HYPERLINK(\"http://x\")" }).ToList();

        var bytes = DisclosureWorkbook.Write(ExportTestData.Header, tables, new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        new OpenXmlValidator().Validate(document).Should().BeEmpty();
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.InnerText;
        strings.Should().Contain("单位：测试局本级").And.NotContain("\u000B");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("-1,234.50", "\"-1,234.50\"")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+14.2%", "+14.2%")]
    [InlineData("+1%+cmd", "'+1%+cmd")]
    [InlineData("-%", "'-%")]
    [InlineData("测试\u0001局\uFFFF", "测试局")]
    public void ACsvFieldThatASpreadsheetWouldEvaluateIsWrittenAsText(string value, string expected)
    {
        CsvText.Field(value).Should().Be(expected);
    }
}
