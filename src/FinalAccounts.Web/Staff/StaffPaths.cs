using FinalAccounts.Domain.Tables;
using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Staff;

namespace FinalAccounts.Web.Staff;

/// <summary>Addresses in the staff area, built in one place.</summary>
public static class StaffPaths
{
    /// <summary>Whether a request is in the staff area (/staff…), which neither response compression nor the replica serves.</summary>
    public static bool IsStaffArea(PathString path) => path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase);

    public static string Workspace(string departmentCode, int year) =>
        $"/staff/disclosures/{Uri.EscapeDataString(departmentCode)}/{year}";

    public static string History(string departmentCode, int year) => Workspace(departmentCode, year) + "/history";

    public static string Edit(string departmentCode, int year, int version, string part) =>
        $"{Workspace(departmentCode, year)}/v{version}/{part}";

    public static string Import(string departmentCode, int year, int version) => Edit(departmentCode, year, version, "import");

    public static string Template(string departmentCode, int year, int version) => Edit(departmentCode, year, version, "template.xlsx");
}

/// <summary>Times as staff read them: Beijing time, to the minute.</summary>
public static class StaffFormat
{
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(Domain.ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm") : "—";
}

/// <summary>
/// The address segment of each part's edit page, and where a validator finding is edited: the
/// table's page, at the row the finding names ("row-2040601", "row-合计", "row-一般公共预算财政拨款收入").
/// </summary>
public static class StaffParts
{
    public static IReadOnlyList<(ContentPart Part, string Segment)> Editable { get; } =
    [
        (ContentPart.Cover, "cover"),
        (ContentPart.Profile, "profile"),
        (ContentPart.Table01, "t01"), (ContentPart.Table02, "t02"), (ContentPart.Table03, "t03"),
        (ContentPart.Table04, "t04"), (ContentPart.Table05, "t05"), (ContentPart.Table06, "t06"),
        (ContentPart.Table07, "t07"), (ContentPart.Table08, "t08"), (ContentPart.Table09, "t09"),
        (ContentPart.Facts, "facts"),
        (ContentPart.Explanation, "explanation"),
        (ContentPart.KeyWork, "keywork"),
        (ContentPart.Glossary, "glossary"),
        (ContentPart.Evaluations, "evaluations"),
        (ContentPart.BasicData, "basicdata"),
    ];

    public static string Segment(ContentPart part) => Editable.Single(p => p.Part == part).Segment;

    public static ContentPart? FromSegment(string? segment) =>
        Editable.Where(p => p.Segment == segment).Select(p => (ContentPart?)p.Part).FirstOrDefault();

    public static ContentPart TablePart(PublishedTable table) => ContentPart.Table01 + ((int)table - (int)PublishedTable.IncomeExpenditureSummary);

    /// <summary>The id of a row in a table's edit grid: its code when the label starts with one, else the label.</summary>
    public static string RowAnchor(string? rowLabel)
    {
        var label = (rowLabel ?? "合计").Trim();
        var first = label.Split(' ', 2)[0];
        return "row-" + (first.All(char.IsAsciiDigit) && first.Length > 0 ? first : label.Replace(' ', '-'));
    }

    /// <summary>
    /// Where a finding is put right: the edit page of its table (at its row), of the form its figures are
    /// entered on (at the 说明 item's fieldset, or 人员构成), of its self-evaluation, or of the 说明.
    /// </summary>
    public static string FindingLink(string departmentCode, int year, int version, FindingLocation location)
    {
        var anchor = location.ExplanationItem is { } item ? $"#item-{item}" : "";
        return location switch
        {
            { Table: { } table } =>
                StaffPaths.Edit(departmentCode, year, version, Segment(TablePart(table))) + (location.Row is null ? "" : "#" + RowAnchor(location.Row)),
            { Form: EntryForm.Profile } => StaffPaths.Edit(departmentCode, year, version, Segment(ContentPart.Profile)) + "#staffing",
            { Form: EntryForm.Facts } => StaffPaths.Edit(departmentCode, year, version, Segment(ContentPart.Facts)) + anchor,
            { Form: EntryForm.BasicData } => StaffPaths.Edit(departmentCode, year, version, Segment(ContentPart.BasicData)),
            { Attachment: { } attachment } => StaffPaths.Edit(departmentCode, year, version, Segment(ContentPart.Evaluations))
                                              + "?evaluation=" + attachment.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => StaffPaths.Edit(departmentCode, year, version, Segment(ContentPart.Explanation)) + anchor,
        };
    }
}
