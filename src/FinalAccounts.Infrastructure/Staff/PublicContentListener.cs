namespace FinalAccounts.Infrastructure.Staff;

/// <summary>
/// What changed for the public. A publication, a withdrawal or an approval date changes one department's
/// pages, and every page that lists or counts across departments (home, regions, search, comparisons); an
/// administrator's change (a rename, a retirement, a catalog) may show on any page.
/// </summary>
/// <param name="DepartmentCode">The department whose disclosures changed; null when anything may have.</param>
public sealed record PublicContentChange(string? DepartmentCode)
{
    public static readonly PublicContentChange Everything = new((string?)null);

    public static PublicContentChange OfDepartment(string departmentCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentCode);
        return new(departmentCode);
    }

    public bool IsEverything => DepartmentCode is null;
}

/// <summary>Told when what the public may see has changed, e.g. to drop cached pages.</summary>
public interface IPublicContentListener
{
    Task PublicContentChangedAsync(PublicContentChange change, CancellationToken cancellationToken);
}

public static class PublicContentListeners
{
    /// <summary>Tells every listener, one after the other.</summary>
    public static async Task NotifyAsync(this IEnumerable<IPublicContentListener> listeners, PublicContentChange change,
        CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.PublicContentChangedAsync(change, cancellationToken);
        }
    }
}
