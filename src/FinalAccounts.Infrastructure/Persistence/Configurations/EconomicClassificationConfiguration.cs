using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class EconomicClassificationConfiguration()
    : CatalogEntryConfiguration<EconomicClassification>("economic_classifications");
