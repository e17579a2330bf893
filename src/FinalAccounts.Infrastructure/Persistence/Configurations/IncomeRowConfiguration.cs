using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class IncomeRowConfiguration() : FunctionRowConfiguration<IncomeRow>("table02_income_rows");
