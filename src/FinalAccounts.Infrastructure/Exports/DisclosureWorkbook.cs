using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Exports;

/// <summary>
/// The nine tables of 第二部分 as an Excel workbook, one sheet per table in the published layout:
/// title, 表号, the two 单位 lines, the header rows with their merged cells, the body, the 注 lines and,
/// for an empty table, its sentence. Amounts are numbers in 万元 with the format #,##0.00, so that
/// a spreadsheet sums them; the header is frozen and repeats on printed pages.
/// </summary>
public static class DisclosureWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string AmountFormat = "#,##0.00";

    public static ExportedFile Export(DisclosureAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new ExportedFile(Write(analysis.Header, analysis.Tables, ExportNaming.Timestamp(analysis)), ContentType, FileName(analysis.Header));
    }

    /// <summary>"2024年度硚口区司法局部门决算公开（第1版）.xlsx".</summary>
    public static string FileName(DisclosureHeader header) => $"{ExportNaming.BaseName(header)}.xlsx";

    /// <param name="timestamp">The time every part and the document properties carry (<see cref="ExportNaming.Timestamp"/>).</param>
    public static byte[] Write(DisclosureHeader header, IReadOnlyList<PrintedTable> tables, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(tables);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            // Relationship ids are given everywhere: the library would otherwise make up random ones,
            // and the same version must always give the same bytes.
            var workbookPart = document.AddNewPart<WorkbookPart>(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var strings = new SharedStrings();
            var sheets = new Sheets();
            var definedNames = new DefinedNames();
            for (var i = 0; i < tables.Count; i++)
            {
                var id = $"rId{i + 1}";
                var sheet = new SheetWriter(tables[i], strings).Write();
                workbookPart.AddNewPart<WorksheetPart>(id).Worksheet = sheet.Worksheet;
                sheets.Append(new Sheet { Name = tables[i].Number, SheetId = (uint)(i + 1), Id = id });
                definedNames.Append(new DefinedName($"'{tables[i].Number}'!${sheet.FirstHeaderRow}:${sheet.LastHeaderRow}")
                {
                    Name = "_xlnm.Print_Titles",
                    LocalSheetId = (uint)i,
                });
            }
            workbookPart.AddNewPart<WorkbookStylesPart>($"rId{tables.Count + 1}").Stylesheet = WorkbookStyles.Stylesheet();
            workbookPart.AddNewPart<SharedStringTablePart>($"rId{tables.Count + 2}").SharedStringTable = strings.Table();
            workbookPart.Workbook = new Workbook(sheets, definedNames);
            WriteProperties(document.AddNewPart<CoreFilePropertiesPart>("rId2"), header, timestamp);
        }
        return OfficePackage.Finish(stream.ToArray(), timestamp);
    }

    /// <summary>Title, author (the department) and dates, which the file's properties dialog shows.</summary>
    private static void WriteProperties(CoreFilePropertiesPart part, DisclosureHeader header, DateTimeOffset timestamp)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var writer = XmlWriter.Create(part.GetStream(FileMode.Create), new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("cp", "coreProperties", cp);
        writer.WriteAttributeString("xmlns", "dc", null, dc);
        writer.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        writer.WriteAttributeString("xmlns", "xsi", null, xsi);
        writer.WriteElementString("title", dc, $"{ExportNaming.BaseName(header)}部门决算表");
        writer.WriteElementString("subject", dc, $"{header.Year}年度部门决算公开表（公开01表至公开09表）");
        writer.WriteElementString("creator", dc, header.DepartmentName);
        writer.WriteElementString("keywords", cp, $"部门决算;{header.Year};{header.DepartmentCode}");
        foreach (var element in new[] { "created", "modified" })
        {
            writer.WriteStartElement(element, dcterms);
            writer.WriteAttributeString("type", xsi, "dcterms:W3CDTF");
            writer.WriteString(date);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    /// <summary>Strings kept once in the workbook and referred to by index, as Excel itself writes them.</summary>
    internal sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        public int IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var index))
            {
                index = _strings.Count;
                _strings.Add(text);
                _index.Add(text, index);
            }
            return index;
        }

        public SharedStringTable Table() =>
            new(_strings.Select(s => new SharedStringItem(new Text(SpreadsheetText.Clean(s)) { Space = SpaceProcessingModeValues.Preserve })))
            {
                Count = (uint)_strings.Count,
                UniqueCount = (uint)_strings.Count,
            };
    }

    internal sealed record WrittenSheet(Worksheet Worksheet, int FirstHeaderRow, int LastHeaderRow);

    /// <summary>Lays one table out on a sheet, row by row: every cell of a merged range is written, so its borders show.</summary>
    internal sealed class SheetWriter(PrintedTable table, SharedStrings strings)
    {
        internal const int FirstTableRow = 4;
        private const double CharactersPerWidthUnit = 8;
        private const double LineHeight = 15;
        private const double TitleHeight = 24;
        private const double PortraitWidth = 100;

        private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
        private readonly Dictionary<int, double> _heights = [];
        private readonly List<string> _merges = [];
        private readonly double[] _widths = ColumnWidths(table);

        private int Last => table.ColumnCount - 1;

        public WrittenSheet Write()
        {
            Text(1, 0, Last, table.Title, WorkbookStyles.Title);
            _heights[1] = TitleHeight;
            Text(2, 0, Last, table.Number, WorkbookStyles.MetaRight);
            var unitColumn = Math.Max(1, table.ColumnCount - 2);
            Text(3, 0, unitColumn - 1, $"单位：{table.ReportingUnit}", WorkbookStyles.MetaLeft);
            Text(3, unitColumn, Last, $"单位：{PrintedTable.Unit}", WorkbookStyles.MetaRight);

            var lastHeaderRow = FirstTableRow + table.HeaderRows.Count - 1;
            Grid(FirstTableRow, table.HeaderRows);
            var row = Grid(lastHeaderRow + 1, table.BodyRows);
            foreach (var line in table.Notes.Append(table.EmptyStatement).OfType<string>())
            {
                Text(row, 0, Last, line, WorkbookStyles.Note);
                _heights[row] = Lines(line, _widths.Sum()) * LineHeight;
                row++;
            }

            var worksheet = new Worksheet(
                new SheetProperties(new PageSetupProperties { FitToPage = true }),
                new SheetViews(new SheetView(
                    new Pane
                    {
                        VerticalSplit = lastHeaderRow,
                        TopLeftCell = $"A{lastHeaderRow + 1}",
                        ActivePane = PaneValues.BottomLeft,
                        State = PaneStateValues.Frozen,
                    },
                    new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{lastHeaderRow + 1}", SequenceOfReferences = new ListValue<StringValue>([new($"A{lastHeaderRow + 1}")]) })
                {
                    WorkbookViewId = 0,
                }),
                new SheetFormatProperties { DefaultRowHeight = LineHeight },
                new Columns(_widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Math.Round(w, 2), CustomWidth = true })),
                new SheetData(_rows.Select(r => RowOf(r.Key, r.Value))),
                new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count },
                new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
                new PageSetup
                {
                    PaperSize = 9,
                    // As the PDF does: the wide tables across a landscape page, and any other that would
                    // shrink too far on a portrait one.
                    Orientation = table.IsWide || _widths.Sum() > PortraitWidth ? OrientationValues.Landscape : OrientationValues.Portrait,
                    FitToWidth = 1,
                    FitToHeight = 0,
                });
            return new WrittenSheet(worksheet, FirstTableRow, lastHeaderRow);
        }

        private Row RowOf(int index, SortedDictionary<int, Cell> cells)
        {
            var row = new Row(cells.Values) { RowIndex = (uint)index };
            if (_heights.TryGetValue(index, out var height) && height > LineHeight)
            {
                row.Height = height;
                row.CustomHeight = true;
            }
            return row;
        }

        /// <summary>Writes rows of printed cells from the given sheet row; returns the row after them.</summary>
        private int Grid(int firstRow, IReadOnlyList<IReadOnlyList<PrintedCell>> rows)
        {
            foreach (var placed in PrintedGrid.Positions(rows))
            {
                var row = firstRow + placed.Row;
                var cell = placed.Cell;
                var style = WorkbookStyles.Of(cell);
                for (var r = row; r <= firstRow + placed.LastRow; r++)
                {
                    for (var c = placed.Column; c <= placed.LastColumn; c++)
                    {
                        Put(r, c, new Cell { StyleIndex = style });
                    }
                }
                Put(row, placed.Column, cell.Amount is { } amount ? Number(amount.WanYuan, style) : String(cell.Text, style));
                Merge(row, placed.Column, firstRow + placed.LastRow, placed.LastColumn);
                var width = _widths.Skip(placed.Column).Take(cell.ColumnSpan).Sum();
                var needed = Lines(cell.Text, width) * LineHeight;
                if (cell.RowSpan == 1 && needed > _heights.GetValueOrDefault(row, LineHeight))
                {
                    _heights[row] = needed;
                }
            }
            return firstRow + rows.Count;
        }

        private void Text(int row, int first, int last, string text, uint style)
        {
            for (var c = first; c <= last; c++)
            {
                Put(row, c, new Cell { StyleIndex = style });
            }
            Put(row, first, String(text, style));
            Merge(row, first, row, last);
        }

        private void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn)
        {
            if (firstRow != lastRow || firstColumn != lastColumn)
            {
                _merges.Add($"{Reference(firstRow, firstColumn)}:{Reference(lastRow, lastColumn)}");
            }
        }

        private void Put(int row, int column, Cell cell)
        {
            cell.CellReference = Reference(row, column);
            if (!_rows.TryGetValue(row, out var cells))
            {
                _rows[row] = cells = [];
            }
            cells[column] = cell;
        }

        private Cell String(string text, uint style) => text.Length == 0
            ? new Cell { StyleIndex = style }
            : new Cell
            {
                DataType = CellValues.SharedString,
                CellValue = new CellValue(strings.IndexOf(text)),
                StyleIndex = style,
            };

        // Exact 万元 (up to six decimals); the number format shows two, as printed.
        private static Cell Number(decimal value, uint style) => new()
        {
            CellValue = new CellValue(value.ToString("0.######", CultureInfo.InvariantCulture)),
            StyleIndex = style,
        };

        /// <summary>
        /// Widths in characters from the table's relative widths, widened where an amount would not
        /// fit (Excel shows #### instead of cutting a number).
        /// </summary>
        private static double[] ColumnWidths(PrintedTable table)
        {
            var widths = table.ColumnWidths.Select(w => w * CharactersPerWidthUnit).ToArray();
            foreach (var placed in PrintedGrid.Positions(table.BodyRows).Where(c => c.Cell.Amount is not null && c.Cell.ColumnSpan == 1))
            {
                widths[placed.Column] = Math.Max(widths[placed.Column], Math.Max(12, placed.Cell.Text.Length + 3));
            }
            return widths;
        }

        /// <summary>Lines a text wraps to in a width of characters, a Chinese character counting two.</summary>
        private static int Lines(string text, double width)
        {
            var length = text.Sum(c => c < 0x2000 ? 1 : 2);
            return Math.Max(1, (int)Math.Ceiling(length / Math.Max(1, width - 2)));
        }

        private static string Reference(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

        private static string ColumnName(int column)
        {
            var name = "";
            for (var n = column + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + (n - 1) % 26) + name;
            }
            return name;
        }
    }
}
