using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>
/// 第五部分 名词解释: fixed terms, and one entry for each 功能分类科目 the department used, tied to its
/// code. A code outside the year's catalog is refused by the save, with the entry it belongs to.
/// </summary>
public sealed class GlossaryModel(DraftEditor editor) : PartPageModel<GlossaryModel.GlossaryInput>(editor)
{
    public static readonly ListNoun Entry = new("个", "名词");

    public override ContentPart Part => ContentPart.Glossary;

    protected override void ShowContent()
    {
        Input = new GlossaryInput
        {
            Entries = (Stored.Glossary ?? [])
                .Select(g => new EntryInput { Term = g.Term, Definition = g.Definition, FunctionCode = g.FunctionCode })
                .ToList(),
        };
        if (Input.Entries.Count == 0)
        {
            Input.Entries.Add(new EntryInput());
        }
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        var entries = new List<GlossaryEntryContent>();
        for (var i = 0; i < Input.Entries.Count; i++)
        {
            var entry = Input.Entries[i];
            if (FieldReader.IsBlank(entry.Term, entry.Definition, entry.FunctionCode))
            {
                continue;
            }
            var at = $"Input.Entries[{i}]";
            var term = read.Required(entry.Term, at + ".Term", $"{Entry.Of(i)}的名词");
            var definition = read.Required(entry.Definition, at + ".Definition", $"{Entry.Of(i)}的解释");
            var code = FieldReader.Text(entry.FunctionCode)?.Trim();
            if (code is not null && !FunctionCode.TryParse(code, out _))
            {
                read.Fail(at + ".FunctionCode",
                    $"{Entry.Of(i)}的科目编码“{code}”不是有效的支出功能分类科目编码：应为 3 位（类）、5 位（款）或 7 位（项）数字，如 2040601；固定名词不填。");
            }
            entries.Add(new GlossaryEntryContent(term ?? "", definition ?? "", code));
        }
        return content => content with { Glossary = entries };
    }

    protected override (ListNoun Noun, int Count)? EditList(ListEdit edit) =>
        edit.List == "entries" ? Edit(edit, Input.Entries, Entry, () => new EntryInput()) : null;

    public sealed class GlossaryInput
    {
        public List<EntryInput> Entries { get; set; } = [];
    }

    public sealed class EntryInput
    {
        public string? Term { get; set; }
        public string? Definition { get; set; }
        public string? FunctionCode { get; set; }
    }
}
