using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Domain.Tables;
using static FinalAccounts.Domain.Figures.DisclosureFigures;

namespace FinalAccounts.Domain.Narrative.Items;

/// <summary>
/// The writer of one numbered item of the 说明. The sentences several items share (a change against
/// last year, parts with their shares, a completion rate) and the charts are written here, so that
/// they read alike wherever the published documents repeat them.
/// </summary>
internal abstract class ItemWriter(ExplanationContext context)
{
    /// <summary>The item's number, 1 (一) to 13 (十三).</summary>
    public abstract int Number { get; }

    /// <summary>Whether the paragraphs staff wrote for the item follow its generated blocks.</summary>
    public virtual bool EndsWithStaffParagraphs => true;

    /// <summary>The item's blocks; one that turns out empty is dropped by the builder.</summary>
    public abstract IEnumerable<ExplanationBlock> Blocks();

    protected DisclosureVersion Version => context.Version;

    protected FiscalYear FiscalYear => context.Year;

    protected DisclosureFigures Figures => context.Figures;

    protected PriorYearFigures Prior => context.Prior;

    protected ExplanationWriter W => context.Writer;

    /// <summary>"2024年度".</summary>
    protected string Year => $"{context.Year}年度";

    /// <summary>"2023年度".</summary>
    protected string PriorYearLabel => $"{context.Prior.Year}年度";

    protected List<Paragraph> StaffParagraphs(int item) => context.StaffParagraphs(item);

    protected static ExplanationBlock Block(string? heading, params Paragraph?[] paragraphs) =>
        new(heading, paragraphs.OfType<Paragraph>().ToList());

    // ---- sentences several items share ----

    /// <summary>
    /// For a table the department has no figures in: its empty-table sentence (or <paramref name="otherwise"/>),
    /// unless staff wrote the item's first paragraph themselves. Null when there is nothing to add.
    /// </summary>
    protected ExplanationBlock? NoneBlock(PublishedTable table, string otherwise) =>
        W.HasText(ExplanationTextKeys.Paragraph(Number, 1))
            ? null
            : Block(null, new Paragraph([new TextSpan(Version.EmptyStatementFor(table) ?? otherwise)]));

    /// <summary>"与2023年度相比，收、支总计减少 483.25 万元，下降 12.2%，主要原因是…。"</summary>
    protected void ChangeSentence(string key, Money current, string subject, string reasonKey)
    {
        if (Change.Between(current, Prior[key]) is not { } change)
        {
            return;
        }
        W.Text($"与{PriorYearLabel}相比，");
        if (change.IsUnchanged)
        {
            W.Text($"{subject.TrimEnd('各')}持平。");
            return;
        }
        W.Text(subject).Change(change).Staff(reasonKey, "，主要原因是").Text("。");
    }

    /// <summary>", 与2023年度相比，收入合计减少…，主要原因是…。" after a total; just "。" when last year is unknown.</summary>
    protected void ChangeClause(string key, Money current, string subject, string reasonKey)
    {
        if (Change.Between(current, Prior[key]) is { } change)
        {
            W.Text($"，与{PriorYearLabel}相比，");
            if (change.IsUnchanged)
            {
                W.Text($"{subject}持平");
            }
            else
            {
                W.Text(subject).Change(change).Staff(reasonKey, "，主要原因是");
            }
        }
        W.Text("。");
    }

    protected void PartsSentence(IReadOnlyList<FigurePart> parts, string shareOf)
    {
        if (parts.Count == 0)
        {
            return;
        }
        W.Text("其中：");
        for (var i = 0; i < parts.Count; i++)
        {
            W.Text(parts[i].Label).Amount(parts[i].Amount);
            if (parts[i].Share is { } share)
            {
                W.Text($"，{shareOf}").Percent(share);
            }
            W.Text(i == parts.Count - 1 ? "。" : "；");
        }
    }

    protected void Completion(Money? actual, Money? budget, string lead)
    {
        if (budget is { Yuan: not 0m } && Percentage.Of(actual ?? Money.Zero, budget, PercentKind.Completion) is { } rate)
        {
            W.Text(lead).Percent(rate);
        }
    }

    protected void Share(Money part, Money whole, string lead)
    {
        if (Percentage.Of(part, whole, PercentKind.Share) is { } share)
        {
            W.Text(lead).Percent(share);
        }
    }

    // ---- 图1–图4 ----

    /// <summary>Bars of last year's and this year's totals (图1, 图4); this year alone when last year is unknown.</summary>
    protected Chart TwoYearChart(int number, string title, string key, string incomeSeries, string expenditureSeries)
    {
        var points = new List<ChartPoint>();
        if (Prior[key] is { } previous)
        {
            points.Add(new ChartPoint($"{Prior.Year}年", incomeSeries, previous));
            points.Add(new ChartPoint($"{Prior.Year}年", expenditureSeries, previous));
        }
        var current = Figures[key] ?? Money.Zero;
        var expenditure = key == Keys.GrandTotal ? Version.Summary.ExpenditureGrandTotal ?? current
            : Version.AppropriationSummary.ExpenditureGrandTotal.Subtotal ?? current;
        points.Add(new ChartPoint($"{FiscalYear}年", incomeSeries, current));
        points.Add(new ChartPoint($"{FiscalYear}年", expenditureSeries, expenditure));
        return new Chart(number, title, ChartKind.Bars, points);
    }

    protected static Chart PieChart(int number, string title, IReadOnlyList<FigurePart> parts) =>
        new(number, title, ChartKind.Pie,
            parts.Select(p => new ChartPoint(p.Label, null, p.Amount ?? Money.Zero, p.Share)).ToList());
}
