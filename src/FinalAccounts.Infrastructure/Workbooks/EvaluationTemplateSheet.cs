using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Exports;

namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>
/// One self-evaluation (绩效自评表) as a sheet of the template, written from a version's content and read
/// back to the same content. The sheet is a form: the title names the kind; labelled fields; the fund
/// block; the goals, numbered; the weights of the 一级 groups; the indicators, each naming its goal by
/// number; 总分, 自评等级 and the texts. Rows of goals, groups and indicators may be inserted or deleted
/// anywhere in their section. Scores and rates are written as text so that "9.10" and "98.50%" come
/// back as typed.
/// </summary>
internal static class EvaluationTemplateSheet
{
    /// <summary>Every evaluation sheet's name begins so; a copied sheet ("绩效自评1 (2)") is read too.</summary>
    public const string NamePrefix = "绩效自评";

    public static readonly IReadOnlyList<(EvaluationKind Kind, string Name)> BlankSheets =
        [(EvaluationKind.Overall, NamePrefix + "（新增整体）"), (EvaluationKind.Project, NamePrefix + "（新增项目）")];

    private static readonly double[] Widths = [16, 14, 14, 18, 14, 14, 10, 10, 32];

    private const string FundHeading = "资金（万元）";
    private const string NumberHeading = "目标序号";
    private const string GoalHeading = "年度总体目标：预期目标";
    private const string AchievedHeading = "实际完成情况";
    private const string GroupHeading = "一级指标组";
    private const string IndicatorLevel1 = "一级指标";

