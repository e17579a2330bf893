using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Infrastructure.Administration;

/// <summary>One code of an imported catalog, as its row gave it.</summary>
public sealed record CatalogLine(string Code, string Name, string? Explanation);

/// <summary>One recorded move: last year's code that this year's catalog carries under another code.</summary>
public sealed record CatalogMoveLine(CatalogKind Catalog, string OldCode, string NewCode);

/// <summary>
/// A year's catalog as an administrator's file holds it: the 支出功能分类科目, the 经济分类科目 and
/// the codes that moved since last year. Read from the workbook, carried from the preview to the apply
/// step, and checked again there (<see cref="CatalogRules"/>), since a posted copy may be altered.
/// </summary>
public sealed record CatalogFile(IReadOnlyList<CatalogLine> Functions, IReadOnlyList<CatalogLine> Economics,
    IReadOnlyList<CatalogMoveLine> Moves)
{
    public IReadOnlyList<CatalogLine> Lines(CatalogKind catalog) => catalog == CatalogKind.Function ? Functions : Economics;
}

/// <summary>The sheets and columns of a catalog workbook, which the sample file, the export and the reader share.</summary>
public static class CatalogSheets
{
    public const string Functions = "支出功能分类科目";
    public const string Economics = "经济分类科目";
    public const string Moves = "科目变动";

    public static IReadOnlyList<string> EntryColumns { get; } = ["科目编码", "科目名称", "级次", "说明"];
    public static IReadOnlyList<string> MoveColumns { get; } = ["科目类别", "原科目编码", "新科目编码"];

    public static string Name(CatalogKind catalog) => catalog == CatalogKind.Function ? Functions : Economics;

    /// <summary>How a move's catalog is written in the 科目类别 column.</summary>
    public static string KindName(CatalogKind catalog) => catalog == CatalogKind.Function ? "支出功能分类" : "经济分类";

    public static CatalogKind? KindOf(string text) =>
        text.Trim() switch
        {
            "支出功能分类" or "支出功能分类科目" or "功能分类" => CatalogKind.Function,
            "经济分类" or "经济分类科目" or "部门预算支出经济分类" or "部门预算支出经济分类科目" => CatalogKind.Economic,
            _ => null,
        };
}
