using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Facts;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Tables;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

/// <summary>
/// A version and its content. One-of-a-kind parts (公开01/04/09表's fixed lines, 三公 details,
/// procurement, assets, …) are owned rows in tables of their own keyed by the version; rows of
/// the coded tables are child tables ordered by sequence.
/// </summary>
internal sealed class DisclosureVersionConfiguration : IEntityTypeConfiguration<DisclosureVersion>
{
    public void Configure(EntityTypeBuilder<DisclosureVersion> builder)
    {
        builder.ToTable("disclosure_versions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.DisclosureId, v.Number }).IsUnique();
        // The home page's newest publications, read from the top of this index (migration 0017).
        builder.HasIndex(v => new { v.PublishedAt, v.Id }, "ix_disclosure_versions_published")
            .IsDescending(true, true).HasNullSortOrder(NullSortOrder.NullsLast, NullSortOrder.NullsFirst)
            .HasFilter("status = 'Published'");
        builder.Property(v => v.Title).HasMaxLength(DisclosureVersion.MaxTitleLength).IsRequired();
        builder.Property(v => v.ReportingUnit).HasMaxLength(DisclosureVersion.MaxReportingUnitLength).IsRequired();
        builder.Property(v => v.CorrectionNote).HasMaxLength(DisclosureVersion.MaxNoteLength);
        builder.Property(v => v.DepartmentName).HasMaxLength(Department.MaxNameLength);
        builder.Property(v => v.DepartmentShortName).HasMaxLength(Department.MaxShortNameLength);
        builder.Property(v => v.ReturnComment).HasMaxLength(DisclosureVersion.MaxNoteLength);
        builder.Property(v => v.WithdrawalReason).HasMaxLength(DisclosureVersion.MaxNoteLength);
        builder.Property(v => v.LastEditedBy).HasMaxLength(DisclosureVersion.MaxUserIdLength);
        builder.Property(v => v.SubmittedBy).HasMaxLength(DisclosureVersion.MaxUserIdLength);
        builder.Property(v => v.PublishedBy).HasMaxLength(DisclosureVersion.MaxUserIdLength);
        builder.Ignore(v => v.IsEditable);

        builder.OwnsOne(v => v.Profile, profile =>
        {
            profile.ToTable("version_profiles");
            profile.Property(p => p.Organization).HasMaxLength(DepartmentProfile.MaxOrganizationLength);
            profile.OwnsOne(p => p.Staffing);
            profile.Navigation(p => p.Staffing).IsRequired();
        });
        builder.OwnsOne(v => v.Summary, summary => summary.ToTable("table01_summaries"));
        builder.OwnsOne(v => v.AppropriationSummary, summary =>
        {
            summary.ToTable("table04_summaries");
            summary.OwnsOne(s => s.ExpenditureTotal);
            summary.OwnsOne(s => s.ClosingBalance);
            summary.OwnsOne(s => s.ExpenditureGrandTotal);
            summary.Navigation(s => s.ExpenditureTotal).IsRequired();
            summary.Navigation(s => s.ClosingBalance).IsRequired();
            summary.Navigation(s => s.ExpenditureGrandTotal).IsRequired();
        });
        builder.OwnsOne(v => v.BasicExpenditureTotals, totals => totals.ToTable("table06_totals"));
        builder.OwnsOne(v => v.ThreePublicCosts, costs =>
        {
            costs.ToTable("table09_three_public_costs");
            costs.OwnsOne(c => c.Budget);
            costs.OwnsOne(c => c.Actual);
            costs.Navigation(c => c.Budget).IsRequired();
            costs.Navigation(c => c.Actual).IsRequired();
        });
        builder.OwnsOne(v => v.ThreePublicDetails, details =>
        {
            details.ToTable("three_public_details");
            details.Property(d => d.VehicleOperationUse).HasMaxLength(ThreePublicDetails.MaxTextLength);
            details.Property(d => d.ReceptionVisitors).HasMaxLength(ThreePublicDetails.MaxTextLength);
        });
        builder.OwnsOne(v => v.OperatingCosts, costs => costs.ToTable("operating_costs"));
        builder.OwnsOne(v => v.Procurement, procurement => procurement.ToTable("procurements"));
        builder.OwnsOne(v => v.Assets, assets =>
        {
            assets.ToTable("asset_holdings");
            assets.Ignore(a => a.TotalVehicles);
        });
        builder.OwnsOne(v => v.BasicData, data =>
        {
            data.ToTable("performance_basic_data");
            foreach (var rate in new[]
                     {
                         nameof(PerformanceBasicData.StaffControlRate), nameof(PerformanceBasicData.AreaControlRate),
                         nameof(PerformanceBasicData.InvestmentControlRate),
                     })
            {
                data.Property<string?>(rate).HasMaxLength(PerformanceBasicData.MaxRateLength);
            }
            data.Property(d => d.ApprovedArea).HasPrecision(18, 2);
            data.Property(d => d.ActualArea).HasPrecision(18, 2);
            data.Property(d => d.Frugality).HasMaxLength(PerformanceBasicData.MaxTextLength);
            data.Ignore(d => d.IsBlank);
        });
        foreach (var owned in new[]
                 {
                     nameof(DisclosureVersion.Profile), nameof(DisclosureVersion.Summary),
                     nameof(DisclosureVersion.AppropriationSummary), nameof(DisclosureVersion.BasicExpenditureTotals),
                     nameof(DisclosureVersion.ThreePublicCosts), nameof(DisclosureVersion.ThreePublicDetails),
                     nameof(DisclosureVersion.OperatingCosts), nameof(DisclosureVersion.Procurement),
                     nameof(DisclosureVersion.Assets), nameof(DisclosureVersion.BasicData),
                 })
        {
            builder.Navigation(owned).IsRequired();
        }

        Children(builder.HasMany(v => v.Duties));
        Children(builder.HasMany(v => v.SummaryExpenditure));
        Children(builder.HasMany(v => v.IncomeRows));
        Children(builder.HasMany(v => v.ExpenditureRows));
        Children(builder.HasMany(v => v.AppropriationExpenditure));
        Children(builder.HasMany(v => v.GeneralBudgetRows));
        Children(builder.HasMany(v => v.BasicExpenditureRows));
        Children(builder.HasMany(v => v.GovernmentFundRows));
        Children(builder.HasMany(v => v.StateCapitalRows));
        Children(builder.HasMany(v => v.EmptyTableStatements));
        Children(builder.HasMany(v => v.ExplanationTexts));
        Children(builder.HasMany(v => v.NarrativeFigures));
        Children(builder.HasMany(v => v.ProjectSummaries));
        Children(builder.HasMany(v => v.KeyWork));
        Children(builder.HasMany(v => v.Glossary));
        Children(builder.HasMany(v => v.Evaluations));
        Children(builder.HasMany(v => v.BasicDataLines));
    }

    private static void Children<TChild>(CollectionNavigationBuilder<DisclosureVersion, TChild> navigation)
        where TChild : class =>
        navigation.WithOne().HasForeignKey("DisclosureVersionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
}
