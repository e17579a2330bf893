using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

/// <summary>Identity's tables under staff_… names, next to the portal's own.</summary>
internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> builder)
    {
        builder.ToTable("staff_users");
        builder.Property(u => u.DisplayName).HasMaxLength(64).IsRequired();
    }
}

internal sealed class StaffRoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) => builder.ToTable("staff_roles");
}

internal sealed class StaffIdentityTableNames :
    IEntityTypeConfiguration<IdentityUserRole<string>>, IEntityTypeConfiguration<IdentityUserClaim<string>>,
    IEntityTypeConfiguration<IdentityUserLogin<string>>, IEntityTypeConfiguration<IdentityUserToken<string>>,
    IEntityTypeConfiguration<IdentityRoleClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserRole<string>> builder) => builder.ToTable("staff_user_roles");
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("staff_user_claims");
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("staff_user_logins");
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("staff_user_tokens");
    public void Configure(EntityTypeBuilder<IdentityRoleClaim<string>> builder) => builder.ToTable("staff_role_claims");
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.DisclosureId, e.Id });
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Location).HasMaxLength(300);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.Before).HasMaxLength(20_000);
        builder.Property(e => e.After).HasMaxLength(20_000);
        builder.HasOne<FinalAccounts.Domain.Disclosures.Disclosure>().WithMany().HasForeignKey(e => e.DisclosureId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