    private static readonly string[] FundColumnHeadings = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"];
    private static readonly string[] IndicatorHeadings =
        [NumberHeading, IndicatorLevel1, "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    public static string Title(EvaluationKind kind) =>
        kind == EvaluationKind.Overall ? "部门（单位）整体支出绩效自评表" : "项目支出绩效自评表";

    /// <summary>The labelled fields in the order written, each with how it is read from and put into the content.</summary>
    private static IReadOnlyList<Field> Fields(EvaluationKind kind) =>
    [
        new(kind == EvaluationKind.Overall ? "单位名称" : "项目名称", e => e.Name, (e, v) => e with { Name = v ?? "" }),
        new("主管部门", e => e.SupervisingDepartment, (e, v) => e with { SupervisingDepartment = v }),
        new("实施单位", e => e.ImplementingUnit, (e, v) => e with { ImplementingUnit = v }),
        new("项目类别", e => e.Category, (e, v) => e with { Category = v }),
        new("项目属性", e => e.Attribute, (e, v) => e with { Attribute = v }),
        new("项目类型", e => e.ProjectType, (e, v) => e with { ProjectType = v }),
    ];

    private static IReadOnlyList<Field> Texts { get; } =
    [
        new("自评等级", e => e.Grade, (e, v) => e with { Grade = v }),
        new("偏差原因分析", e => e.DeviationAnalysis, (e, v) => e with { DeviationAnalysis = v }),
        new("改进措施", e => e.Improvement, (e, v) => e with { Improvement = v }),
        new("自评报告", e => e.Report, (e, v) => e with { Report = v }),
    ];

    private const string TotalScoreLabel = "总分";

    private sealed record Field(string Label, Func<EvaluationContent, string?> Get, Func<EvaluationContent, string?, EvaluationContent> Set);

    // ---- writing ----

    /// <summary>The sheet of an evaluation, or a blank form of the kind when <paramref name="evaluation"/> is null.</summary>
    public static Worksheet Write(EvaluationContent? evaluation, EvaluationKind kind, int year, DisclosureWorkbook.SharedStrings strings)
    {
        var e = evaluation ?? EvaluationContent.Empty(kind.ToContent(), "");
        var form = new FormSheet(Widths, strings)
            .Title(Title(kind))
            .Subtitle($"（{year.ToString(CultureInfo.InvariantCulture)}年度）")
            .Note("填写说明：金额单位万元，填数字；分值、得分可保留两位小数，按文字填写以保留末尾的 0（如 9.10）；执行率按“98.50%”的样式填写。" +
                  "目标、一级指标组和指标可在各自的区域内插入或删除行，指标的“目标序号”填写它所属目标的序号。" +
                  $"复制本工作表（名称以“{NamePrefix}”开头）可新增一项自评；删除工作表即删除这项自评。名称留空的表不导入。")
            .Blank();
        foreach (var field in Fields(kind))
        {
            form.Add([FormCell.Heading(field.Label), FormCell.Value(field.Get(e), Widths.Length - 1)]);
        }
        form.Blank().Add([FormCell.Heading(FundHeading), .. FundColumnHeadings.Select(h => FormCell.Heading(h)), FormCell.Heading("", 2)]);
        foreach (var line in FundLines.Of(kind))
        {
            var amounts = e.Funds?.FirstOrDefault(f => f.Line == line.Key());
            List<FormCell> cells = [FormCell.Label(line.Label()), FormCell.Money(amounts?.InitialBudget),
                FormCell.Money(amounts?.FullYearBudget), FormCell.Money(amounts?.Executed)];
            cells.AddRange(line == FundLine.Total
                ? [FormCell.Value(Score(e.FundWeight)), FormCell.Value(e.ExecutionRate), FormCell.Value(Score(e.FundScore))]
                : [FormCell.Label("—"), FormCell.Label("—"), FormCell.Label("—")]);
            form.Add(cells);
        }
        form.Blank().Add([FormCell.Heading(NumberHeading), FormCell.Heading(GoalHeading, 4), FormCell.Heading(AchievedHeading, 4)]);
        for (var g = 0; g < e.Goals.Count; g++)
        {
            form.Add([FormCell.Value(Number(g)), FormCell.Value(e.Goals[g].Text, 4), FormCell.Value(e.Goals[g].Achieved, 4)]);
        }
        form.Blank().Add([FormCell.Heading(GroupHeading), FormCell.Heading("分值")]);
        foreach (var group in e.Groups ?? [])
        {
            form.Add([FormCell.Value(group.Level1), FormCell.Value(Score(group.Weight))]);
        }
        form.Blank().Add([.. IndicatorHeadings.Select(h => FormCell.Heading(h))]);
        for (var g = 0; g < e.Goals.Count; g++)
        {
            foreach (var i in e.Goals[g].Indicators)
            {
                form.Add([FormCell.Value(Number(g)), FormCell.Value(i.Level1), FormCell.Value(i.Level2), FormCell.Value(i.Level3),
                    FormCell.Value(i.Target), FormCell.Value(i.Actual), FormCell.Value(Score(i.Weight)), FormCell.Value(Score(i.Score)),
                    FormCell.Value(i.Deviation)]);
            }
        }
        form.Blank().Add([FormCell.Heading(TotalScoreLabel), FormCell.Value(Score(e.TotalScore), Widths.Length - 1)]);
        foreach (var field in Texts)
        {
            form.Add([FormCell.Heading(field.Label), FormCell.Value(field.Get(e), Widths.Length - 1)]);
        }
        return form.Worksheet();
    }

    private static string Number(int goalIndex) => (goalIndex + 1).ToString(CultureInfo.InvariantCulture);

    private static string? Score(decimal? score) => score?.ToString(CultureInfo.InvariantCulture);

    // ---- reading ----

    private enum Section { None, Funds, Goals, Groups, Indicators }

    /// <summary>
    /// The evaluation the sheet holds; null when it is a blank form (no name and nothing else filled)
    /// or when a problem was reported.
    /// </summary>
    public static EvaluationContent? Read(string sheet, SheetCells cells, TemplateProblems problems)
    {
        var reader = new Reader(sheet, cells, problems);
        return reader.Read();
    }

    private sealed class Reader(string sheet, SheetCells cells, TemplateProblems problems)
    {
        private readonly List<(int Row, int Number, string? Text, string? Achieved)> _goals = [];
        private readonly List<IndicatorGroupContent> _groups = [];
        private readonly List<(int Row, int? Goal, IndicatorContent Indicator)> _indicators = [];
        private readonly List<FundLineContent> _funds = [];
        private bool _problem;
        private bool _filled;

        private void Problem(int row, int column, string message)
        {
            _problem = true;
            problems.Cell(sheet, row, column, message);
        }

        public EvaluationContent? Read()
        {
            var title = TemplateText.Normalize(cells.Text(1, 0));
            EvaluationKind? kind = Enum.GetValues<EvaluationKind>().Cast<EvaluationKind?>()
                .FirstOrDefault(k => TemplateText.Normalize(Title(k!.Value)) == title);
            if (kind is not { } k)
            {
                Problem(1, 0, $"第一行应为表名“{Title(EvaluationKind.Project)}”或“{Title(EvaluationKind.Overall)}”，现在是“{TemplateText.Quote(cells.Text(1, 0))}”。请不要修改表名；需要另一种自评表时，复制对应的空白表。");
                return null;
            }
            var e = EvaluationContent.Empty(k.ToContent(), "") with { Goals = [] };
            var fields = Fields(k).Concat(Texts).ToDictionary(f => TemplateText.Normalize(f.Label), StringComparer.Ordinal);
            var nameLabel = Fields(k)[0].Label;
            int? nameRow = null;
            var section = Section.None;
            var started = false;
            for (var row = 2; row <= cells.LastRow; row++)
            {
                if (!cells.InRow(row).Any())
                {
                    continue;
                }
                var a = TemplateText.Normalize(cells.Text(row, 0));
                var b = TemplateText.Normalize(cells.Text(row, 1));
                if (fields.TryGetValue(a, out var field))
                {
                    started = true;
                    section = Section.None;
                    Only(row, 0, 1);
                    var value = CellReading.Text(cells[row, 1]);
                    _filled |= value is not null;
                    e = field.Set(e, value);
                    nameRow = field.Label == nameLabel ? row : nameRow;
                }
                else if (a == TemplateText.Normalize(TotalScoreLabel))
                {
                    started = true;
                    section = Section.None;
                    Only(row, 0, 1);
                    e = e with { TotalScore = Score(row, 1) };
                }
                else if (a == TemplateText.Normalize(FundHeading))
                {
                    (started, section) = (true, Section.Funds);
                }
                else if (a == TemplateText.Normalize(NumberHeading) && b == TemplateText.Normalize(GoalHeading))
                {
                    (started, section) = (true, Section.Goals);
                }
                else if (a == TemplateText.Normalize(NumberHeading) && b == TemplateText.Normalize(IndicatorLevel1))
                {
                    (started, section) = (true, Section.Indicators);
                }
                else if (a == TemplateText.Normalize(GroupHeading))
                {
                    (started, section) = (true, Section.Groups);
                }
                else if (!started)
                {
                    // The title, the year and the note above the form.
                }
                else
                {
                    switch (section)
                    {
                        case Section.Funds: e = Fund(row, k, e); break;
                        case Section.Goals: Goal(row); break;
                        case Section.Groups: Group(row); break;
                        case Section.Indicators: Indicator(row); break;
                        default:
                            Problem(row, FirstFilled(row), $"“{TemplateText.Quote(cells.Text(row, FirstFilled(row)))}”无法识别。请只在表中留出的位置填写；新增目标或指标时在对应区域内插入行。");
                            break;
                    }
                }
            }
            var goals = Goals();
            _filled |= _funds.Count > 0 || _groups.Count > 0 || _indicators.Count > 0
                       || goals.Any(g => g.Text is not null || g.Achieved is not null)
                       || e.FundWeight is not null || e.ExecutionRate is not null || e.FundScore is not null || e.TotalScore is not null;
            if (_problem || !_filled)
            {
                return null;
            }
            if (string.IsNullOrWhiteSpace(e.Name))
            {
                Problem(nameRow ?? 1, nameRow is null ? 0 : 1, $"请填写{nameLabel}。不需要这项自评时，删除这张工作表。");
                return null;
            }
            return e with { Funds = _funds, Groups = _groups, Goals = goals };
        }

        private EvaluationContent Fund(int row, EvaluationKind kind, EvaluationContent e)
        {
            var label = TemplateText.Normalize(cells.Text(row, 0));
            if (FundLines.Of(kind).Cast<FundLine?>().FirstOrDefault(l => TemplateText.Normalize(l!.Value.Label()) == label) is not { } line)
            {
                Problem(row, 0, $"资金情况没有“{TemplateText.Quote(cells.Text(row, 0))}”这一行。请不要修改资金行的名称，也不要增加资金行。");
                return e;
            }
            if (line == FundLine.Total)
            {
                Only(row, 0, 6);
                e = e with { FundWeight = Score(row, 4), ExecutionRate = CellReading.Rate(cells[row, 5], m => Problem(row, 5, m)), FundScore = Score(row, 6) };
            }
            else
            {
                Only(row, 0, 3, ignoreDashes: true);
            }
            var amounts = new FundLineContent(line.Key(), Amount(row, 1), Amount(row, 2), Amount(row, 3));
            if (amounts is not { InitialBudget: null, FullYearBudget: null, Executed: null })
            {
                _funds.Add(amounts);
            }
            return e;
        }

        private void Goal(int row)
        {
            Only(row, 0, 1, 5);
            var text = CellReading.Text(cells[row, 1]);
            var achieved = CellReading.Text(cells[row, 5]);
            if (GoalNumber(row) is { } number)
            {
                if (_goals.Any(g => g.Number == number))
                {
                    Problem(row, 0, $"目标序号 {number} 重复。每个目标的序号应不同。");
                    return;
                }
                _goals.Add((row, number, text, achieved));
            }
            else if (text is not null || achieved is not null)
            {
                Problem(row, 0, "请填写目标序号（1、2、3……），指标按序号归入目标。");
            }
        }

        private void Group(int row)
        {
            Only(row, 0, 1);
            var name = CellReading.Text(cells[row, 0]);
            var weight = Score(row, 1);
            if (name is null || weight is null)
            {
                Problem(row, name is null ? 0 : 1, "一级指标组须填写名称和分值（如“产出指标”“50”）；不需要的行整行删除。");
                return;
            }
            _groups.Add(new IndicatorGroupContent(name, weight.Value));
        }

        private void Indicator(int row)
        {
            Only(row, 0, 8);
            var goal = cells.IsEmpty(row, 0) ? null : GoalNumber(row);
            var level1 = CellReading.Text(cells[row, 1]);
            var level3 = CellReading.Text(cells[row, 3]);
            if (level1 is null || level3 is null)
            {
                Problem(row, level1 is null ? 1 : 3, "指标须填写一级指标和三级指标；不需要的指标整行删除。");
                return;
            }
            _indicators.Add((row, goal, new IndicatorContent(level1, CellReading.Text(cells[row, 2]), level3,
                CellReading.Text(cells[row, 4]), CellReading.Text(cells[row, 5]), Score(row, 6), Score(row, 7), CellReading.Text(cells[row, 8]))));
        }

        /// <summary>The goals in the order written, each with its indicators; indicators without a number belong to the goal above them.</summary>
        private List<GoalContent> Goals()
        {
            var goals = _goals.Select(g => (g.Number, Content: new GoalContent(g.Text, [], g.Achieved), Indicators: new List<IndicatorContent>())).ToList();
            int? previous = null;
            foreach (var (row, number, indicator) in _indicators)
            {
                var goal = number ?? previous ?? goals.FirstOrDefault().Number;
                var index = goals.FindIndex(g => g.Number == goal);
                if (index < 0 && goals.Count == 0 && number is null)
                {
                    goals.Add((0, new GoalContent(null, []), []));
                    index = 0;
                }
                if (index < 0)
                {
                    Problem(row, 0, $"目标序号 {goal} 在“年度总体目标”中没有。请填写已有目标的序号，或先增加这个目标。");
                    continue;
                }
                goals[index].Indicators.Add(indicator);
                previous = goals[index].Number;
            }
            return goals.Select(g => g.Content with { Indicators = g.Indicators }).ToList();
        }

        private int? GoalNumber(int row)
        {
            var text = cells.Text(row, 0);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 1000)
            {
                return number;
            }
            if (text.Length > 0)
            {
                Problem(row, 0, $"目标序号“{TemplateText.Quote(text)}”应为 1、2、3 这样的整数。");
            }
            return null;
        }

        private decimal? Score(int row, int column)
        {
            var value = CellReading.Score(cells[row, column], m => Problem(row, column, m));
            _filled |= value is not null;
            return value;
        }

        private string? Amount(int row, int column) => CellReading.Amount(cells[row, column], m => Problem(row, column, m));

        /// <summary>Reports anything written outside the given columns of the row, where it would be lost.</summary>
        private void Only(int row, int first, int last, int? alsoColumn = null, bool ignoreDashes = false)
        {
            foreach (var (column, content) in cells.InRow(row))
            {
                var inside = column >= first && column <= last || column == alsoColumn;
                if (!inside && !(ignoreDashes && content.Value.Trim() is "—" or "-"))
                {
                    Problem(row, column, $"这里的“{TemplateText.Quote(content.Value)}”不在填写的位置，导入时会丢失。请把它填到本行留出的单元格，或删除。");
                }
            }
        }

        private int FirstFilled(int row) => cells.InRow(row).First().Column;
    }
}
