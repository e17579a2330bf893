using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Performance;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>十三、预算绩效情况说明: the self-evaluations, the project summaries and how the results are used.</summary>
internal sealed class PerformanceItem(ExplanationContext context) : ItemWriter(context)
{
    public override int Number => 13;

    /// <summary>Staff paragraphs of this item open （三）项目支出自评结果 instead of following the item.</summary>
    public override bool EndsWithStaffParagraphs => false;

    public override IEnumerable<ExplanationBlock> Blocks()
    {
        var overall = Figures.OverallEvaluation;
        var grade = overall?.Grade;
        if (Figures.ProjectsEvaluated > 0 || Figures.FundsEvaluated is not null)
        {
            W.Text($"根据预算绩效管理要求，本部门组织对{Year}一般公共预算项目支出全面开展绩效自评，共涉及项目")
                .Count(Figures.ProjectsEvaluated, "个");
            if (Figures.FundsEvaluated is { } funds)
            {
                W.Text("，资金").Amount(funds, Keys.PerformanceEvaluatedFunds);
                if (Percentage.Of(funds, Figures.GeneralBudgetProject, PercentKind.Share) is { } share)
                {
                    W.Text("，占一般公共预算项目支出总额的").Percent(share);
                }
            }
            W.Text("。");
            if (grade is not null)
            {
                W.Text($"从绩效评价情况来看，{Year}本单位各指标项目绩效评价等级为{grade}。");
            }
            yield return Block("（一）预算绩效管理工作开展情况", W.Paragraph());
        }

        if (overall is not null)
        {
            var count = Version.Evaluations.Count(e => e.Kind == EvaluationKind.Overall);
            W.Text("本部门组织对").Count(count, "个").Text("部门开展整体支出绩效自评");
            if (overall.Executed is { } executed)
            {
                W.Text("，资金").Amount(executed, Keys.PerformanceOverallEvaluatedFunds);
            }
            Score(overall, "，自评得分");
            W.Text(grade is null ? "。" : $"，从评价情况来看，{Year}本单位各指标项目绩效评价等级为{grade}。");
            yield return Block("（二）部门（单位）整体支出自评结果", W.Paragraph());
        }

        var projects = StaffParagraphs(13);
        var evaluated = Version.Evaluations.Where(e => e.Kind == EvaluationKind.Project).ToList();
        if (Version.ProjectSummaries.Count > 0)
        {
            for (var i = 0; i < Version.ProjectSummaries.Count; i++)
            {
                projects.Add(ProjectParagraph(i + 1, Version.ProjectSummaries[i]));
            }
        }
        else
        {
            projects.AddRange(evaluated.Select((e, i) => EvaluationParagraph(i + 1, e)));
        }
        if (projects.Count > 0)
        {
            yield return new ExplanationBlock("（三）项目支出自评结果", projects);
        }

        if (W.StaffTextOf(ExplanationTextKeys.PerformanceUse) is { } use)
        {
            yield return new ExplanationBlock("（四）绩效自评结果应用情况", use
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => new Paragraph([new TextSpan(text)]))
                .ToList());
        }
    }

    private Paragraph ProjectParagraph(int number, ProjectSummary project)
    {
        // Staff enter these figures: one left blank reads 未填报, and no completion rate is made up from it.
        W.Text($"{number}. {ProjectName(project.Name)}绩效自评综述：项目全年预算数为").AmountOrUnreported(project.Budget)
            .Text("，执行数为").AmountOrUnreported(project.Executed);
        // The rate is the one of the two figures the sentence prints, so the sentence never contradicts itself.
        if (project.Executed is not null)
        {
            Completion(project.Executed, project.Budget, "，完成预算的");
        }
        W.Text("。");
        AppendSentence("主要产出和效益是：", project.Outputs);
        AppendSentence("存在的问题及原因：", project.Problems);
        AppendSentence("下一步改进措施：", project.NextSteps);
        return W.Paragraph();
    }

    /// <summary>A project's paragraph from its evaluation alone, with the figures its 附件 prints.</summary>
    private Paragraph EvaluationParagraph(int number, PerformanceEvaluation evaluation)
    {
        W.Text($"{number}. {ProjectName(evaluation.Name)}绩效自评综述：项目全年预算数为").AmountOrUnreported(evaluation.Budget)
            .Text("，执行数为").AmountOrUnreported(evaluation.Executed);
        Results(evaluation, "，执行率", "，自评得分");
        if (evaluation.Grade is { } grade)
        {
            W.Text($"，自评等级为{grade}");
        }
        W.Text("。");
        AppendSentence("存在的问题及原因：", evaluation.DeviationAnalysis);
        AppendSentence("下一步改进措施：", evaluation.Improvement);
        return W.Paragraph();
    }

    /// <summary>执行率 and 总分 exactly as the evaluation's 附件 prints them; what it leaves blank is left out.</summary>
    private void Results(PerformanceEvaluation evaluation, string rateLead, string scoreLead)
    {
        if (EvaluationScoring.PrintedRate(evaluation) is { } rate && EvaluationScoring.ParseRate(rate) is { } value)
        {
            W.Text(rateLead).AsPrinted(value, rate.Trim().TrimEnd('%', '％'), "%");
        }
        Score(evaluation, scoreLead);
    }

    /// <summary>总分 as the 附件 prints it, decimals kept (95.5 stays 95.5).</summary>
    private void Score(PerformanceEvaluation evaluation, string lead)
    {
        if (EvaluationScoring.PrintedTotal(evaluation) is { } total)
        {
            W.Text(lead).AsPrinted(total, EvaluationScoring.ScoreText(total), "分");
        }
    }

    private static string ProjectName(string name) => name.EndsWith("项目", StringComparison.Ordinal) ? name : name + "项目";

    private void AppendSentence(string lead, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var trimmed = text.Trim();
            W.Text(lead + trimmed + (trimmed.EndsWith('。') ? "" : "。"));
        }
    }
}
