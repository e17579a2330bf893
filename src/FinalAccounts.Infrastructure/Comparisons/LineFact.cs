using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Comparisons;

/// <summary>
/// One amount of one published version's tables: what comparisons across years and departments
/// aggregate in PostgreSQL instead of loading disclosures. Written only by the database, in the
/// statement that publishes the version (migration 0012), and frozen with it; the portal reads them.
/// A blank cell has no fact. See ADR 0015.
/// </summary>
public sealed class LineFact
{
    public const int MaxLineLength = 32;
    public const int MaxColumnLength = 32;

    private LineFact() { Line = null!; ColumnKey = null!; }

    public long DisclosureVersionId { get; private set; }
    public PublishedTable Table { get; private set; }

    /// <summary>
    /// A 功能分类 or 经济分类 code; "total" for the 合计 row; a fixed line's key of 公开01/04表
    /// ("incomeTotal"); "personnel"/"public" for 公开06表's sides; an item of 公开09表 ("abroad").
    /// </summary>
    public string Line { get; private set; }

    /// <summary>A <see cref="Domain.Tables.Definitions.TableColumn"/> key, or 公开09表's side ("budget", "actual").</summary>
    public string ColumnKey { get; private set; }

    public int DepartmentId { get; private set; }
    public int Year { get; private set; }
    public int VersionNumber { get; private set; }

    /// <summary>The row's 科目名称 as published, where the row has one.</summary>
    public string? Name { get; private set; }

    public Money Amount { get; private set; }
}
