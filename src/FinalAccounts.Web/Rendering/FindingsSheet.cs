using FinalAccounts.Domain.Validation;
using FinalAccounts.Infrastructure.Checking;
using FinalAccounts.Infrastructure.Comparisons;

namespace FinalAccounts.Web.Rendering;

/// <summary>
/// Findings across published disclosures as one <see cref="ComparisonSheet"/> — department, year, version,
/// rule, severity, where, what, and the version's address — which the page, the XLSX and the CSV all show.
/// </summary>
public static class FindingsSheet
{
    public const string Key = "findings";

    public static ComparisonSheet Of(FindingsAcrossResult result, string caption)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] headings = ["部门编码", "部门", "地区", "年度", "版本", "规则", "级别", "位置", "应为", "填报", "问题", "依据"];
        var rows = result.Items.Select(f =>
        {
            var version = PortalPaths.Version(f.DepartmentCode, f.Year, f.Version);
            var rule = Rulebook.UrlOf(f.RuleId);
            return (IReadOnlyList<SheetCell>)
            [
                new(f.DepartmentCode), new(f.DepartmentName), new(f.RegionName), new(f.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new($"第{f.Version}版"), new SheetCell(f.RuleId) { Link = rule }, new(f.Severity.ToChinese()),
                new(f.Location), Figure(f.Expected), Figure(f.Found), new(f.Message), new SheetCell(version) { Link = version },
            ];
        }).ToList();
        return new ComparisonSheet(Key, "校验问题", caption, headings, rows)
        {
            LabelColumns = headings.Length, RowHeaderColumn = 1, HasMarkColumn = false,
        };
    }

    // An expected or found figure: an amount ("2,761.28") goes to the workbook as a number, anything else as text.
    private static SheetCell Figure(string? text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? new SheetCell(text!, number) : new SheetCell(text ?? "");
}
