using System.Text.RegularExpressions;
using FinalAccounts.Domain.Narrative;

namespace FinalAccounts.Domain.Validation.Rules;

/// <summary>A text staff wrote, with where it is printed.</summary>
internal sealed record StaffText(FindingLocation Part, string Text)
{
    /// <summary>Every text of the version that staff typed rather than the builder wrote.</summary>
    public static IEnumerable<StaffText> In(Disclosures.DisclosureVersion version)
    {
        foreach (var duty in version.Duties)
        {
            yield return new(InPart("第一部分 一、部门主要职能"), duty.Text);
        }
        if (version.Profile.Organization is { } organization)
        {
            yield return new(InPart("第一部分 二、机构设置"), organization);
        }
        foreach (var text in version.ExplanationTexts)
        {
            yield return new(FindingLocation.InExplanation(text.Item), text.Text);
        }
        var details = version.ThreePublicDetails;
        foreach (var text in new[] { details.VehicleOperationUse, details.ReceptionVisitors }.OfType<string>())
        {
            yield return new(FindingLocation.InExplanation(9), text);
        }
        foreach (var project in version.ProjectSummaries)
        {
            foreach (var text in new[] { project.Outputs, project.Problems, project.NextSteps }.OfType<string>())
            {
                yield return new(FindingLocation.InExplanation(13), text);
            }
        }
        foreach (var work in version.KeyWork)
        {
            foreach (var text in new[] { work.Title, work.Goal, work.Completion }.OfType<string>())
            {
                yield return new(InPart("第四部分 重点工作完成情况"), text);
            }
        }
        foreach (var entry in version.Glossary)
        {
            yield return new(InPart("第五部分 名词解释"), entry.Definition);
        }
    }

    private static FindingLocation InPart(string name) => new(null, Row: name);
}

/// <summary>
/// Slips that survive into publications: a placeholder left in, a word or phrase typed twice
/// ("减少减少"), doubled punctuation ("。。"), and an amount in 元 where the tables are in 万元. Each is a
/// warning pointing at the sentence.
/// </summary>
internal sealed partial class StaffTextRule : IValidationRule
{
    public string Id => "staff-text";

    public string Title => "文字中不得留有占位符（XX、××、待填写、待补充、此处填写等）、重复的词语或标点，金额单位应为万元";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        foreach (var text in StaffText.In(context.Version))
        {
            foreach (var sentence in Sentences().Matches(text.Text).Select(m => m.Value.Trim()).Where(s => s.Length > 0))
            {
                if (Problem(sentence) is { } problem)
                {
                    yield return new Finding(FindingSeverity.Warning, Id, text.Part with { Sentence = sentence }, null, problem.Found,
                        $"“{sentence}”{problem.What}，请修改。");
                }
            }
        }
    }

    private static (string Found, string What)? Problem(string sentence)
    {
        if (Placeholder().Match(sentence) is { Success: true } placeholder)
        {
            return (placeholder.Value, $"中留有占位符“{placeholder.Value}”");
        }
        if (DoubledWord().Matches(sentence).FirstOrDefault(m => !AcrossCompounds(sentence, m)) is { } word)
        {
            return (word.Value, $"中“{word.Groups[1].Value}”重复了");
        }
        if (DoubledPunctuation().Match(sentence) is { Success: true } punctuation)
        {
            return (punctuation.Value, $"中有重复的标点“{punctuation.Value}”");
        }
        if (YuanAmount().Match(sentence) is { Success: true } yuan)
        {
            return (yuan.Value, $"中的金额“{yuan.Value}”以元为单位，而表格以万元为单位，请改为万元并核对");
        }
        return null;
    }

    // A sentence ends at 。！？； or a line break; the doubled-punctuation check looks inside it, so the
    // split keeps a run of enders together with the sentence before it.
    [GeneratedRegex(@"[^。！？；\n]*[。！？；]*")]
    private static partial Regex Sentences();

    [GeneratedRegex(@"[XxＸｘ]{2,}|[×＊*]{2,}|待填写|待补充|此处填写|此处输入|请填写|某某")]
    private static partial Regex Placeholder();

    /// <summary>
    /// Nouns that end one compound and begin the next: "市政府政府规章" is 市政府 + 政府规章, "本部门部门决算"
    /// 本部门 + 部门决算. A doubled slip ("减少减少") is nearly always a verb or an adverb.
    /// </summary>
    private static readonly HashSet<string> CompoundNouns =
        ["政府", "部门", "单位", "财政", "项目", "资金", "经费", "公共", "机关", "人民", "社会", "国有", "预算", "决算"];

    /// <summary>A doubled noun of <see cref="CompoundNouns"/> inside a run of Chinese on both sides, read as two compounds abutting.</summary>
    private static bool AcrossCompounds(string sentence, Match doubled)
    {
        var end = doubled.Index + doubled.Length;
        return CompoundNouns.Contains(doubled.Groups[1].Value)
               && doubled.Index > 0 && IsChinese(sentence[doubled.Index - 1])
               && end < sentence.Length && IsChinese(sentence[end]);
    }

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    // Two to six Chinese characters typed twice in a row; single characters repeat legitimately (常常, 人人).
    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{2,6})\1")]
    private static partial Regex DoubledWord();

    [GeneratedRegex(@"([，。；：、！？,;:])\1+|[，；：、][。，；]|。[，；：、]")]
    private static partial Regex DoubledPunctuation();

    // Digits then 元 not preceded by 万 or 亿: "5000元", "1,200.50 元".
    [GeneratedRegex(@"[0-9０-９][0-9０-９,]*(?:[.．][0-9０-９]+)?\s*(?<![万亿])元")]
    private static partial Regex YuanAmount();
}

