using FinalAccounts.Infrastructure.Exports;
using FinalAccounts.Infrastructure.Workbooks;
using FluentAssertions;
using Xunit;

namespace FinalAccounts.UnitTests.Workbooks;

public sealed class ListSheetTests
{
    private static readonly DateTimeOffset Timestamp = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static byte[] Workbook(params IReadOnlyList<object?>[] rows) =>
        ListWorkbook.Write([new ListSheetData("名单", ["编码", "名称"], rows)], Timestamp);

    private static (IReadOnlyList<ListRow>? Rows, IReadOnlyList<TemplateProblem> Problems) Read(byte[] bytes, params string[] columns)
    {
        var problems = new TemplateProblems();
        using var workbook = UploadedWorkbook.Open(new MemoryStream(bytes), "名单", problems.File);
        var rows = workbook is null ? null : ListSheet.Read(workbook, "名单", columns.Length == 0 ? ["编码", "名称"] : columns, problems);
        return (rows, problems.ToList());
    }

    [Fact]
    public void ReadsBackWhatTheListWorkbookWrote()
    {
        var (rows, problems) = Read(Workbook(["2040601", "行政运行"], [null, null], [30101, "基本工资"]));

        problems.Should().BeEmpty();
        rows!.Select(r => (r.Number, r[0], r[1])).Should().Equal((2, "2040601", "行政运行"), (4, "30101", "基本工资"));
    }

    [Fact]
    public void ATextThatLooksLikeAFormulaIsWrittenInert()
    {
        var (rows, _) = Read(Workbook(["=HYPERLINK(\"x\")", "@SUM(A1)"]));

        rows!.Single().Values.Should().Equal("'=HYPERLINK(\"x\")", "'@SUM(A1)");
    }

    [Fact]
    public void AHeadingOtherThanExpectedIsRefusedAtItsCell()
    {
        var (rows, problems) = Read(Workbook(["1", "a"]), "编码", "全称");

        rows.Should().BeNull();
        problems.Should().ContainSingle().Which.Message.Should().Be("名单 B1：表头应为“全称”，实际是“名称”。请使用下载的样表，不要增删或调换列。");
    }

    [Fact]
    public void AMissingSheetIsNamed()
    {
        var problems = new TemplateProblems();
        using var workbook = UploadedWorkbook.Open(new MemoryStream(Workbook()), "名单", problems.File);

        ListSheet.Read(workbook!, "科目变动", ["原科目编码"], problems).Should().BeNull();
        ListSheet.Read(workbook!, "其他", ["原科目编码"], problems, optional: true).Should().BeNull();
        problems.ToList().Should().ContainSingle().Which.Message.Should().StartWith("科目变动：工作簿中没有这张表。");
    }

    [Fact]
    public void AFileThatIsNoWorkbookIsRefusedNamingWhatToUpload()
    {
        var (rows, problems) = Read("编码,名称\n1,a\n"u8.ToArray());

        rows.Should().BeNull();
        problems.Should().ContainSingle().Which.Message.Should().Be("文件是文本文件（如 CSV），不是 Excel 工作簿。请使用下载的名单（.xlsx）填写后上传。");
    }
}
