using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Queries;

/// <summary>
/// A grid of a self-evaluation form as the standard forms print it, merged headings included: the
/// page writes it as an HTML table and the PDF as a grid block, so both show the same cells.
/// </summary>
/// <param name="Caption">What the grid is, for a screen reader; printed above it when <paramref name="Titled"/>.</param>
public sealed record FormGrid(
    string Caption,
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<IReadOnlyList<PrintedCell>> HeaderRows,
    IReadOnlyList<IReadOnlyList<PrintedCell>> BodyRows,
    bool Titled = true);

/// <summary>
/// A 绩效自评表 of 第六部分 in the standard layout: its facts (项目名称, 主管部门 …) as label/value pairs,
/// its grids — 资金情况, 年度总体目标, the indicators, 总分 and 自评等级 — and its closing texts.
/// Figures the department did not type but the form computes (执行率, the execution line's 得分, 总分)
/// are printed as computed; scores the department typed keep their decimals.
/// </summary>
public sealed record EvaluationSheet(
    string Title,
    IReadOnlyList<KeyValuePair<string, string>> Facts,
    IReadOnlyList<FormGrid> Grids,
    IReadOnlyList<KeyValuePair<string, string>> Closing)
{
    private const string NotApplicable = "—";

    public static EvaluationSheet Of(PerformanceEvaluation evaluation)
    {
        var overall = evaluation.Kind == EvaluationKind.Overall;
        var facts = new List<KeyValuePair<string, string>>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add(new(label, value));
            }
        }
        Add(overall ? "单位名称" : "项目名称", evaluation.Name);
        Add("主管部门", evaluation.SupervisingDepartment);
        Add("实施单位", evaluation.ImplementingUnit);
        Add("项目类别", evaluation.Category);
        Add("项目属性", evaluation.Attribute);
        Add("项目类型", evaluation.ProjectType);

        var grids = new List<FormGrid>();
        if (FundGrid(evaluation) is { } funds)
        {
            grids.Add(funds);
        }
        if (GoalGrid(evaluation) is { } goals)
        {
            grids.Add(goals);
        }
        grids.AddRange(IndicatorGrids(evaluation));
        if (ScoreGrid(evaluation) is { } score)
        {
            grids.Add(score);
        }

        var closing = new List<KeyValuePair<string, string>>();
        void Close(string label, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                closing.Add(new(label, text));
            }
        }
        Close("偏差大或目标未完成原因分析", evaluation.DeviationAnalysis);
        Close("改进措施及结果应用方案", evaluation.Improvement);
        Close("自评报告", evaluation.Report);

        var title = overall ? $"{evaluation.Name}整体绩效自评表" : $"项目绩效自评表：{evaluation.Name}";
        return new EvaluationSheet(title, facts, grids, closing);
    }

    /// <summary>项目资金（万元）: one row per line entered, with 分值, 执行率 and 得分 on 年度资金总额.</summary>
    private static FormGrid? FundGrid(PerformanceEvaluation evaluation)
    {
        if (evaluation.Funds.Count == 0 && evaluation.FundWeight is null && evaluation.FundScore is null && evaluation.ExecutionRate is null)
        {
            return null;
        }
        var rate = EvaluationScoring.PrintedRate(evaluation);
        var score = evaluation.FundScore ?? EvaluationScoring.FundScore(evaluation);
        var scored = evaluation.FundWeight is not null || score is not null;
        List<PrintedCell> header = [Th("项目资金（万元）"), .. FundColumns.All.Select(c => Th(c.Label()))];
        if (scored)
        {
            header.Add(Th("分值"));
        }
        header.Add(Th("执行率"));
        if (scored)
        {
            header.Add(Th("得分"));
        }
        var rows = new List<IReadOnlyList<PrintedCell>>();
        foreach (var line in FundLines.Of(evaluation.Kind))
        {
            var fund = evaluation.Fund(line);
            if (fund is null && line != FundLine.Total)
            {
                continue;
            }
            var total = line == FundLine.Total;
            List<PrintedCell> row = [new PrintedCell(line.Label(), IsHeading: true), .. FundColumns.All.Select(c => PrintedCell.Money(fund?[c]))];
            if (scored)
            {
                row.Add(PrintedCell.Centered(total ? Score(evaluation.FundWeight) : NotApplicable));
            }
            row.Add(PrintedCell.Centered(total ? rate ?? "" : NotApplicable));
            if (scored)
            {
                row.Add(PrintedCell.Centered(total ? Score(score) : NotApplicable));
            }
            rows.Add(row);
        }
        IReadOnlyList<double> widths = scored ? [2.6, 1.5, 1.5, 1.5, 0.8, 1, 0.8] : [3, 1.8, 1.8, 1.8, 1.2];
        return new FormGrid("资金情况", widths, [header], rows, Titled: false);
    }

    /// <summary>年度总体目标 in two columns: 预期目标 | 实际完成情况.</summary>
    private static FormGrid? GoalGrid(PerformanceEvaluation evaluation)
    {
        var goals = evaluation.Goals.OrderBy(g => g.Sequence).Where(g => g.Text is not null || g.Achieved is not null).ToList();
        if (goals.Count == 0)
        {
            return null;
        }
        var numbered = goals.Count > 1;
        var rows = goals.Select((g, i) => (IReadOnlyList<PrintedCell>)
        [
            PrintedCell.Label((numbered ? $"目标{i + 1}：" : "") + (g.Text ?? "")),
            PrintedCell.Label(g.Achieved ?? ""),
        ]).ToList();
        return new FormGrid("年度总体目标", [1, 1], [[Th("预期目标"), Th("实际完成情况")]], rows);
    }

    /// <summary>
    /// The indicators, one grid per goal that has any: 一级 (with the group's weight where the form
    /// prints one), 二级, 三级, 年度指标值, 实际完成值, 分值 and 得分 where scored, 偏差原因分析及改进措施
    /// where any is written.
    /// </summary>
    private static IEnumerable<FormGrid> IndicatorGrids(PerformanceEvaluation evaluation)
    {
        var goals = evaluation.Goals.OrderBy(g => g.Sequence).Where(g => g.Indicators.Count > 0).ToList();
        var all = goals.SelectMany(g => g.Indicators).ToList();
        var scored = all.Any(i => i.Weight is not null || i.Score is not null);
        var deviations = all.Any(i => i.Deviation is not null);
        var weights = evaluation.Groups.ToDictionary(g => g.Level1, g => g.Weight, StringComparer.Ordinal);
        List<PrintedCell> header = [Th("一级指标"), Th("二级指标"), Th("三级指标"), Th("年度指标值"), Th("实际完成值")];
        List<double> widths = [1.2, 1.4, 2.6, 1.6, 1.6];
        if (scored)
        {
            header.AddRange([Th("分值"), Th("得分")]);
            widths.AddRange([0.7, 0.7]);
        }
        if (deviations)
        {
            header.Add(Th("偏差原因分析及改进措施"));
            widths.Add(2);
        }
        for (var g = 0; g < goals.Count; g++)
        {
            var rows = goals[g].Indicators.OrderBy(i => i.Sequence).Select(i =>
            {
                var level1 = weights.TryGetValue(i.Level1, out var weight) ? $"{i.Level1}（{EvaluationScoring.ScoreText(weight)}分）" : i.Level1;
                var row = new List<PrintedCell>
                {
                    PrintedCell.Label(level1), PrintedCell.Label(i.Level2 ?? ""), new(i.Level3, IsHeading: true),
                    PrintedCell.Label(i.Target ?? ""), PrintedCell.Label(i.Actual ?? ""),
                };
                if (scored)
                {
                    row.AddRange([PrintedCell.Centered(Score(i.Weight)), PrintedCell.Centered(Score(i.Score))]);
                }
                if (deviations)
                {
                    row.Add(PrintedCell.Label(i.Deviation ?? ""));
                }
                return (IReadOnlyList<PrintedCell>)row;
            }).ToList();
            var caption = goals.Count > 1 && goals[g].Text is not null ? $"年度目标{goals[g].Sequence} 绩效指标" : "绩效指标";
            yield return new FormGrid(caption, widths, [header], rows);
        }
    }

    /// <summary>总分 (as published, else Σ得分) and 自评等级.</summary>
    private static FormGrid? ScoreGrid(PerformanceEvaluation evaluation)
    {
        var total = EvaluationScoring.PrintedTotal(evaluation);
        if (total is null && evaluation.Grade is null)
        {
            return null;
        }
        return new FormGrid("总分和自评等级", [1, 1, 1, 1], [],
            [[Th("总分"), PrintedCell.Centered(Score(total)), Th("自评等级"), PrintedCell.Centered(evaluation.Grade ?? "")]], Titled: false);
    }

    private static string Score(decimal? score) => score is { } value ? EvaluationScoring.ScoreText(value) : "";

    private static PrintedCell Th(string text) => PrintedCell.Heading(text);
}

