namespace FinalAccounts.Infrastructure.Workbooks;

/// <summary>What the template's sheets are headed with.</summary>
/// <param name="Title">The version's title, "2024年度硚口区司法局部门决算公开".</param>
/// <param name="ReportingUnit">The "单位：" line of every table, "武汉市硚口区司法局本级".</param>
/// <param name="Year">The fiscal year the tables report.</param>
public sealed record TemplateTitle(string Title, string ReportingUnit, int Year);
