using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class FunctionClassificationConfiguration()
    : CatalogEntryConfiguration<FunctionClassification>("function_classifications");
