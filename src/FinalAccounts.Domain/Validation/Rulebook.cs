namespace FinalAccounts.Domain.Validation;

/// <summary>One rule as the public rulebook (/rules, GET /api/v1/rules) states it.</summary>
/// <param name="Title">The identity or condition in plain Chinese: the rule's own <see cref="IValidationRule.Title"/>.</param>
/// <param name="Severity">What a break beyond rounding is: an error (blocks submission) or a warning (needs a reason).</param>
/// <param name="JudgesAmounts">Whether the rule compares amounts, and so notes a gap rounding can explain (ADR 0014).</param>
/// <param name="Reads">The tables and parts the rule reads, e.g. "公开01表", "决算情况说明 十一".</param>
public sealed record RulebookEntry(string Id, string Title, FindingSeverity Severity, bool JudgesAmounts, IReadOnlyList<string> Reads)
{
    /// <summary>The tolerance in words, the same sentence for every rule that compares amounts.</summary>
    public string Tolerance => JudgesAmounts
        ? $"与应有数一致到元为通过；差额不超过参与比较的印制数字个数 × 0.005 万元为尾差提示；超过为{Severity.ToChinese()}"
        : "不比较金额";

    /// <summary>The anchor of the rule on /rules, which every finding links to.</summary>
    public string Url => Rulebook.UrlOf(Id);
}

/// <summary>
/// What each rule of <see cref="StandardRules"/> is, in public: its severity, whether it judges amounts
/// and which tables it reads. Kept beside the rules, not inside them, so the list reads as one page; a
/// unit test fails when a standard rule has no entry here.
/// </summary>
public static class Rulebook
{
    private const FindingSeverity Error = FindingSeverity.Error;
    private const FindingSeverity Warning = FindingSeverity.Warning;