/// <summary>
/// The parts every disclosure prints: 部门主要职能, 机构设置, 名词解释 and 国有资产占用 — an error when one is
/// empty; and in 名词解释 the fixed terms plus one entry for every 项 the tables use — a warning when one is missing.
/// </summary>
internal sealed class RequiredPartsRule : IValidationRule
{
    /// <summary>The terms every 名词解释 defines (the seeds' common core).</summary>
    public static IReadOnlyList<string> FixedTerms { get; } = ["基本支出", "项目支出", "“三公”经费", "机关运行经费"];

    public string Id => "required-parts";

    public string Title => "部门主要职能、机构设置、名词解释、国有资产占用不得为空；名词解释须包括基本支出、项目支出、“三公”经费、机关运行经费及所用的每个项级科目";

    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var version = context.Version;
        var assets = version.Assets;
        (string Part, bool Empty)[] parts =
        [
            ("第一部分 一、部门主要职能", version.Duties.Count == 0),
            ("第一部分 二、机构设置", string.IsNullOrWhiteSpace(version.Profile.Organization)),
            ("第五部分 名词解释", version.Glossary.Count == 0),
            ("决算情况说明 十二、国有资产占用情况", assets.TotalVehicles is null && assets.GeneralEquipmentOver500K is null && assets.SpecialEquipmentOver1M is null),
        ];
        foreach (var (part, _) in parts.Where(p => p.Empty))
        {
            yield return new Finding(FindingSeverity.Error, Id, new FindingLocation(null, Row: part), null, null,
                $"{part}为空，这是决算公开必须包括的内容，请填写。");
        }
        if (version.Glossary.Count == 0)
        {
            yield break;
        }
        var glossary = new GlossaryTerms(version.Glossary);
        foreach (var term in FixedTerms.Where(t => !glossary.Defines(t)))
        {
            yield return Missing($"“{term}”");
        }
        var items = version.ListFunctionTables().SelectMany(t => t.Rows)
            .Where(r => r.Code is { Level: Classification.FunctionLevel.Item })
            .DistinctBy(r => r.Code!.Value)
            .OrderBy(r => r.Code!.Value);
        foreach (var row in items.Where(r => !glossary.Defines(r.Code!.Value.Value, r.Name)))
        {
            yield return Missing($"项级科目“{row.Label}”");
        }
    }

    private Finding Missing(string what) =>
        new(FindingSeverity.Warning, Id, new FindingLocation(null, Row: "第五部分 名词解释"), null, null,
            $"名词解释中没有{what}的解释，请补充。");

    /// <summary>Terms compared without quotes, brackets and spaces, which publications write every way.</summary>
    private sealed class GlossaryTerms(IReadOnlyList<GlossaryEntry> entries)
    {
        private readonly List<string> _terms = entries.Select(e => Normalize(e.Term)).ToList();
        private readonly HashSet<string> _codes = entries.Where(e => e.FunctionCode is not null)
            .Select(e => e.FunctionCode!.Value.Value).ToHashSet(StringComparer.Ordinal);

        public bool Defines(string term) => _terms.Contains(Normalize(term));

        public bool Defines(string code, string name) =>
            _codes.Contains(code) || _terms.Any(t => t.Contains(Normalize(name) + "(项)", StringComparison.Ordinal));

        private static string Normalize(string text) =>
            new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '‘' or '’'))
                .Select(c => c switch { '（' => '(', '）' => ')', _ => c }).ToArray());
    }
}
