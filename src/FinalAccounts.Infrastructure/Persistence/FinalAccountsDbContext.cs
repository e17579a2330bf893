using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Domain.Organizations;
using FinalAccounts.Domain.Performance;
using FinalAccounts.Domain.Narrative;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Pdf;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Search;
using FinalAccounts.Infrastructure.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Infrastructure.Persistence;

/// <summary>
/// The portal's one database: organizations, catalogs, disclosures with their versions and content,
/// stored PDFs, the search index, and the staff accounts (ASP.NET Core Identity) with the audit log, and
/// the Data Protection keys every node signs cookies and antiforgery tokens with.
/// </summary>
public sealed class FinalAccountsDbContext(DbContextOptions<FinalAccountsDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Disclosure> Disclosures => Set<Disclosure>();
    public DbSet<DisclosureVersion> DisclosureVersions => Set<DisclosureVersion>();
    public DbSet<FunctionClassification> FunctionClassifications => Set<FunctionClassification>();
    public DbSet<EconomicClassification> EconomicClassifications => Set<EconomicClassification>();
    public DbSet<CatalogCodeMove> CatalogCodeMoves => Set<CatalogCodeMove>();
    public DbSet<PublishedPdf> PublishedPdfs => Set<PublishedPdf>();
    public DbSet<SearchSection> SearchSections => Set<SearchSection>();
    public DbSet<SearchDisclosure> SearchDisclosures => Set<SearchDisclosure>();
    public DbSet<PublicationTask> PublicationTasks => Set<PublicationTask>();
    public DbSet<PublishedFile> PublishedFiles => Set<PublishedFile>();
    public DbSet<Comparisons.LineFact> LineFacts => Set<Comparisons.LineFact>();
    public DbSet<Checking.FindingsCheck> FindingsChecks => Set<Checking.FindingsCheck>();
    public DbSet<Checking.StoredFinding> StoredFindings => Set<Checking.StoredFinding>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AdministrationEntry> AdministrationEntries => Set<AdministrationEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money is stored exactly in 元 with two decimals (分); see docs/decisions.
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>().HavePrecision(18, 2);
        configurationBuilder.Properties<FunctionCode>().HaveConversion<FunctionCodeConverter>().HaveMaxLength(7);
        configurationBuilder.Properties<EconomicCode>().HaveConversion<EconomicCodeConverter>().HaveMaxLength(5);
        configurationBuilder.Properties<FiscalYear>().HaveConversion<FiscalYearConverter>();

        // Enums as their names, so the database reads on its own.
        configurationBuilder.Properties<DisclosureStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CatalogKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<BudgetUnitKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<PublishedTable>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<BasicExpenditureGroup>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NarrativeFigureKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<EvaluationKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<FundLine>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<BasicDataLine>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<AuditAction>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Scalar columns in a GIN index beside arrays (the search index, migration 0018).
        modelBuilder.HasPostgresExtension("btree_gin");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FinalAccountsDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
