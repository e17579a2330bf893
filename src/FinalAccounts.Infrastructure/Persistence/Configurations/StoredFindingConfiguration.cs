using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Checking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class FindingsCheckConfiguration : IEntityTypeConfiguration<FindingsCheck>
{
    public void Configure(EntityTypeBuilder<FindingsCheck> builder)
    {
        builder.ToTable("findings_checks");
        builder.HasKey(c => c.DisclosureVersionId);
        builder.Property(c => c.DisclosureVersionId).ValueGeneratedNever();
        builder.Property(c => c.Rulebook).HasMaxLength(FindingsCheck.MaxRulebookLength);
        builder.HasOne<DisclosureVersion>().WithMany().HasForeignKey(c => c.DisclosureVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StoredFindingConfiguration : IEntityTypeConfiguration<StoredFinding>
{
    public void Configure(EntityTypeBuilder<StoredFinding> builder)
    {
        builder.ToTable("version_findings");
        builder.HasKey(f => new { f.DisclosureVersionId, f.Sequence });
        builder.Property(f => f.RuleId).HasMaxLength(StoredFinding.MaxRuleIdLength);
        builder.Property(f => f.Severity).HasMaxLength(StoredFinding.MaxSeverityLength);
        builder.Property(f => f.Location).HasMaxLength(StoredFinding.MaxLocationLength);
        builder.Property(f => f.Expected).HasMaxLength(StoredFinding.MaxFigureLength);
        builder.Property(f => f.Found).HasMaxLength(StoredFinding.MaxFigureLength);
        builder.Property(f => f.Message).HasMaxLength(StoredFinding.MaxMessageLength);
        builder.HasIndex(f => new { f.RuleId, f.Severity });
        builder.HasOne<FindingsCheck>().WithMany().HasForeignKey(f => f.DisclosureVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
