using Microsoft.AspNetCore.DataProtection;
using FinalAccounts.Infrastructure.Administration;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Staff;
using FinalAccounts.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Web.Staff;

/// <summary>
/// Staff sign-in (ASP.NET Core Identity on the portal's database), its password and lockout rules,
/// and the authorization of the staff area: every page under /Staff needs a staff role, and the
/// administration pages the administrator role. Department scope is checked by each handler
/// (<see cref="StaffScope"/>), since it depends on the department in the address.
/// </summary>
internal static class StaffSetup
{
    public const string StaffPolicy = "Staff";
    public const string AdministratorPolicy = "Administrator";
    public const string LoginPath = "/staff/login";

    /// <summary>Wrong passwords in a row before an account is locked.</summary>
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddStaffArea(this IServiceCollection services)
    {
        // One key ring for every node, in the database (migration 0016): a cookie or an antiforgery token
        // one node makes, another accepts.
        services.AddDataProtection().SetApplicationName("FinalAccounts").PersistKeysToDbContext<FinalAccountsDbContext>();
        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                StaffPasswordPolicy.Configure(options.Password);
                options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<FinalAccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffDisplayName>()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddPasswordValidator<StaffPasswordPolicy>();
        // A changed role or department grant reaches a signed-in user within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "fa_staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = LoginPath;
            options.LogoutPath = "/staff/logout";
            options.AccessDeniedPath = "/staff/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.All))
            .AddPolicy(AdministratorPolicy, policy => policy.RequireRole(StaffRoles.Administrator));

        services.AddScoped<StaffAccounts>();
        services.AddScoped<StaffUserAdministration>();
        services.AddScoped<StaffAccountImport>();
        services.AddScoped<DraftEditor>();
        services.AddScoped<DraftImports>();
        services.AddScoped<DisclosureWorkflow>();
        services.AddScoped<PublicationTasks>();
        services.AddSingleton<PublicationTaskQueue>();
        services.AddScoped<ApprovalDates>();
        services.AddScoped<StaffQueries>();
        services.AddScoped<CatalogLookup>();
        services.AddScoped<RegionAdministration>();
        services.AddScoped<DepartmentAdministration>();
        services.AddScoped<CatalogAdministration>();
        services.AddScoped<IPublicContentListener, PublicPageCacheEviction>();
        return services;
    }

    public static void AddStaffConventions(this Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder("/Staff", StaffPolicy);
        options.Conventions.AllowAnonymousToPage("/Staff/Login");
        options.Conventions.AuthorizeFolder("/Staff/Admin", AdministratorPolicy);
    }

    /// <summary>
    /// Drops the cached public pages a publication, withdrawal or administrator's change makes stale: on
    /// this node at once, and on every other node through PostgreSQL (<see cref="PublicPageCacheNodes"/>).
    /// </summary>
    private sealed class PublicPageCacheEviction(PublicPageCacheNodes nodes, FinalAccountsDbContext db) : IPublicContentListener
    {
        public async Task PublicContentChangedAsync(PublicContentChange change, CancellationToken cancellationToken)
        {
            // Where the primary's WAL stands after the change: a replica answers the public with it once it has replayed that far.
            var position = await db.Database.SqlQuery<string>($"SELECT pg_current_wal_lsn()::text AS \"Value\"").SingleAsync(cancellationToken);
            await nodes.TellOthersAsync(db.Database, position, change, cancellationToken);
            await nodes.EvictOnceReplayedAsync(position, [change], cancellationToken);
        }
    }
}
