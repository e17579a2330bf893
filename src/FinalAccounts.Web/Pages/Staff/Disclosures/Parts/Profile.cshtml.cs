using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Pages.Staff.Disclosures.Parts;

/// <summary>第一部分 概况: the numbered duties, 机构设置 and 人员构成.</summary>
public sealed class ProfileModel(DraftEditor editor) : PartPageModel<ProfileModel.ProfileInput>(editor)
{
    public static readonly ListNoun Duty = new("条", "职能");

    public override ContentPart Part => ContentPart.Profile;

    protected override void ShowContent()
    {
        var profile = Stored.Profile;
        var staffing = profile?.Staffing;
        Input = new ProfileInput
        {
            Duties = profile?.Duties.Select(d => (string?)d).ToList() ?? [],
            Organization = profile?.Organization,
            ActiveAdministrative = Text(staffing?.ActiveAdministrative),
            ActiveInstitutional = Text(staffing?.ActiveInstitutional),
            RetiredLixiu = Text(staffing?.RetiredLixiu),
            RetiredTuixiu = Text(staffing?.RetiredTuixiu),
        };
        if (Input.Duties.Count == 0)
        {
            Input.Duties.Add(null);
        }
    }

    protected override Func<DisclosureContent, DisclosureContent> ReadInput(FieldReader read)
    {
        // A duty left blank (an added one never filled in) is no duty; there is nothing typed to lose.
        var duties = Input.Duties.Select(FieldReader.Text).OfType<string>().ToList();
        var staffing = new StaffingContent(
            read.Count(Input.ActiveAdministrative, "Input.ActiveAdministrative", "在职实有人数（行政）"),
            read.Count(Input.ActiveInstitutional, "Input.ActiveInstitutional", "在职实有人数（事业）"),
            read.Count(Input.RetiredLixiu, "Input.RetiredLixiu", "离休人数"),
            read.Count(Input.RetiredTuixiu, "Input.RetiredTuixiu", "退休人数"));
        var profile = new ProfileContent(duties, FieldReader.Text(Input.Organization), staffing);
        return content => content with { Profile = profile };
    }

    protected override (ListNoun Noun, int Count)? EditList(ListEdit edit) =>
        edit.List == "duties" ? Edit(edit, Input.Duties, Duty, () => null) : null;

    private static string? Text(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public sealed class ProfileInput
    {
        public List<string?> Duties { get; set; } = [];
        public string? Organization { get; set; }
        public string? ActiveAdministrative { get; set; }
        public string? ActiveInstitutional { get; set; }
        public string? RetiredLixiu { get; set; }
        public string? RetiredTuixiu { get; set; }
    }
}
