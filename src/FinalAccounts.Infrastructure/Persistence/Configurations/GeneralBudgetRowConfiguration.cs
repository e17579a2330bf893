using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class GeneralBudgetRowConfiguration() : FunctionRowConfiguration<GeneralBudgetRow>("table05_general_budget_rows");
