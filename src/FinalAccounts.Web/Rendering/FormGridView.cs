using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Rendering;

/// <summary>A self-evaluation grid as the page writes it, with the caption a screen reader announces.</summary>
public sealed record FormGridView(FormGrid Grid, string Caption);
