using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Domain.Tables.Printed;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// The cell styles of the workbook in one place: a style's number is its index in the cell formats
/// below, so the two lists change together.
/// </summary>
internal static class WorkbookStyles
{
    public const uint Title = 1;
    public const uint MetaLeft = 2;
    public const uint MetaRight = 3;
    public const uint Heading = 4;
    public const uint Label = 5;
    public const uint Centered = 6;
    public const uint RightText = 7;
    public const uint Amount = 8;
    public const uint Note = 9;

    private const uint AmountFormatId = 164;
    private const string FontName = "宋体";

    public static uint Of(PrintedCell cell) =>
        cell.Amount is not null ? Amount
        : cell.IsHeading ? Heading
        : cell.Alignment switch
        {
            CellAlignment.Center => Centered,
            CellAlignment.Right => RightText,
            _ => Label,
        };

    public static Stylesheet Stylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = AmountFormatId, FormatCode = DisclosureWorkbook.AmountFormat }) { Count = 1 },
        new Fonts(Font(11, bold: false), Font(11, bold: true), Font(16, bold: true)) { Count = 3 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(), Thin()) { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(font: 0, border: 0, HorizontalAlignmentValues.General, wrap: false),
            Format(font: 2, border: 0, HorizontalAlignmentValues.Center, wrap: false),
            Format(font: 0, border: 0, HorizontalAlignmentValues.Left, wrap: false),
            Format(font: 0, border: 0, HorizontalAlignmentValues.Right, wrap: false),
            Format(font: 1, border: 1, HorizontalAlignmentValues.Center, wrap: true),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Left, wrap: true),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Center, wrap: true),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Right, wrap: false),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Right, wrap: false, AmountFormatId),
            Format(font: 0, border: 0, HorizontalAlignmentValues.Left, wrap: true, vertical: VerticalAlignmentValues.Top)) { Count = 10 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }
        font.Append(new FontSize { Val = size }, new FontName { Val = FontName }, new FontCharSet { Val = 134 });
        return font;
    }

    private static Border Thin() => new(
        new LeftBorder { Style = BorderStyleValues.Thin },
        new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin },
        new BottomBorder { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal, bool wrap,
        uint numberFormat = 0, VerticalAlignmentValues? vertical = null) => new(
        new Alignment { Horizontal = horizontal, Vertical = vertical ?? VerticalAlignmentValues.Center, WrapText = wrap })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = border,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0,
        ApplyFont = font != 0,
        ApplyBorder = border != 0,
        ApplyAlignment = true,
    };
}
