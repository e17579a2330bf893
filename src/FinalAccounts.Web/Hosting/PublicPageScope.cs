using System.Globalization;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.OutputCaching;

namespace FinalAccounts.Web.Hosting;

/// <summary>
/// Which cached public answers a change makes stale (ADR 0029). Besides <see cref="PublicPageCache.Tag"/>,
/// each answer carries one tag of what it is about:
/// <list type="bullet">
/// <item>a department, when its address names one (route value <c>departmentCode</c>): a disclosure, its
/// API answers and downloads, the department's page;</item>
/// <item>a region, when its address names one (<c>regionCode</c>): the region's page, which lists its own
/// departments and counts those of the regions below it;</item>
/// <item>a year, for a page marked <see cref="ByQueryYearAttribute"/> whose query names one (a search
/// within a year);</item>
/// <item>otherwise <see cref="AcrossTag"/>: home, search over every year, comparisons, the API's lists.</item>
/// </list>
/// A department-year's change drops its department, its region and every region above it, its year, and
/// the answers across departments; <see cref="PublicContentChange.Everything"/> drops every answer.
/// </summary>
public static class PublicPageScope
{
    /// <summary>The answers and read models that list, count or rank across departments and years.</summary>
    public const string AcrossTag = "public-pages-across";

    private const string DepartmentRouteKey = "departmentCode";
    private const string RegionRouteKey = "regionCode";
    private const string YearQueryKey = "year";

    /// <summary>
    /// The tags of the cached answers the changes make stale, the answers across departments first: the read
    /// models a region's page is made from carry that tag, so they are gone before the page is.
    /// </summary>
    public static IReadOnlyList<string> TagsOf(IEnumerable<PublicContentChange> changes)
    {
        var tags = new List<string> { AcrossTag };
        foreach (var change in changes)
        {
            if (change is not { DepartmentCode: { } departmentCode, Year: { } year })
            {
                return [PublicPageCache.Tag];
            }
            tags.AddRange([DepartmentTag(departmentCode), .. change.RegionCodes.Select(RegionTag), YearTag(year)]);
        }
        return [.. tags.Distinct()];
    }

    /// <summary>The tag of an answer, from its endpoint, route and query.</summary>
    internal static string TagOf(HttpContext http)
    {
        if (http.GetRouteValue(DepartmentRouteKey) is string departmentCode)
        {
            return DepartmentTag(departmentCode);
        }
        if (http.GetRouteValue(RegionRouteKey) is string regionCode)
        {
            return RegionTag(regionCode);
        }
        if (http.GetEndpoint()?.Metadata.GetMetadata<ByQueryYearAttribute>() is not null
            && http.Request.Query[YearQueryKey] is [var value]
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= FiscalYear.Earliest and <= FiscalYear.Latest)
        {
            return YearTag(year);
        }
        return AcrossTag;
    }

    private static string DepartmentTag(string departmentCode) => "department:" + departmentCode;

    private static string RegionTag(string regionCode) => "region:" + regionCode;

    private static string YearTag(int year) => "year:" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A page whose answer, when its query names a year (<c>year=2024</c>), reads that year's disclosures only.
    /// The choices of its form (years, regions) are kept across departments and may show a new year or region
    /// on such a page only once it expires.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ByQueryYearAttribute : Attribute;

    /// <summary>Adds an answer's tag when it is cached.</summary>
    internal sealed class Policy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.Tags.Add(TagOf(context.HttpContext));
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
