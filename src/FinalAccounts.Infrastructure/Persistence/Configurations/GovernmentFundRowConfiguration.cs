using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class GovernmentFundRowConfiguration() : FunctionRowConfiguration<GovernmentFundRow>("table07_government_fund_rows");
