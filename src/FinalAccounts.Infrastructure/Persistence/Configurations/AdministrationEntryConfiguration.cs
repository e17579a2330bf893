using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class AdministrationEntryConfiguration : IEntityTypeConfiguration<AdministrationEntry>
{
    public void Configure(EntityTypeBuilder<AdministrationEntry> builder)
    {
        builder.ToTable("administration_entries");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.At);
        builder.Property(e => e.UserId).HasMaxLength(DisclosureVersion.MaxUserIdLength).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.MaxUserNameLength).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(AdministrationEntry.MaxSubjectLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AdministrationEntry.MaxActionLength).IsRequired();
        builder.Property(e => e.Before).HasMaxLength(AdministrationEntry.MaxValueLength);
        builder.Property(e => e.After).HasMaxLength(AdministrationEntry.MaxValueLength);
    }
}
