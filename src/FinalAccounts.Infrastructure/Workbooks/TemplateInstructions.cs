using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>The 填表说明 sheet: how to fill the nine tables so that the upload reads them.</summary>
internal static class TemplateInstructions
{
    private const double Width = 90;
    private const double LineHeight = 15;

    public static IReadOnlyList<string> Lines(TemplateTitle title) =>
    [
        $"单位：{title.ReportingUnit}　　年度：{title.Year}年度　　金额单位：{Domain.Tables.Printed.PrintedTable.Unit}",
        "一、本工作簿是部门决算公开九张表（公开01表至公开09表）的填报模板，每张表一个工作表，格式与公开的表格相同。填好后在系统的草稿页面上传，系统会先列出与草稿不同的地方，确认后一次保存。",
        "二、金额单位为万元，直接填写数字，如 3469.73 或 3,469.73；最多六位小数（精确到分）。没有金额的单元格留空，不要填写“-”“无”等文字；确实为零的填 0。金额不能为负数。",
        "三、公开02、03、05、07、08表按支出功能分类科目逐行填写：在“类”列填写完整的科目编码（类3位、款5位、项7位，如 2040601），也可以把编码分开填在“类”“款”“项”三列（如 204、06、01）。“合计”行不填编码。",
        "四、科目名称可以留空，上传时按本年度科目目录填写；填写了的，须与目录中的名称一致（不计空格），否则会提示核对编码。编码必须是本年度目录中有的科目。",
        "五、增加科目时，在“空表说明”行之上插入新行，填写编码、名称和金额；不需要的科目行整行删除。行的先后顺序按表中的顺序保存。空行会被忽略。",
        "六、公开01、04、09表的项目是固定的，只填金额，不要修改项目名称。公开01、04表已列出全部支出功能分类“类”；如需列示其他“类”，插入一行，在支出“项目”栏写“编码 名称”，如“227 预备费”。",
        "七、公开05表最右边的“年初预算”列不在公开的表中列示，用于决算情况说明中“完成年初预算的百分比”，请按科目填写调整前的年初预算数。",
        "八、公开06表分三栏：左栏为人员经费（301、303类及其款），中栏为公用经费中的302类及其款，右栏为其他公用经费（如310类及其款）；每栏填写经济分类科目编码、科目名称和决算数。最下面一行填写人员经费合计和公用经费合计。",
        "九、某张表没有数据时，在该表下方“空表说明：”右边的单元格填写公开时印在表下的说明，如“本部门2024年度无政府性基金预算财政拨款收入支出。”；有数据的表留空。",
        "十、请不要修改工作表名称，不要增加或删除工作表（绩效自评表除外，见第十二条），不要插入、删除或移动列，不要修改表头，也不要在表格右侧或下方另写内容。决算软件导出的同样格式的表格，可以整块复制粘贴到对应位置。",
        "十一、上传时系统逐格检查，发现问题会列出工作表和单元格（如“公开02表 E8”）并说明如何修改；全部改正后才会保存，不会只保存一部分。",
        "十二、“基础数据表”是整体支出绩效评价基础数据表；以“绩效自评”开头的工作表是各项绩效自评表，每项一张。最后两张空白表用于新增整体或项目自评，复制空白表可再新增；删除某项自评的工作表即删除这项自评。上传决算软件导出、没有这些工作表的文件时，已填的基础数据表和绩效自评保持不变。",
    ];

    public static Worksheet Worksheet(TemplateTitle title, DisclosureWorkbook.SharedStrings strings)
    {
        var rows = new List<Row> { Row(1, $"{title.Title}　填报模板", WorkbookStyles.Title, 24, strings) };
        var lines = Lines(title);
        for (var i = 0; i < lines.Count; i++)
        {
            rows.Add(Row((uint)(i + 2), lines[i], WorkbookStyles.Note, Lines(lines[i]) * LineHeight, strings));
        }
        return new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetFormatProperties { DefaultRowHeight = LineHeight },
            new Columns(new Column { Min = 1, Max = 1, Width = Width, CustomWidth = true }),
            new SheetData(rows),
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
    }

    private static Row Row(uint index, string text, uint style, double height, DisclosureWorkbook.SharedStrings strings) =>
        new(new Cell
        {
            CellReference = "A" + index.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.SharedString,
            CellValue = new CellValue(strings.IndexOf(text)),
            StyleIndex = style,
        })
        {
            RowIndex = index,
            Height = height,
            CustomHeight = true,
        };

    // A Chinese character takes two character widths.
    private static int Lines(string text) =>
        Math.Max(1, (int)Math.Ceiling(text.Sum(c => c < 0x2000 ? 1 : 2) / (Width - 4)));
}
