using FinalAccounts.Domain.Tables;

namespace FinalAccounts.Infrastructure.Persistence.Configurations;

internal sealed class StateCapitalRowConfiguration() : FunctionRowConfiguration<StateCapitalRow>("table08_state_capital_rows");
