using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Domain.Validation;

public enum FindingSeverity
{
    /// <summary>A rounding difference within tolerance: shown, blocks nothing.</summary>
    Note = 1,
    /// <summary>Needs a written explanation before the version can be submitted.</summary>
    Warning = 2,
    /// <summary>Blocks submission.</summary>
    Error = 3,
}

public static class FindingSeverityNames
{
    /// <summary>错误, 警告 or 提示, as staff forms and lists name a finding.</summary>
    public static string ToChinese(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "错误",
        FindingSeverity.Warning => "警告",
        _ => "提示",
    };
}

/// <summary>
/// The staff form where the figures a finding is about are entered, when that is neither a table's
/// grid nor the 说明's texts: staff are sent there to put it right.
/// </summary>
public enum EntryForm
{
    /// <summary>The table's grid, or the 说明 form for a finding in the 说明.</summary>
    Default = 0,
    /// <summary>第一部分 概况 (人员构成).</summary>
    Profile,
    /// <summary>The facts behind 说明 九 to 十二 (三公 details, 机关运行经费, 政府采购, 国有资产).</summary>
    Facts,
    /// <summary>The 整体支出绩效评价基础数据表.</summary>
    BasicData,
}

/// <summary>
/// Where a finding is: a table with its row and column, a 说明 item with its sentence, or a
/// self-evaluation (附件 n, counted from 1 in printed order) with its row or indicator. Row is
/// "合计" or "204 公共安全支出"; column is the printed column heading. Form names where staff enter
/// the figures, when that is not where the finding is printed.
/// </summary>
public sealed record FindingLocation(
    PublishedTable? Table, string? Row = null, string? Column = null, int? ExplanationItem = null, string? Sentence = null,
    EntryForm Form = EntryForm.Default, int? Attachment = null)
{
    public static FindingLocation InEvaluation(int attachment, string? row = null, string? column = null) =>
        new(null, row, column, Attachment: attachment);

    /// <summary>The sentence that places a finding in the 整体支出绩效评价基础数据表.</summary>
    public const string BasicDataSheet = "整体支出绩效评价基础数据表";

    public static FindingLocation InBasicData(string row, string column) =>
        new(null, row, column, Sentence: BasicDataSheet, Form: EntryForm.BasicData);

    public static FindingLocation InTable(PublishedTable table, string? row = null, string? column = null) =>
        new(table, row, column);

    public static FindingLocation InExplanation(int item, string? sentence = null) =>
        new(null, ExplanationItem: item, Sentence: sentence);

    /// <summary>A figure of 说明 <paramref name="item"/> that staff enter on the facts form.</summary>
    public static FindingLocation InFacts(int item, string sentence) =>
        new(null, ExplanationItem: item, Sentence: sentence, Form: EntryForm.Facts);

    /// <summary>"公开05表 · 204 公共安全支出 · 项目支出" or "第三部分说明 五 · …".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Table is { } table)
        {
            parts.Add(table.Number());
        }
        if (ExplanationItem is { } item)
        {
            parts.Add($"决算情况说明 {ChineseNumerals.Ordinal(item)}");
        }
        if (Attachment is { } attachment)
        {
            parts.Add($"附件{attachment}");
        }
        parts.AddRange(new[] { Row, Column, Sentence }.Where(p => !string.IsNullOrEmpty(p))!);
        return string.Join(" · ", parts);
    }
}

/// <summary>
/// One thing the validator found. Expected and found are what the rule computed and what the
/// disclosure states, in 万元 where they are amounts; the message is one sentence for a finance officer.
/// </summary>
public sealed record Finding(
    FindingSeverity Severity, string RuleId, FindingLocation Location, string? Expected, string? Found, string Message);
