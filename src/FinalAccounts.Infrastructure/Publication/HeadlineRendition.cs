using System.Text.Json;
using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Figures;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Infrastructure.Publication;

/// <summary>
/// A version's headline figures (<see cref="DisclosureHeadline"/>) kept as a few bytes of JSON, so that
/// a department's page reads one small row per year instead of analysing its ten latest versions. Like
/// the page, it says what the version said when it was published: its change against last year is the
/// one its 说明 states.
/// </summary>
public sealed class HeadlineRendition : IRendition
{
    public static readonly HeadlineRendition Instance = new();

    private HeadlineRendition() { }

    public string Name => "headline";

    public Task<byte[]> RenderAsync(DisclosureAnalysis analysis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var headline = DisclosureHeadline.From(analysis.Figures, analysis.PriorYear);
        return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(new Kept(
            headline.GrandTotal?.Yuan, headline.ThreePublicCosts?.Yuan, headline.GrandTotalChange?.Previous.Yuan)));
    }

    public static DisclosureHeadline Read(byte[] content)
    {
        var kept = JsonSerializer.Deserialize<Kept>(content) ?? throw new InvalidDataException("An empty headline.");
        var grandTotal = Yuan(kept.GrandTotal);
        return new DisclosureHeadline(grandTotal, Yuan(kept.ThreePublicCosts), Change.Between(grandTotal, Yuan(kept.PreviousGrandTotal)));
    }

    private static Money? Yuan(decimal? yuan) => yuan is { } y ? Money.FromYuan(y) : null;

    /// <param name="PreviousGrandTotal">Last year's 收支总计 as the 说明 compared against; null when it had none.</param>
    private sealed record Kept(decimal? GrandTotal, decimal? ThreePublicCosts, decimal? PreviousGrandTotal);
}
