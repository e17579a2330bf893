using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>第四部分 重点工作完成情况: 重要事项, 工作内容及目标, 完成情况, in published order.</summary>
public sealed class KeyWorkModel(DraftEditor editor) : PartPageModel<KeyWorkModel.KeyWorkInput>(editor)
{
    public static readonly ListNoun Item = new("项", "重点工作");

    public override ContentPart Part => ContentPart.KeyWork;

    protected override void ShowContent()
    {
        Input = new KeyWorkInput
        {
            Items = (Stored.KeyWork ?? []).Select(k => new ItemInput { Title = k.Title, Goal = k.Goal, Completion = k.Completion }).ToList(),
        };
        if (Input.Items.Count == 0)
        {
            Input.Items.Add(new ItemInput());
        }
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        var items = new List<KeyWorkItemContent>();
        for (var i = 0; i < Input.Items.Count; i++)
        {
            var item = Input.Items[i];
            if (FieldReader.IsBlank(item.Title, item.Goal, item.Completion))
            {
                continue;
            }
            var title = read.Required(item.Title, $"Input.Items[{i}].Title", $"{Item.Of(i)}的重要事项");
            items.Add(new KeyWorkItemContent(title ?? "", FieldReader.Text(item.Goal), FieldReader.Text(item.Completion)));
        }
        return content => content with { KeyWork = items };
    }

    protected override (ListNoun Noun, int Count)? EditList(ListEdit edit) =>
        edit.List == "items" ? Edit(edit, Input.Items, Item, () => new ItemInput()) : null;

    public sealed class KeyWorkInput
    {
        public List<ItemInput> Items { get; set; } = [];
    }

    public sealed class ItemInput
    {
        public string? Title { get; set; }
        public string? Goal { get; set; }
        public string? Completion { get; set; }
    }
}
