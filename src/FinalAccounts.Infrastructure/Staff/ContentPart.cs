using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// The pieces of a version that one form edits and one concurrency token guards. Two people may
/// edit different parts at the same time; the second save of the same part is refused.
/// </summary>
public enum ContentPart
{
    /// <summary>Title and 单位 line.</summary>
    Cover = 1,
    /// <summary>第一部分: duties, organization, staffing.</summary>
    Profile,
    Table01,
    Table02,
    Table03,
    Table04,
    Table05,
    Table06,
    Table07,
    Table08,
    Table09,
    /// <summary>The nine tables at once: what an Excel import replaces.</summary>
    Tables,
    /// <summary>三公 details, operating costs, procurement, assets.</summary>
    Facts,
    /// <summary>说明 texts, last year's and stated figures, project summaries.</summary>
    Explanation,
    KeyWork,
    Glossary,
    Evaluations,
    /// <summary>整体支出绩效评价基础数据表.</summary>
    BasicData,
    /// <summary>What the Excel template carries: the nine tables, the self-evaluations and the 基础数据表.</summary>
    Workbook,
}

public static class ContentParts
{
    /// <summary>The one part of a version's content a form shows and saves.</summary>
    public static object Select(this DisclosureContent content, ContentPart part) => part switch
    {
        ContentPart.Cover => new { content.Version.Title, content.Version.ReportingUnit },
        ContentPart.Profile => (object?)content.Profile ?? "",
        ContentPart.Table01 => (object?)content.Tables.T01 ?? "",
        ContentPart.Table02 => (object?)content.Tables.T02 ?? "",
        ContentPart.Table03 => (object?)content.Tables.T03 ?? "",
        ContentPart.Table04 => (object?)content.Tables.T04 ?? "",
        ContentPart.Table05 => (object?)content.Tables.T05 ?? "",
        ContentPart.Table06 => (object?)content.Tables.T06 ?? "",
        ContentPart.Table07 => (object?)content.Tables.T07 ?? "",
        ContentPart.Table08 => (object?)content.Tables.T08 ?? "",
        ContentPart.Table09 => (object?)content.Tables.T09 ?? "",
        ContentPart.Tables => content.Tables,
        ContentPart.Facts => new { content.ThreePublicDetails, content.OperatingCosts, content.Procurement, content.Assets },
        ContentPart.Explanation => (object?)content.Explanation ?? "",
        ContentPart.KeyWork => (object?)content.KeyWork ?? "",
        ContentPart.Glossary => (object?)content.Glossary ?? "",
        ContentPart.Evaluations => (object?)content.Evaluations ?? "",
        ContentPart.BasicData => (object?)content.BasicData ?? "",
        ContentPart.Workbook => new { content.Tables, content.Evaluations, content.BasicData },
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>The token an edit form carries: it changes whenever anyone saves the part.</summary>
    public static string Fingerprint(this DisclosureContent content, ContentPart part) =>
        ContentChanges.Fingerprint(content.Select(part));

    /// <summary>"公开02表", "第一部分 概况", …: how messages name the part.</summary>
    public static string ToChinese(this ContentPart part) => part switch
    {
        ContentPart.Cover => "封面",
        ContentPart.Profile => "第一部分 部门概况",
        >= ContentPart.Table01 and <= ContentPart.Table09 => $"公开{part - ContentPart.Table01 + 1:00}表",
        ContentPart.Tables => "九张决算表",
        ContentPart.Facts => "三公经费、运行经费、采购和资产情况",
        ContentPart.Explanation => "第三部分 决算情况说明",
        ContentPart.KeyWork => "第四部分 重点工作完成情况",
        ContentPart.Glossary => "第五部分 名词解释",
        ContentPart.Evaluations => "绩效自评",
        ContentPart.BasicData => "整体支出绩效评价基础数据表",
        ContentPart.Workbook => "决算表和绩效自评",
        _ => part.ToString(),
    };
}
