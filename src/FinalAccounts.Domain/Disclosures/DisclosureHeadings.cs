using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Disclosures;

/// <summary>
/// The published headings of the six parts and of their fixed sections, worded as the seeds print
/// them, so that the page, the PDF and its 目录 read the same.
/// </summary>
public static class DisclosureHeadings
{
    public const string Duties = "一、部门主要职责";
    public const string Organization = "二、机构设置情况";
    public const string Staffing = "三、部门人员构成";
    public const string Glossary = "第五部分 名词解释";
    public const string Attachments = "第六部分 附件";

    /// <summary>"第一部分 区司法局概况".</summary>
    public static string Profile(string departmentShortName) => $"第一部分 {departmentShortName}概况";

    /// <summary>"第二部分 区司法局2024年度部门决算表".</summary>
    public static string Tables(string departmentShortName, FiscalYear year) => $"第二部分 {departmentShortName}{year.Value}年度部门决算表";

    /// <summary>"第三部分 区司法局2024年度部门决算情况说明".</summary>
    public static string Explanation(string departmentShortName, FiscalYear year) =>
        $"第三部分 {departmentShortName}{year.Value}年度部门决算情况说明";

    /// <summary>"第四部分 2024年度重点工作完成情况".</summary>
    public static string KeyWork(FiscalYear year) => $"第四部分 {year.Value}年度重点工作完成情况";

    /// <summary>The 目录 line of a table in 第二部分: "一、收入支出决算总表".</summary>
    public static string TableSection(PublishedTable table) => $"{ChineseNumerals.Ordinal((int)table)}、{table.Title()}";
}
