using FinalAccounts.Domain.Performance;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// 整体支出绩效评价基础数据表: 财政供养人员, 经费控制情况 (the fixed lines, then one line per named
/// project), 楼堂馆所控制情况 and 厉行节约保障措施. A blank form is a version without it.
/// </summary>
public sealed class BasicDataModel(DraftEditor editor) : PartPageModel<BasicDataModel.BasicDataInput>(editor)
{
    public static readonly ListNoun Project = new("个", "项目");

    public override ContentPart Part => ContentPart.BasicData;

    /// <summary>控制率 as computed from what was typed, beside the printed one.</summary>
    public string StaffRateHint =>
        EvaluationScoring.RateOf(FieldReader.TryCount(Input.ActualStaff), FieldReader.TryCount(Input.AuthorizedStaff)) is { } rate
            ? $"按实际在职人数除以编制数计算为 {EvaluationScoring.RateText(rate)}；留空则按计算结果公开。"
            : "填写编制数和实际在职人数后可自动计算。";

    protected override void ShowContent()
    {
        var c = Stored.BasicData ?? BasicDataContent.Empty;
        Input = new BasicDataInput
        {
            AuthorizedStaff = c.AuthorizedStaff?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ActualStaff = c.ActualStaff?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StaffControlRate = c.StaffControlRate,
            Lines = BasicDataLines.Fixed.ToDictionary(l => l.Key(), l => Line(c.Lines.FirstOrDefault(x => x.Line == l.Key()))),
            Projects = c.Lines.Where(l => l.Line == BasicDataLine.Project.Key()).Select(Line).ToList(),
            ApprovedArea = Area(c.ApprovedArea),
            ActualArea = Area(c.ActualArea),
            AreaControlRate = c.AreaControlRate,
            BudgetedInvestment = c.BudgetedInvestment,
            ActualInvestment = c.ActualInvestment,
            InvestmentControlRate = c.InvestmentControlRate,
            Frugality = c.Frugality,
        };
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        var i = Input;
        var known = BasicDataLines.Fixed.Select(l => l.Key()).ToHashSet(StringComparer.Ordinal);
        if (i.Lines.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            read.Fail("Input.Lines", $"经费控制情况中有本表没有的行“{unknown}”，没有保存；请刷新页面后重新填写。");
        }
        var lines = new List<BasicDataLineContent>();
        foreach (var line in BasicDataLines.Fixed)
        {
            lines.AddRange(ReadLine(read, line, null, i.Lines.GetValueOrDefault(line.Key()) ?? new LineInput(), $"Input.Lines[{line.Key()}]", line.Label()));
            if (line == BasicDataLine.Projects)
            {
                for (var p = 0; p < i.Projects.Count; p++)
                {
                    var project = i.Projects[p];
                    var at = $"Input.Projects[{p}]";
                    if (FieldReader.IsBlank(project.Name, project.PriorActual, project.Budget, project.Actual))
                    {
                        continue;
                    }
                    var name = read.Required(project.Name, at + ".Name", Project.Of(p) + "的名称");
                    lines.AddRange(ReadLine(read, BasicDataLine.Project, name?.Trim(), project, at, Project.Of(p)));
                }
            }
        }
        var data = new BasicDataContent(
            read.Count(i.AuthorizedStaff, "Input.AuthorizedStaff", "编制数"),
            read.Count(i.ActualStaff, "Input.ActualStaff", "实际在职人数"),
            read.Rate(i.StaffControlRate, "Input.StaffControlRate", "控制率"),
            lines,
            read.Area(i.ApprovedArea, "Input.ApprovedArea", "批复规模"),
            read.Area(i.ActualArea, "Input.ActualArea", "实际规模"),
            read.Rate(i.AreaControlRate, "Input.AreaControlRate", "规模控制率"),
            read.Amount(i.BudgetedInvestment, "Input.BudgetedInvestment", "预算投资"),
            read.Amount(i.ActualInvestment, "Input.ActualInvestment", "实际投资"),
            read.Rate(i.InvestmentControlRate, "Input.InvestmentControlRate", "投资概算控制率"),
            FieldReader.Text(i.Frugality));
        // Nothing typed is a version without the form, as the content of one that never had it.
        var blank = lines.Count == 0 && data with { Lines = BasicDataContent.Empty.Lines } == BasicDataContent.Empty;
        return content => content with { BasicData = blank ? null : data };
    }

    protected override (ListNoun Noun, int Count)? EditList(ListEdit edit) =>
        edit.List == "projects" ? Edit(edit, Input.Projects, Project, () => new LineInput()) : null;

    private static IEnumerable<BasicDataLineContent> ReadLine(FieldReader read, BasicDataLine line, string? name, LineInput input, string at, string label)
    {
        var row = new BasicDataLineContent(line.Key(), name,
            read.Amount(input.PriorActual, at + ".PriorActual", label + "的上年决算数"),
            read.Amount(input.Budget, at + ".Budget", label + "的本年预算数"),
            read.Amount(input.Actual, at + ".Actual", label + "的本年决算数"));
        return line != BasicDataLine.Project && row is { PriorActual: null, Budget: null, Actual: null } ? [] : [row];
    }

    private static LineInput Line(BasicDataLineContent? line) =>
        new() { Name = line?.Name, PriorActual = line?.PriorActual, Budget = line?.Budget, Actual = line?.Actual };

    private static string? Area(decimal? area) => area?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public sealed class BasicDataInput
    {
        public string? AuthorizedStaff { get; set; }
        public string? ActualStaff { get; set; }
        public string? StaffControlRate { get; set; }
        /// <summary>The fixed lines by key: posted as Input.Lines[three-public].Actual.</summary>
        public Dictionary<string, LineInput> Lines { get; set; } = [];
        public List<LineInput> Projects { get; set; } = [];
        public string? ApprovedArea { get; set; }
        public string? ActualArea { get; set; }
        public string? AreaControlRate { get; set; }
        public string? BudgetedInvestment { get; set; }
        public string? ActualInvestment { get; set; }
        public string? InvestmentControlRate { get; set; }
        public string? Frugality { get; set; }
    }

    public sealed class LineInput
    {
        public string? Name { get; set; }
        public string? PriorActual { get; set; }
        public string? Budget { get; set; }
        public string? Actual { get; set; }
    }
}
