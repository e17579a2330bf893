using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Search;

/// <summary>
/// Cuts what a disclosure shows into the searchable sections a result links to: the department's
/// names and the title, then 第一部分, each item of the computed 说明, each key work item, each
/// glossary entry and each self-evaluation sheet. The tables' figures are not searched.
/// </summary>
internal static class SearchDocument
{
    private const string Separator = " · ";
    private const int MaxNameInLabel = 40;

    public static IReadOnlyList<SearchSection> Sections(long versionId, DisclosureDocumentModel model, string regionName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var sections = new List<SearchSection>();
        void Add(SearchSectionKind kind, string label, string? anchor, IEnumerable<string?> lines)
        {
            var text = string.Join("\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()));
            if (text.Length > 0)
            {
                sections.Add(new SearchSection(versionId, sections.Count, kind, label, anchor, text));
            }
        }

        Add(SearchSectionKind.Department, "部门", null, [DepartmentNames(model.DepartmentName, model.DepartmentShortName, regionName)]);
        Add(SearchSectionKind.Title, "标题", null, [model.Title]);

        const string profile = "第一部分 概况";
        Add(SearchSectionKind.Duties, profile + Separator + DisclosureHeadings.Duties, "part1", model.Duties);
        Add(SearchSectionKind.Organization, profile + Separator + DisclosureHeadings.Organization, "part1", [model.Organization]);

        foreach (var item in model.Explanation.Sections)
        {
            Add(SearchSectionKind.Explanation, "第三部分 决算情况说明" + Separator + item.Heading, $"explanation-{item.Item}",
                [item.Heading, model.Explanation.PlainText(item.Item)]);
        }

        foreach (var work in model.KeyWork)
        {
            Add(SearchSectionKind.KeyWork, "第四部分 重点工作完成情况" + Separator + Shorten(work.Title), "part4",
                [work.Title, work.Goal, work.Completion]);
        }

        foreach (var entry in model.Glossary)
        {
            Add(SearchSectionKind.Glossary, "第五部分 名词解释" + Separator + Shorten(entry.Term), "part5",
                [$"{entry.Term}：{entry.Definition}"]);
        }

        for (var i = 0; i < model.Evaluations.Count; i++)
        {
            var sheet = model.Evaluations[i];
            Add(SearchSectionKind.Evaluation, $"第六部分 附件{Separator}附件{i + 1}：{Shorten(sheet.Title)}", "part6", EvaluationLines(sheet));
        }
        return sections;
    }

    /// <summary>"武汉市硚口区司法局", followed in brackets by the short name and region when the name does not already contain them.</summary>
    private static string DepartmentNames(string name, string shortName, string regionName)
    {
        var others = new[] { shortName, regionName }
            .Where(n => !string.IsNullOrWhiteSpace(n) && !name.Contains(n, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return others.Count == 0 ? name : $"{name}（{string.Join("，", others)}）";
    }

    private static IEnumerable<string?> EvaluationLines(EvaluationSheet sheet)
    {
        yield return sheet.Title;
        foreach (var (label, value) in sheet.Facts)
        {
            yield return $"{label}：{value}";
        }
        foreach (var row in sheet.Grids.SelectMany(g => g.BodyRows))
        {
            yield return string.Join(" ", row.Select(c => c.Text).Where(text => !string.IsNullOrWhiteSpace(text)));
        }
        foreach (var (label, value) in sheet.Closing)
        {
            yield return label;
            yield return value;
        }
    }

    private static string Shorten(string name) => name.Length <= MaxNameInLabel ? name : name[..(MaxNameInLabel - 1)] + "…";
}