    private static readonly Dictionary<string, (FindingSeverity Severity, bool JudgesAmounts, string[] Reads)> Descriptions =
        new(StringComparer.Ordinal)
        {
            ["T01-totals"] = (Error, true, ["公开01表"]),
            ["T01-balanced"] = (Error, true, ["公开01表"]),
            ["T01-T02-income"] = (Error, true, ["公开01表", "公开02表"]),
            ["T01-T03-expenditure"] = (Error, true, ["公开01表", "公开03表"]),
            ["T02-row-total"] = (Error, true, ["公开02表"]),
            ["T02-hierarchy"] = (Error, true, ["公开02表"]),
            ["T03-row-total"] = (Error, true, ["公开03表"]),
            ["T03-hierarchy"] = (Error, true, ["公开03表"]),
            ["T02-T03-mirror"] = (Warning, true, ["公开01表", "公开02表", "公开03表"]),
            ["T04-totals"] = (Error, true, ["公开04表"]),
            ["T04-income"] = (Error, true, ["公开04表", "公开01表", "公开02表"]),
            ["T04-fund-balance"] = (Error, true, ["公开04表"]),
            ["T04-T05-general-budget"] = (Error, true, ["公开04表", "公开05表"]),
            ["T04-T07-government-fund"] = (Error, true, ["公开04表", "公开07表"]),
            ["T04-T08-state-capital"] = (Error, true, ["公开04表", "公开08表"]),
            ["T05-row-subtotal"] = (Error, true, ["公开05表"]),
            ["T05-hierarchy"] = (Error, true, ["公开05表"]),
            ["T05-T06-basic"] = (Error, true, ["公开05表", "公开06表"]),
            ["T06-totals"] = (Error, true, ["公开06表"]),
            ["T06-T09-three-public"] = (Error, true, ["公开06表", "公开09表"]),
            ["T07-row-subtotal"] = (Error, true, ["公开07表"]),
            ["T07-closing-balance"] = (Error, true, ["公开07表"]),
            ["T07-hierarchy"] = (Error, true, ["公开07表"]),
            ["T08-row-total"] = (Error, true, ["公开08表"]),
            ["T08-hierarchy"] = (Error, true, ["公开08表"]),
            ["T09-totals"] = (Error, true, ["公开09表"]),
            ["T09-over-budget"] = (Warning, true, ["公开09表"]),
            ["operating-costs"] = (Warning, true, ["决算情况说明 十", "公开06表"]),
            ["procurement"] = (Error, true, ["决算情况说明 十一"]),
            ["plausible-figures"] = (Error, false, ["公开01表至公开09表", "决算情况说明 二、三、五、十、十一"]),
            ["empty-table"] = (Error, false, ["公开01表至公开09表"]),
            ["catalog-code"] = (Error, false, ["公开01表至公开08表", "本年度科目目录"]),
            ["catalog-parent"] = (Error, false, ["公开01表至公开08表"]),
            ["catalog-name"] = (Warning, false, ["公开01表至公开08表", "本年度科目目录"]),
            ["required-parts"] = (Error, false, ["第一部分 概况", "第五部分 名词解释", "决算情况说明 十二", "公开02表至公开08表"]),
            ["staff-text"] = (Warning, false, ["第一部分 概况", "决算情况说明", "第四部分 重点工作完成情况", "第五部分 名词解释"]),
            ["explanation-figure"] = (Error, true, ["决算情况说明", "公开01表至公开09表"]),
            ["explanation-reason"] = (Warning, false, ["决算情况说明"]),
            ["prior-year"] = (Warning, true, ["决算情况说明", "上年度已公开的决算"]),
            ["publication-deadline"] = (Warning, false, ["批复日期", "公开日期"]),
            // Rules main gained while this list was written; listed here so the rulebook stays complete when they meet.
            ["facts-unreported"] = (Warning, false, ["第一部分 概况", "决算情况说明 十至十三"]),
            ["evaluation-funds"] = (Error, true, ["第六部分 附件 绩效自评表"]),
            ["evaluation-execution-rate"] = (Error, false, ["第六部分 附件 绩效自评表"]),
            ["evaluation-fund-score"] = (Error, false, ["第六部分 附件 绩效自评表"]),
            ["evaluation-weights"] = (Warning, false, ["第六部分 附件 绩效自评表"]),
            ["evaluation-group-weights"] = (Error, false, ["第六部分 附件 绩效自评表"]),
            ["evaluation-total-score"] = (Error, false, ["第六部分 附件 绩效自评表"]),
            ["evaluation-grade"] = (Warning, false, ["第六部分 附件 绩效自评表"]),
            ["basic-data-tables"] = (Error, true, ["整体支出绩效评价基础数据表", "公开05表", "公开06表", "公开09表"]),
            ["basic-data-staff-rate"] = (Error, false, ["整体支出绩效评价基础数据表"]),
            ["evaluation-spending"] = (Warning, true, ["第六部分 附件 绩效自评表", "整体支出绩效评价基础数据表", "公开03表", "公开05表"]),
        };

    /// <summary>Every standard rule that has a description, in the order the validator runs them.</summary>
    public static IReadOnlyList<RulebookEntry> Entries { get; } =
    [
        .. StandardRules.All
            .Where(rule => Descriptions.ContainsKey(rule.Id))
            .Select(rule =>
            {
                var (severity, judgesAmounts, reads) = Descriptions[rule.Id];
                return new RulebookEntry(rule.Id, rule.Title, severity, judgesAmounts, reads);
            }),
    ];

    /// <summary>
    /// Names this rulebook: a hash of every rule's ID, severity, title and tables. Findings stored under
    /// another fingerprint were found by other rules and are checked again (ADR 0018).
    /// </summary>
    public static string Fingerprint { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join("\n", Entries.Select(e => $"{e.Id}|{e.Severity}|{e.Title}|{string.Join(",", e.Reads)}"))))
    )[..32];

    /// <summary>"/rules#T01-totals": where a finding of the rule links.</summary>
    public static string UrlOf(string ruleId) => "/rules#" + Uri.EscapeDataString(ruleId);
}
