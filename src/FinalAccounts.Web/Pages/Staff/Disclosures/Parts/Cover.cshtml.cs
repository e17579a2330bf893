using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>The title of the disclosure and the 单位 line its tables carry.</summary>
public sealed class CoverModel(DraftEditor editor) : PartPageModel<CoverModel.CoverInput>(editor)
{
    public override ContentPart Part => ContentPart.Cover;

    protected override void ShowContent() =>
        Input = new CoverInput { Title = Stored.Version.Title, ReportingUnit = Stored.Version.ReportingUnit };

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        var title = read.Required(Input.Title, "Input.Title", "标题");
        var unit = read.Required(Input.ReportingUnit, "Input.ReportingUnit", "单位");
        return content => content with { Version = content.Version with { Title = title!.Trim(), ReportingUnit = unit!.Trim() } };
    }

    public sealed class CoverInput
    {
        public string? Title { get; set; }
        public string? ReportingUnit { get; set; }
    }
}
