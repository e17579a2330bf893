using FinalAccounts.Domain.Amounts;
using FinalAccounts.Domain.Classification;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FinalAccounts.Infrastructure.Persistence;

internal sealed class MoneyConverter() : ValueConverter<Money, decimal>(m => m.Yuan, yuan => Money.FromYuan(yuan));

internal sealed class FunctionCodeConverter() : ValueConverter<FunctionCode, string>(c => c.Value, s => FunctionCode.Parse(s));

internal sealed class EconomicCodeConverter() : ValueConverter<EconomicCode, string>(c => c.Value, s => EconomicCode.Parse(s));

internal sealed class FiscalYearConverter() : ValueConverter<FiscalYear, int>(y => y.Value, v => new FiscalYear(v));
