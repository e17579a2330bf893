using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// The 整体支出绩效评价基础数据表 as a sheet of the template, written from a version's content and read
/// back to the same content: 财政供养人员, 经费控制情况 with its fixed lines and one row per named
/// project under 项目支出, 楼堂馆所 and 厉行节约保障措施.
/// </summary>
internal static class BasicDataTemplateSheet
{
    public const string Name = "基础数据表";
    public const string Title = "整体支出绩效评价基础数据表";

    private static readonly double[] Widths = [34, 18, 18, 18];
    private const string LinesHeading = "经费控制情况（万元）";

    private enum Kind { Count, Rate, Area, Amount, Text }

    private sealed record Field(string Label, Kind Kind, Func<BasicDataContent, object?> Get, Func<BasicDataContent, object?, BasicDataContent> Set);

    private static IReadOnlyList<Field> Staff { get; } =
    [
        new("编制数（人）", Kind.Count, d => d.AuthorizedStaff, (d, v) => d with { AuthorizedStaff = (int?)v }),
        new("实际在职人数（人）", Kind.Count, d => d.ActualStaff, (d, v) => d with { ActualStaff = (int?)v }),
        new("控制率", Kind.Rate, d => d.StaffControlRate, (d, v) => d with { StaffControlRate = (string?)v }),
    ];

    private static IReadOnlyList<Field> Buildings { get; } =
    [
        new("楼堂馆所批复规模（㎡）", Kind.Area, d => d.ApprovedArea, (d, v) => d with { ApprovedArea = (decimal?)v }),
        new("楼堂馆所实际规模（㎡）", Kind.Area, d => d.ActualArea, (d, v) => d with { ActualArea = (decimal?)v }),
        new("规模控制率", Kind.Rate, d => d.AreaControlRate, (d, v) => d with { AreaControlRate = (string?)v }),
        new("预算投资（万元）", Kind.Amount, d => d.BudgetedInvestment, (d, v) => d with { BudgetedInvestment = (string?)v }),
        new("实际投资（万元）", Kind.Amount, d => d.ActualInvestment, (d, v) => d with { ActualInvestment = (string?)v }),
        new("投资概算控制率", Kind.Rate, d => d.InvestmentControlRate, (d, v) => d with { InvestmentControlRate = (string?)v }),
        new("厉行节约保障措施", Kind.Text, d => d.Frugality, (d, v) => d with { Frugality = (string?)v }),
    ];

    public static Worksheet Write(BasicDataContent? content, int year, DisclosureWorkbook.SharedStrings strings)
    {
        var data = content ?? BasicDataContent.Empty;
        var form = new FormSheet(Widths, strings)
            .Title(Title)
            .Subtitle($"（{year.ToString(CultureInfo.InvariantCulture)}年度）")
            .Note("填写说明：人数填整数；金额单位万元，填数字；控制率按“95.00%”的样式填写。每个项目一行，插入在“项目支出”行与“本级专项资金”行之间，" +
                  "第一列填写项目名称。没有这张表的，所有数字和文字留空。")
            .Blank();
        foreach (var field in Staff)
        {
            form.Add([FormCell.Heading(field.Label), Cell(field, data), FormCell.Label("", 2)]);
        }
        form.Blank().Add([FormCell.Heading(LinesHeading), .. BasicDataLines.Columns.Select(c => FormCell.Heading(c))]);
        foreach (var line in BasicDataLines.Fixed)
        {
            Line(form, line.Label(), data.Lines.FirstOrDefault(l => l.Line == line.Key()));
            if (line == BasicDataLine.Projects)
            {
                foreach (var project in data.Lines.Where(l => l.Line == BasicDataLine.Project.Key()))
                {
                    Line(form, project.Name ?? "", project);
                }
            }
        }
        form.Blank();
        foreach (var field in Buildings)
        {
            form.Add([FormCell.Heading(field.Label), Cell(field, data) with { Span = field.Kind == Kind.Text ? 3 : 1 },
                .. field.Kind == Kind.Text ? Array.Empty<FormCell>() : [FormCell.Label("", 2)]]);
        }
        return form.Worksheet();
    }