/// <summary>The 整体支出绩效评价基础数据表 in the standard layout, printed after the self-evaluations.</summary>
public static class BasicDataSheet
{
    public const string Title = "整体支出绩效评价基础数据表";

    /// <summary>The form's sheet, or null for a version without it.</summary>
    public static EvaluationSheet? Of(Domain.Disclosures.DisclosureVersion version)
    {
        var data = version.BasicData;
        if (data.IsBlank && version.BasicDataLines.Count == 0)
        {
            return null;
        }
        static string Rate(string? printed, decimal? computed) => printed ?? (computed is { } rate ? EvaluationScoring.RateText(rate) : "");
        static string Count(decimal? value) => value?.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var grids = new List<FormGrid>
        {
            new("财政供养人员情况", [1, 1, 1], [[Th("编制数"), Th("实际在职人数"), Th("控制率")]],
                [[PrintedCell.Centered(Count(data.AuthorizedStaff)), PrintedCell.Centered(Count(data.ActualStaff)),
                  PrintedCell.Centered(Rate(data.StaffControlRate, EvaluationScoring.StaffControlRate(data)))]]),
        };
        if (version.BasicDataLines.Count > 0)
        {
            grids.Add(new FormGrid("经费控制情况（万元）", [3, 1.4, 1.4, 1.4],
                [[Th("经费控制情况"), .. BasicDataLines.Columns.Select(Th)]],
                [.. version.BasicDataLines.OrderBy(l => l.Sequence).Select(l => (IReadOnlyList<PrintedCell>)
                [
                    new PrintedCell(l.Line == BasicDataLine.Project ? "    " + l.Label : l.Label, IsHeading: true),
                    PrintedCell.Money(l.PriorActual), PrintedCell.Money(l.Budget), PrintedCell.Money(l.Actual),
                ])]));
        }
        if (data.ApprovedArea is not null || data.ActualArea is not null || data.BudgetedInvestment is not null || data.ActualInvestment is not null)
        {
            grids.Add(new FormGrid("楼堂馆所控制情况", [1, 1, 1, 1, 1, 1],
                [[Th("批复规模（㎡）"), Th("实际规模（㎡）"), Th("规模控制率"), Th("预算投资（万元）"), Th("实际投资（万元）"), Th("投资概算控制率")]],
                [[
                    PrintedCell.Centered(Count(data.ApprovedArea)), PrintedCell.Centered(Count(data.ActualArea)),
                    PrintedCell.Centered(Rate(data.AreaControlRate, EvaluationScoring.RateOf(data.ActualArea, data.ApprovedArea))),
                    PrintedCell.Money(data.BudgetedInvestment), PrintedCell.Money(data.ActualInvestment),
                    PrintedCell.Centered(Rate(data.InvestmentControlRate,
                        EvaluationScoring.RateOf(data.ActualInvestment?.Yuan, data.BudgetedInvestment?.Yuan))),
                ]]));
        }
        IReadOnlyList<KeyValuePair<string, string>> closing = data.Frugality is { } text ? [new("厉行节约保障措施", text)] : [];
        return new EvaluationSheet(Title, [], grids, closing);
    }

    private static PrintedCell Th(string text) => PrintedCell.Heading(text);
}
