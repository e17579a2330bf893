using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Workbooks;

namespace FinalAccounts.UnitTests.Workbooks;

/// <summary>Files that cannot be imported: each says where and what to fix, and nothing is read.</summary>
public class TemplateProblemTests
{
    private static readonly byte[] Template = TemplateTestData.Template(TemplateTestData.Qiaokou);

    // 公开02表: headings on rows 4–6, 合计 on 7, then 204 (8), 20406 (9), 2040601 行政运行 (10).
    [Theory]
    [InlineData("十二万", "E8", "公开02表 E8：“十二万”不是金额，请填写数字（万元）；没有金额的留空。")]
    [InlineData("1,2345.6", "F9", "公开02表 F9：“1,2345.6”不是金额")]
    [InlineData("TRUE", "E10", "公开02表 E10：“TRUE”不是金额")]
    [InlineData("-12.5", "E10", "公开02表 E10：金额 -12.5 是负数。决算表中的金额不能为负数")]
    [InlineData("12.3456789", "E10", "公开02表 E10：金额“12.3456789”超过六位小数")]
    public void RejectsAnAmountCellThatHoldsNoAmount(string text, string cell, string message)
    {
        var import = TemplateTestData.Read(WorkbookFile.SetText(Template, "公开02表", cell, text));

        import.Tables.Should().BeNull();
        import.Problems.Should().ContainSingle().Which.Should().Match<TemplateProblem>(p =>
            p.Sheet == "公开02表" && p.Cell == cell && p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-3", "金额 -3 是负数")]
    [InlineData("0.1234567", "金额 0.1234567 超过六位小数")]
    [InlineData("1E+30", "“1E+30”不是金额")]
    public void RejectsANumberCellThatIsNoAmount(string number, string message)
    {
        var import = TemplateTestData.Read(WorkbookFile.SetNumber(Template, "公开06表", "C7", number));

        import.Tables.Should().BeNull();
        import.Problems.Should().ContainSingle().Which.Message.Should().StartWith($"公开06表 C7：{message}");
    }

    [Fact]
    public void RejectsAFormulaThatFailed()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            var cell = WorkbookFile.CellAt(d, "公开09表", "A8");
            cell.CellFormula = new CellFormula("1/0");
            cell.DataType = CellValues.Error;
            cell.CellValue = new CellValue("#DIV/0!");
        });

        var import = TemplateTestData.Read(bytes);

