using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Api;

/// <summary>The read-only open-data API. No sign-in; published versions only.</summary>
internal static class DisclosureApi
{
    public static IEndpointRouteBuilder MapDisclosureApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1").WithTags("Open data");
        api.MapGet("/disclosures", ListAsync).WithName("ListPublishedDisclosures");
        api.MapFindingsApi();
        return endpoints;
    }

    private static async Task<IResult> ListAsync(DisclosureQueries queries, CancellationToken cancellationToken)
    {
        var items = await queries.ListPublishedAsync(cancellationToken);
        return Results.Ok(items.Select(i => new PublishedDisclosureDto(
            new RegionDto(i.RegionCode, i.RegionName),
            new DepartmentDto(i.DepartmentCode, i.DepartmentName),
            i.Year, i.Version, i.PublishedOn)));
    }
}

internal sealed record PublishedDisclosureDto(RegionDto Region, DepartmentDto Department, int Year, int Version, DateOnly? PublishedOn);

internal sealed record RegionDto(string Code, string Name);

internal sealed record DepartmentDto(string Code, string Name);
