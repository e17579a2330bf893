using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables.Printed;
using FinalAccounts.Infrastructure.Pdf.Layout;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Pdf;

/// <summary>
/// The standard six-part disclosure, composed from its read model: one method per part and per
/// kind of table; sizes and faces come from <see cref="Typography"/>. The cover and the 目录 are
/// added by <see cref="DisclosurePdfRenderer"/> once the parts know their pages.
/// </summary>
public sealed class DisclosureDocument(DisclosureDocumentModel model)
{
    public string Title => model.Title;

    public string Author => model.DepartmentName;

    /// <summary>
    /// The date written into the file: the day of publication, which never changes afterwards, so the
    /// same version always renders to the same bytes; a draft takes the first day after its fiscal year.
    /// </summary>
    public DateTimeOffset Date => model.PublishedOn is { } day
        ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : new DateTimeOffset(model.Year.Value + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The department and the date; a correction also says which version it is and what it corrects.</summary>
    public IReadOnlyList<string> CoverLines =>
    [
        model.DepartmentName,
        model.PublishedOn is { } date ? $"{date.Year}年{date.Month}月{date.Day}日" : "",
        model.Version > 1 ? $"第{model.Version}版（更正：{model.CorrectionNote}）" : "",
    ];

    /// <summary>Printed at the top of every page of a draft, so a preview is never taken for the published document.</summary>
    public string? PreviewMark => model.IsPreview ? $"预览稿 · 第{model.Version}版 · 未公开" : null;

    public IEnumerable<DocumentSection> Parts()
    {
        yield return Profile();
        foreach (var section in Tables())
        {
            yield return section;
        }
        yield return Explanation();
        yield return KeyWork();
        yield return Glossary();
        foreach (var section in Attachments())
        {
            yield return section;
        }
    }

    private DocumentSection Profile()
    {
        var blocks = new List<Block>
        {
            Part(DisclosureHeadings.Profile(model.DepartmentShortName)),
            Section(DisclosureHeadings.Duties),
        };
        blocks.AddRange(model.Duties.Select(Body));
        blocks.Add(Section(DisclosureHeadings.Organization));
        blocks.AddRange(Paragraphs(model.Organization));
        if (model.StaffingText is { } staffing)
        {
            blocks.Add(Section(DisclosureHeadings.Staffing));
            blocks.Add(Body(staffing));
        }
        return new DocumentSection(blocks, PageOrientation.Portrait);
    }

    /// <summary>第二部分: each table on its own page; landscape for the wide ones and any that does not fit a portrait page.</summary>
    private IEnumerable<DocumentSection> Tables()
    {
        var first = true;
        foreach (var table in model.Tables)
        {
            var blocks = new List<Block>();
            if (first)
            {
                blocks.Add(Part(DisclosureHeadings.Tables(model.DepartmentShortName, model.Year)));
                first = false;
            }
            blocks.Add(new HeadingBlock(table.Title, Typography.TableTitle, 2, DisclosureHeadings.TableSection(table.Table)));
            blocks.AddRange(TableBlocks(table));
            yield return new DocumentSection(blocks, table.IsWide ? PageOrientation.Landscape : null);
        }
    }

    private static IEnumerable<Block> TableBlocks(PrintedTable table)
    {
        yield return new ParagraphBlock(table.Number, Typography.TableMeta with { Align = TextAlign.Right });
        yield return new EdgeLineBlock($"单位：{table.ReportingUnit}", $"单位：{PrintedTable.Unit}", Typography.TableMeta);
        yield return GridBlock.From(table);
        foreach (var note in table.Notes)
        {
            yield return new ParagraphBlock(note, Typography.TableNote);
        }
        if (table.EmptyStatement is { } statement)
        {
            yield return Body(statement);
        }
    }

    private DocumentSection Explanation()
    {
        var blocks = new List<Block> { Part(DisclosureHeadings.Explanation(model.DepartmentShortName, model.Year)) };
        foreach (var section in model.Explanation.Sections)
        {
            blocks.Add(Section(section.Heading));
            foreach (var block in section.Blocks)
            {
                if (block.Heading is { } heading)
                {
                    blocks.Add(new HeadingBlock(heading, Typography.Subsection, 0));
                }
                blocks.AddRange(block.Paragraphs.Select(p => Body(p.Text)));
                if (block.Chart is { } chart)
                {
                    blocks.Add(new ChartBlock(chart));
                }
            }
        }
        return new DocumentSection(blocks, PageOrientation.Portrait);
    }

    private DocumentSection KeyWork()
    {
        var blocks = new List<Block> { Part(DisclosureHeadings.KeyWork(model.Year)) };
        if (model.KeyWork.Count == 0)
        {
            blocks.Add(Body("无。"));
        }
        else
        {
            var header = new List<PrintedCell> { Th("序号"), Th("重要事项"), Th("工作内容及目标"), Th("完成情况") };
            var rows = model.KeyWork.Select((k, i) => (IReadOnlyList<PrintedCell>)
                [PrintedCell.Centered((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                 PrintedCell.Label(k.Title), CellParagraphs(k.Goal), CellParagraphs(k.Completion)]).ToList();
            blocks.Add(new GridBlock([0.6, 2.2, 4, 4], [header], rows));
        }
        return new DocumentSection(blocks, PageOrientation.Portrait);
    }

    /// <summary>
    /// A text cell of several paragraphs: an empty line between them, as a cell's lines have no indent
    /// that would otherwise tell a new paragraph from a wrapped line.
    /// </summary>
    private static PrintedCell CellParagraphs(string? text) =>
        PrintedCell.Label(string.Join("\n\n", DisclosureDocumentModel.Paragraphs(text)));

    private DocumentSection Glossary()
    {
        var blocks = new List<Block> { Part(DisclosureHeadings.Glossary) };
        blocks.AddRange(model.Glossary.Select((g, i) => Body($"{i + 1}. {g.Term}：{g.Definition}")));
        return new DocumentSection(blocks, PageOrientation.Portrait);
    }

    /// <summary>第六部分: the self-evaluation tables, each starting on a new page.</summary>
    private IEnumerable<DocumentSection> Attachments()
    {
        if (model.Evaluations.Count == 0)
        {
            yield return new DocumentSection([Part(DisclosureHeadings.Attachments), Body("无。")], PageOrientation.Portrait);
            yield break;
        }
        for (var i = 0; i < model.Evaluations.Count; i++)
        {
            var sheet = model.Evaluations[i];
            var blocks = new List<Block>();
            if (i == 0)
            {
                blocks.Add(Part(DisclosureHeadings.Attachments));
            }
            blocks.Add(new HeadingBlock($"附件{i + 1}：{sheet.Title}", Typography.Section with { Align = TextAlign.Center }, 2));
            blocks.AddRange(EvaluationBlocks(sheet));
            yield return new DocumentSection(blocks, PageOrientation.Portrait);
        }
    }

    private static IEnumerable<Block> EvaluationBlocks(EvaluationSheet sheet)
    {
        var facts = sheet.Facts.Chunk(2).Select(pair => (IReadOnlyList<PrintedCell>)pair
            .SelectMany(f => new[] { Th(f.Key), PrintedCell.Label(f.Value) })
            .Concat(pair.Length == 1 ? new[] { PrintedCell.Label("", 2) } : [])
            .ToList()).ToList();
        if (facts.Count > 0)
        {
            yield return new GridBlock([2, 3, 2, 3], [], facts);
        }
        foreach (var grid in sheet.Grids)
        {
            if (grid.Titled)
            {
                yield return new ParagraphBlock(grid.Caption, Typography.Body with { FirstLineIndent = 0, SpaceBefore = 6 });
            }
            yield return new GridBlock(grid.ColumnWidths, grid.HeaderRows, grid.BodyRows);
        }
        foreach (var (label, value) in sheet.Closing)
        {
            yield return new HeadingBlock(label, Typography.Subsection, 0);
            foreach (var paragraph in Paragraphs(value))
            {
                yield return paragraph;
            }
        }
    }

    private static PrintedCell Th(string text) => PrintedCell.Heading(text);

    private static HeadingBlock Part(string text) => new(text, Typography.Part, 1);

    private static HeadingBlock Section(string text) => new(text, Typography.Section, 2);

    private static ParagraphBlock Body(string text) => new(text, Typography.Body);

    private static IEnumerable<ParagraphBlock> Paragraphs(string? text) => DisclosureDocumentModel.Paragraphs(text).Select(Body);
}
