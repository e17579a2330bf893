using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.DisclosureId, e.Id });
        builder.Property(e => e.UserId).HasMaxLength(DisclosureVersion.MaxUserIdLength).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.MaxUserNameLength).IsRequired();
        builder.Property(e => e.Location).HasMaxLength(AuditEntry.MaxLocationLength);
        builder.Property(e => e.Description).HasMaxLength(AuditEntry.MaxDescriptionLength);
        builder.Property(e => e.Before).HasMaxLength(AuditEntry.MaxValueLength);
        builder.Property(e => e.After).HasMaxLength(AuditEntry.MaxValueLength);
        builder.HasOne<FinalAccounts.Domain.Disclosures.Disclosure>().WithMany().HasForeignKey(e => e.DisclosureId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
