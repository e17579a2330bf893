using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.Infrastructure.Staff;

/// <summary>The classification codes a version's content uses: 功能分类 in the tables and glossary, 经济分类 in 公开06表.</summary>
internal static class ContentCodes
{
    public static HashSet<string> Functions(DisclosureContent content)
    {
        var t = content.Tables;
        IEnumerable<string?> codes =
        [
            .. t.T01?.Expenditure.Select(l => l.Code) ?? [],
            .. t.T02?.Rows.Select(r => r.Code) ?? [],
            .. t.T03?.Rows.Select(r => r.Code) ?? [],
            .. t.T04?.Expenditure.Select(l => l.Code) ?? [],
            .. t.T05?.Rows.Select(r => r.Code) ?? [],
            .. t.T07?.Rows.Select(r => r.Code) ?? [],
            .. t.T08?.Rows.Select(r => r.Code) ?? [],
            .. content.Glossary?.Select(g => g.FunctionCode) ?? [],
        ];
        return codes.OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public static HashSet<string> Economics(DisclosureContent content) =>
        (content.Tables.T06?.Rows.Select(r => r.Code) ?? []).ToHashSet(StringComparer.Ordinal);
}
