using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Rendering;

/// <summary>What the _RegionTable partial shows: the table's id, its caption and the regions with their counts.</summary>
public sealed record RegionTable(string Id, string Caption, IReadOnlyList<RegionSummary> Regions);
