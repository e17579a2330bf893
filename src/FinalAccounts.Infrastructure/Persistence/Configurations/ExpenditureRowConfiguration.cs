using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class ExpenditureRowConfiguration() : FunctionRowConfiguration<ExpenditureRow>("table03_expenditure_rows");
