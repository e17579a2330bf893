using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Workbooks;
using FluentAssertions;
using Xunit;

namespace FinalAccounts.UnitTests.Workbooks;

public sealed class CatalogWorkbookTests
{
    private static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly CatalogFile Catalog = new(
        [new("204", "公共安全支出", null), new("20406", "司法", null), new("2040601", "行政运行", "反映行政单位的基本支出。"),
         new("2040610", "社区矫正", null)],
        [new("301", "工资福利支出", null), new("30101", "基本工资", null)],
        [new(CatalogKind.Function, "2040699", "2040610")]);

    private static byte[] Sheets(IReadOnlyList<IReadOnlyList<object?>> functions, IReadOnlyList<IReadOnlyList<object?>>? moves = null,
        bool economics = true)
    {
        List<ListSheetData> sheets = [new(CatalogSheets.Functions, CatalogSheets.EntryColumns, functions)];
        if (economics)
        {
            sheets.Add(new(CatalogSheets.Economics, CatalogSheets.EntryColumns, [["301", "工资福利支出", "类", null]]));
        }
        if (moves is not null)
        {
            sheets.Add(new(CatalogSheets.Moves, CatalogSheets.MoveColumns, moves));
        }
        return ListWorkbook.Write(sheets, Timestamp);
    }

    [Fact]
    public void ACatalogReadsBackAsItWasWritten()
    {
        var (read, problems) = CatalogWorkbook.Read(new MemoryStream(CatalogWorkbook.Write(Catalog, Timestamp)));

        problems.Should().BeEmpty();
        read!.Functions.Should().Equal(Catalog.Functions);
        read.Economics.Should().Equal(Catalog.Economics);
        read.Moves.Should().Equal(Catalog.Moves);
    }

    [Theory]
    [InlineData("20406", "类", "支出功能分类科目 A3：级次为“类”的科目编码应为 3 位，“20406”是 5 位。")]
    [InlineData("2049901", "项", "支出功能分类科目 A3：科目“2049901”的上级科目“20499”不在表中。请补上上级科目，或改正编码。")]
    [InlineData("204", "类", "支出功能分类科目 A3：科目编码“204”重复（与第 1 条相同）。")]
    [InlineData("1040601", "项", "支出功能分类科目 A3：“1040601”不是有效的支出功能分类科目编码（类 3 位、款 5 位、项 7 位数字，以 2 开头）。")]
    [InlineData("20407", "段", "支出功能分类科目 A3：级次应填“类”“款”或“项”（或留空），不是“段”。")]
    public void ABadEntryIsRefusedAtItsRow(string code, string level, string message)
    {
        var (read, problems) = CatalogWorkbook.Read(new MemoryStream(Sheets([["204", "公共安全支出", "类", null], [code, "某科目", level, null]])));

        read.Should().BeNull();
        problems.Select(p => p.Message).Should().Contain(message);
    }

    [Fact]
    public void AMoveToACodeNotInTheFileOrOfAnotherLevelIsRefused()
    {
        var (read, problems) = CatalogWorkbook.Read(new MemoryStream(Sheets(
            [["204", "公共安全支出", "类", null], ["20406", "司法", "款", null]],
            [["支出功能分类", "20405", "20499"], ["支出功能分类", "2040601", "20406"], ["预算科目", "301", "302"]])));

        read.Should().BeNull();
        problems.Select(p => p.Message).Should().BeEquivalentTo(
            "科目变动 A4：科目类别应填“支出功能分类”或“经济分类”，不是“预算科目”。",
            "科目变动 B2：新科目编码“20499”不在本年度的支出功能分类科目中。",
            "科目变动 B3：“2040601”和“20406”不是同一级科目，编码变动须在同一级之间。");
    }

    [Fact]
    public void ACatalogWithoutItsEconomicSheetIsRefused()
    {
        var (read, problems) = CatalogWorkbook.Read(new MemoryStream(Sheets([["204", "公共安全支出", "类", null]], economics: false)));

        read.Should().BeNull();
        problems.Should().ContainSingle().Which.Message.Should().StartWith("经济分类科目：工作簿中没有这张表。");
    }

    [Fact]
    public void AShortTextFileEndingInChineseIsRecognisedAsText()
    {
        var (_, problems) = CatalogWorkbook.Read(new MemoryStream("科目编码,科目名称\n204,公共安全支出"u8.ToArray()));

        problems.Should().ContainSingle().Which.Message.Should().Be("文件是文本文件（如 CSV），不是 Excel 工作簿。请使用下载的科目表（.xlsx）填写后上传。");
    }
}