    private static void Line(FormSheet form, string label, BasicDataLineContent? line) =>
        form.Add([FormCell.Label(label), FormCell.Money(line?.PriorActual), FormCell.Money(line?.Budget), FormCell.Money(line?.Actual)]);

    private static FormCell Cell(Field field, BasicDataContent data) => field.Get(data) switch
    {
        null => FormCell.Value(null),
        string text when field.Kind == Kind.Amount => FormCell.Money(text),
        IFormattable number => FormCell.Value(number.ToString(null, CultureInfo.InvariantCulture)),
        var other => FormCell.Value(other.ToString()),
    };

    /// <summary>The form's content; null when every figure and text is blank, or when a problem was reported.</summary>
    public static BasicDataContent? Read(SheetCells cells, TemplateProblems problems)
    {
        var failed = false;
        void Problem(int row, int column, string message)
        {
            failed = true;
            problems.Cell(Name, row, column, message);
        }

        var data = BasicDataContent.Empty;
        var fields = Staff.Concat(Buildings).ToDictionary(f => TemplateText.Normalize(f.Label), StringComparer.Ordinal);
        var fixedLines = BasicDataLines.Fixed.ToDictionary(l => TemplateText.Normalize(l.Label()), StringComparer.Ordinal);
        var lines = new List<BasicDataLineContent>();
        var started = false;
        var inLines = false;
        BasicDataLine? previous = null;
        for (var row = 2; row <= cells.LastRow; row++)
        {
            var filled = cells.InRow(row).ToList();
            if (filled.Count == 0)
            {
                continue;
            }
            var label = TemplateText.Normalize(cells.Text(row, 0));
            var width = 4;
            if (fields.TryGetValue(label, out var field))
            {
                (started, inLines, width) = (true, false, 2);
                var cell = cells[row, 1];
                void At(string m) => Problem(row, 1, m);
                data = field.Set(data, field.Kind switch
                {
                    Kind.Count => CellReading.Count(cell, At),
                    Kind.Rate => CellReading.Rate(cell, At),
                    Kind.Area => CellReading.Area(cell, At),
                    Kind.Amount => CellReading.Amount(cell, At),
                    _ => CellReading.Text(cell),
                });
            }
            else if (label == TemplateText.Normalize(LinesHeading))
            {
                (started, inLines) = (true, true);
            }
            else if (inLines)
            {
                BasicDataLine line;
                string? name = null;
                if (fixedLines.TryGetValue(label, out var known))
                {
                    line = known;
                }
                else if (previous is BasicDataLine.Projects or BasicDataLine.Project && label.Length > 0)
                {
                    (line, name) = (BasicDataLine.Project, cells.Text(row, 0));
                }
                else
                {
                    Problem(row, 0, $"经费控制情况没有“{TemplateText.Quote(cells.Text(row, 0))}”这一行。请不要修改行名称；项目插入在“项目支出”行之下，第一列填写项目名称。");
                    continue;
                }
                previous = line;
                var amounts = new BasicDataLineContent(line.Key(), name,
                    CellReading.Amount(cells[row, 1], m => Problem(row, 1, m)),
                    CellReading.Amount(cells[row, 2], m => Problem(row, 2, m)),
                    CellReading.Amount(cells[row, 3], m => Problem(row, 3, m)));
                if (line == BasicDataLine.Project || amounts is not { PriorActual: null, Budget: null, Actual: null })
                {
                    lines.Add(amounts);
                }
            }
            else if (started)
            {
                Problem(row, filled[0].Column, $"“{TemplateText.Quote(filled[0].Content.Value)}”无法识别。请只在表中留出的位置填写。");
                continue;
            }
            foreach (var (column, content) in filled.Where(c => started && c.Column >= width))
            {
                Problem(row, column, $"这里的“{TemplateText.Quote(content.Value)}”不在填写的位置，导入时会丢失。请把它填到本行留出的单元格，或删除。");
            }
        }
        data = data with { Lines = lines };
        return failed || (lines.Count == 0 && data == BasicDataContent.Empty with { Lines = data.Lines }) ? null : data;
    }
}
