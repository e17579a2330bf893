using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Pdf.Layout;

public enum PageOrientation
{
    Portrait = 1,
    Landscape = 2,
}

/// <summary>What a document is composed of; the flow layout places blocks on pages.</summary>
public abstract record Block;

/// <summary>
/// A heading; <paramref name="Level"/> 1 (part) and 2 (section) go into the outline and the 目录,
/// under <paramref name="ContentsText"/> when the 目录 words it differently from the page.
/// </summary>
public sealed record HeadingBlock(string Text, TextStyle Style, int Level, string? ContentsText = null) : Block;

public sealed record ParagraphBlock(string Text, TextStyle Style) : Block;

/// <summary>One line with text at both edges, such as "单位：武汉市硚口区司法局本级 … 单位：万元".</summary>
internal sealed record EdgeLineBlock(string Left, string Right, TextStyle Style) : Block;

/// <summary>A ruled table; its header rows repeat on every page it continues on.</summary>
public sealed record GridBlock(
    IReadOnlyList<double> ColumnWidths,
    IReadOnlyList<IReadOnlyList<PrintedCell>> HeaderRows,
    IReadOnlyList<IReadOnlyList<PrintedCell>> BodyRows) : Block
{
    public static GridBlock From(PrintedTable table) => new(table.ColumnWidths, table.HeaderRows, table.BodyRows);
}

internal sealed record ChartBlock(Chart Chart) : Block;

/// <summary>
/// A run of blocks that starts on a new page. Without an orientation the section is portrait
/// unless one of its tables does not fit a portrait page.
/// </summary>
public sealed record DocumentSection(IReadOnlyList<Block> Blocks, PageOrientation? Orientation = null);
