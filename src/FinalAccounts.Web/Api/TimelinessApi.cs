using System.ComponentModel;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Api;

/// <summary>The on-time table as open data: each department of a region and year against the 20-day publication rule.</summary>
internal static class TimelinessApi
{
    public static RouteGroupBuilder MapTimelinessApi(this RouteGroupBuilder api)
    {
        api.MapGet("/timeliness", GetAsync).WithName("GetTimeliness")
            .WithSummary("部门决算公开时效 · Timeliness of publication")
            .WithDescription("""
                For a region (with the regions within it) and a year: every department with the date the finance bureau
                approved its final accounts, the date they were first published, the days taken and the status against the
                rule that they be public within 20 days of approval (OnTime, Late, Pending, Overdue, NoApprovalDate).
                """)
            .ProducesPublished<TimelinessDto>();
        return api;
    }

    private static async Task<IResult> GetAsync([Description("Region code, 6 digits, e.g. 420000.")] string? region,
        [Description("Fiscal year, e.g. 2024.")] int? year, HttpContext http, TimelinessQueries queries, CancellationToken cancellationToken)
    {
        if (year is null || await queries.ForRegionAsync(region, year.Value, cancellationToken) is not { } table)
        {
            return OpenDataResponses.NotFound(OpenDataResponses.RegionNotFound);
        }
        return OpenDataResponses.Send(http, new TimelinessDto(new RegionDto(table.RegionCode, table.RegionName), table.Year, table.Today,
            PublicationTimeliness.DeadlineDays,
            [.. table.Rows.Select(r => new DepartmentTimelinessDto(new DepartmentDto(r.DepartmentCode, r.DepartmentName),
                new RegionDto(r.RegionCode, r.RegionName), r.Kind, r.Timeliness.ApprovedOn, r.Timeliness.FirstPublishedOn,
                r.Timeliness.Days, r.Timeliness.DaysLate, r.Timeliness.Status.ToString(), r.Timeliness.Describe()))]),
            isVersionedUrl: false);
    }
}

/// <param name="AsOf">The date in China the days of unpublished years are counted to.</param>
public sealed record TimelinessDto(RegionDto Region, int Year, DateOnly AsOf, int DeadlineDays, IReadOnlyList<DepartmentTimelinessDto> Departments);

/// <param name="Status">OnTime, Late, Pending, Overdue or NoApprovalDate.</param>
/// <param name="StatusText">The status as the portal prints it: 按时公开, 逾期 3 天, ….</param>
public sealed record DepartmentTimelinessDto(DepartmentDto Department, RegionDto Region, string Kind, DateOnly? ApprovedOn,
    DateOnly? FirstPublishedOn, int? Days, int DaysLate, string Status, string StatusText);
