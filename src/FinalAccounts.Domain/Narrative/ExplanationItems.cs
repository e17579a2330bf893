using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Narrative;

/// <summary>The thirteen numbered items of 第三部分 决算情况说明, as published.</summary>
public static class ExplanationItems
{
    public const int Count = 13;

    private static readonly string[] Titles =
    [
        "收入支出决算总体情况说明",
        "收入决算情况说明",
        "支出决算情况说明",
        "财政拨款收入支出决算总体情况说明",
        "一般公共预算财政拨款支出决算情况说明",
        "一般公共预算财政拨款基本支出决算情况说明",
        "政府性基金预算财政拨款收入支出决算情况说明",
        "国有资本经营预算财政拨款支出决算情况说明",
        "财政拨款“三公”经费支出决算情况说明",
        "机关运行经费支出说明",
        "政府采购支出说明",
        "国有资产占用情况说明",
        "预算绩效情况说明",
    ];

    /// <summary>"收入支出决算总体情况说明" for item 1.</summary>
    public static string Title(int item) =>
        item is >= 1 and <= Count ? Titles[item - 1] : throw new ArgumentOutOfRangeException(nameof(item), item, "说明共十三项。");

    /// <summary>"一、收入支出决算总体情况说明" for item 1.</summary>
    public static string Heading(int item) => $"{ChineseNumerals.Ordinal(item)}、{Title(item)}";
}