        import.Problems.Should().ContainSingle().Which.Message.Should().Be("公开09表 A8：公式出错（#DIV/0!）。请改正公式，或直接填写金额。");
    }

    [Theory]
    [InlineData("2040698", "公开02表 A10：科目编码 2040698 不在2024年度支出功能分类科目中，请核对编码。")]
    [InlineData("20406x", "公开02表 A10：“20406x”不是有效的支出功能分类科目编码（类3位、款5位、项7位数字，以2开头）。")]
    public void RejectsACodeTheYearDoesNotHave(string code, string message)
    {
        var import = TemplateTestData.Read(WorkbookFile.SetText(Template, "公开02表", "A10", code));

        import.Tables.Should().BeNull();
        import.Problems.Should().ContainSingle().Which.Should().Be(new TemplateProblem("公开02表", "A10", message));
    }

    [Fact]
    public void RejectsACodeListedTwice()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            WorkbookFile.SetText(d, "公开02表", "A11", "2040601");
            WorkbookFile.Clear(d, "公开02表", "D11");
        });

        var import = TemplateTestData.Read(bytes);

        import.Problems.Should().ContainSingle().Which.Should().Be(new TemplateProblem("公开02表", "A11",
            "公开02表 A11：科目编码 2040601 重复，第10行已经填写过。请把两行合并为一行。"));
    }

    [Fact]
    public void CatchesAMistypedCodeByItsName()
    {
        var import = TemplateTestData.Read(WorkbookFile.SetText(Template, "公开03表", "A10", "2040602"));

        import.Problems.Select(p => p.Message).Should().Equal(
            "公开03表 D10：编码 2040602 在2024年度支出功能分类科目中是“一般行政管理事务”，与所填名称“行政运行”不一致。请核对编码或名称（名称可以留空，按目录填写）。",
            "公开03表 A11：科目编码 2040602 重复，第10行已经填写过。请把两行合并为一行。");
    }

    [Fact]
    public void RejectsANameThatIsNotTheCodesName()
    {
        var import = TemplateTestData.Read(WorkbookFile.SetText(Template, "公开02表", "D10", "普法宣传"));

        import.Problems.Should().ContainSingle().Which.Should().Be(new TemplateProblem("公开02表", "D10",
            "公开02表 D10：编码 2040601 在2024年度支出功能分类科目中是“行政运行”，与所填名称“普法宣传”不一致。请核对编码或名称（名称可以留空，按目录填写）。"));
    }

    [Fact]
    public void RejectsAnEconomicCodeInTheWrongBlockOrUnknown()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            WorkbookFile.SetText(d, "公开06表", "A8", "30201");
            WorkbookFile.SetText(d, "公开06表", "D8", "30298");
        });

        var import = TemplateTestData.Read(bytes);

        import.Problems.Select(p => p.Message).Should().Equal(
            "公开06表 A8：30201 办公费属于公用经费，请填在公用经费栏（D至I列）。",
            "公开06表 D8：经济分类科目编码 30298 不在2024年度部门预算支出经济分类科目中，请核对编码。");
    }

    [Fact]
    public void ReportsEveryProblemNotOnlyTheFirst()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            WorkbookFile.SetText(d, "公开01表", "C7", "三千");
            WorkbookFile.SetText(d, "公开02表", "E8", "十二万");
            WorkbookFile.SetNumber(d, "公开03表", "F9", "-1");
            WorkbookFile.SetText(d, "公开05表", "A12", "2049999");
            WorkbookFile.SetText(d, "公开09表", "M8", "备注");
        });

        var import = TemplateTestData.Read(bytes);

        import.Tables.Should().BeNull();
        import.Problems.Select(p => (p.Sheet, p.Cell)).Should().Equal(
            ("公开01表", "C7"), ("公开02表", "E8"), ("公开03表", "F9"), ("公开05表", "A12"), ("公开09表", "M8"));
    }

    [Fact]
    public void StopsListingAfterTwoHundredProblems()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            foreach (var row in Enumerable.Range(8, 26))
            {
                foreach (var column in "EFGHIJ")
                {
                    WorkbookFile.SetText(d, "公开02表", $"{column}{row}", "x");
                    WorkbookFile.SetText(d, "公开03表", $"{column}{row}", "x");
                }
            }
        });

        var import = TemplateTestData.Read(bytes);

        import.Problems.Should().HaveCount(201);
        import.Problems.Take(200).Should().OnlyContain(p => p.Message.Contains("“x”不是金额", StringComparison.Ordinal));
        import.Problems[^1].Should().Be(new TemplateProblem("", null, "另有112处问题没有列出。请先改正以上问题，再上传检查。"));
    }

    [Theory]
    [InlineData("公开02表", "L9", "公开02表 L9：表格右侧的L列有内容“备注”。请不要在表格右侧增加列，删除这一列的内容后再上传。")]
    [InlineData("公开05表", "I8", "公开05表 I8：表格右侧的I列有内容“备注”。")]
    [InlineData("公开01表", "G1", "公开01表 G1：表格右侧的G列有内容“备注”。")]
    public void RejectsAColumnAddedRightOfTheTable(string sheet, string cell, string message)
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            WorkbookFile.SetText(d, sheet, cell, "备注");
            WorkbookFile.SetText(d, sheet, cell[0] + "20", "更多");
        });

        var import = TemplateTestData.Read(bytes);

        import.Tables.Should().BeNull();
        import.Problems.Should().ContainSingle("one problem per added column").Which.Should().Match<TemplateProblem>(p =>
            p.Sheet == sheet && p.Cell == cell && p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsAColumnInsertedInsideTheTableByItsHeadings()
    {
        var bytes = WorkbookFile.SetText(Template, "公开03表", "F4", "备注");

        var import = TemplateTestData.Read(bytes);

        import.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "公开03表 F4：表头应为“基本支出”，现在是“备注”。请不要插入、删除或移动列，也不要修改表头；可以重新下载模板，把数字粘贴进去。");
    }

    [Fact]
    public void RejectsARenamedSheet()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
            d.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "公开03表").Name = "支出表");

        var import = TemplateTestData.Read(bytes);

        import.Tables.Should().BeNull();
        import.Problems.Should().BeEquivalentTo(new[]
        {
            new TemplateProblem("支出表", null,
                "支出表：这不是模板中的工作表。请不要增加工作表或修改工作表名称（应为“公开01表”至“公开09表”、“基础数据表”、以“绩效自评”开头的自评表和“填表说明”），删除或改回名称后再上传。"),
            new TemplateProblem("公开03表", null, "公开03表：工作簿中没有这张表。请使用下载的模板，不要删除工作表或修改工作表名称。"),
        });
    }

    [Fact]
    public void RejectsAWorkbookMissingASheet()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            var part = WorkbookFile.Part(d, "公开07表");
            d.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "公开07表").Remove();
            d.WorkbookPart.DeletePart(part);
        });

        var import = TemplateTestData.Read(bytes);

        import.Tables.Should().BeNull();
        import.Problems.Should().ContainSingle().Which.Should().Be(new TemplateProblem("公开07表", null,
            "公开07表：工作簿中没有这张表。请使用下载的模板，不要删除工作表或修改工作表名称。"));
    }

    [Fact]
    public void RejectsAnotherYearsTemplate()
    {
        var seed = TemplateTestData.Qiaokou;
        var bytes = TemplateWorkbook.Write(seed.Tables, TemplateTestData.TitleOf(seed) with { Year = 2023 });

        var import = TemplateTestData.Read(bytes, 2024);

        import.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "这是2023年度的模板，而正在填报的是2024年度。请下载2024年度的模板填写后上传。");
    }

    [Fact]
    public void RejectsContentBelowTheTable()
    {
        var import = TemplateTestData.Read(WorkbookFile.SetText(Template, "公开08表", "B12", "补充说明"));

        import.Problems.Should().ContainSingle().Which.Should().Match<TemplateProblem>(p =>
            p.Cell == "B12" && p.Message.StartsWith("公开08表 B12：表格下方的“补充说明”无法识别。", StringComparison.Ordinal));
    }

    public static TheoryData<string, byte[], string> NotWorkbooks => new()
    {
        { "random bytes", RandomBytes(4096), "文件不是 Excel 工作簿（.xlsx）。请使用下载的模板填写后上传。" },
        { "a CSV", Encoding.UTF8.GetBytes("科目编码,科目名称,本年收入合计\n204,公共安全支出,\"2,761.28\"\n"),
            "文件是文本文件（如 CSV），不是 Excel 工作簿。请使用下载的模板（.xlsx）填写后上传。" },
        { "an .xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. RandomBytes(1024)],
            "文件是旧版 Excel 格式（.xls）。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再上传，或直接使用下载的模板。" },
        { "an empty zip", Zip(), NotASpreadsheet },
        { "a zip of other files", Zip(("readme.txt", "你好"u8.ToArray()), ("data/1.csv", "1,2"u8.ToArray())), NotASpreadsheet },
        { "a Word document", WordDocument(), NotASpreadsheet },
        { "a truncated workbook", Template[..(Template.Length / 2)], NotASpreadsheet },
        { "nothing", [], "文件是空的。请上传填好的模板文件（.xlsx）。" },
    };

    private const string NotASpreadsheet =
        "文件无法作为 Excel 工作簿读取：它可能已损坏，或者是其他文档（如 Word 文档、压缩包）。请上传填好的模板文件（.xlsx）。";

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void RejectsAFileThatIsNoWorkbook(string kind, byte[] bytes, string message)
    {
        var import = TemplateTestData.Read(bytes);

        import.Tables.Should().BeNull(kind);
        import.Problems.Should().ContainSingle(kind).Which.Should().Be(new TemplateProblem("", null, message));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RefusesAFileOverTwentyMegabytesBeforeParsingIt(bool seekable)
    {
        var bytes = new byte[21 * 1024 * 1024];
        Template.CopyTo(bytes, 0);
        using var stream = seekable ? new MemoryStream(bytes) : new ForwardOnlyStream(bytes);

        var import = TemplateWorkbookReader.Read(stream, TemplateTestData.Catalog(2024));

        import.Tables.Should().BeNull();
        import.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "文件超过20 MB，不是填好的模板。请上传从本系统下载、填好的模板文件（.xlsx）。");
        stream.Position.Should().BeLessThanOrEqualTo(TemplateWorkbookReader.MaxBytes + 81920, "reading stops at the limit");
    }

    [Fact]
    public void RefusesAZipThatClaimsToUnpackToMoreThanATemplateCould()
    {
        // The central directory's uncompressed size of the first entry, set to 2 GB without inflating anything.
        var bytes = Template.ToArray();
        var directory = IndexOf(bytes, [0x50, 0x4B, 0x01, 0x02]);
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, directory + 24);

        var import = TemplateTestData.Read(bytes);

        import.Problems.Should().ContainSingle().Which.Message.Should().Be(
            "文件解压后内容过大，远超模板的范围，无法读取。请上传从本系统下载、填好的模板文件。");
    }

    [Theory]
    [InlineData('司', "文件解压后内容过大，远超模板的范围，无法读取。请上传从本系统下载、填好的模板文件。")]
    [InlineData('a', NotASpreadsheet)]
    public void StopsReadingASheetThatUnpacksToMoreThanATemplateCould(char character, string message)
    {
        // A few kilobytes that inflate to a twelve-million-character sheet: 36 MB, over what any part
        // may unpack to; or 12 MB, under that but over the characters a part may hold.
        var bytes = WorkbookFile.Edit(Template, d => WorkbookFile.SetText(d, "公开02表", "D8", new string(character, 12_000_000)));

        var import = TemplateTestData.Read(bytes);

        bytes.Length.Should().BeLessThan(1024 * 1024);
        import.Tables.Should().BeNull();
        import.Problems.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Fact]
    public void StopsAtRowsFarBelowAnyTemplate()
    {
        var bytes = WorkbookFile.Edit(Template, d =>
        {
            foreach (var row in Enumerable.Range(5001, 1000))
            {
                WorkbookFile.SetNumber(d, "公开03表", $"E{row}", "1");
            }
        });

        var import = TemplateTestData.Read(bytes);

        import.Problems.Should().ContainSingle().Which.Should().Be(new TemplateProblem("公开03表", null,
            "公开03表：第5000行以下还有内容，远超模板的范围。请删除表格下方多余的内容后再上传。"));
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(2024).NextBytes(bytes);
        bytes[0] = 0x17;
        return bytes;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    private static byte[] WordDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                new DocumentFormat.OpenXml.Wordprocessing.Body(new DocumentFormat.OpenXml.Wordprocessing.Paragraph()));
        }
        return stream.ToArray();
    }

    private static int IndexOf(byte[] bytes, byte[] pattern) => bytes.AsSpan().IndexOf(pattern);

    /// <summary>An upload read as it arrives, without a length.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
