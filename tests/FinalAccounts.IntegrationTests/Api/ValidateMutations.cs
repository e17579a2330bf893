using System.Text.Json.Nodes;

namespace FinalAccounts.IntegrationTests.Api;

/// <summary>One change to the 硚口 2024 seed per rule of issue 16, so that the rule fires on it.</summary>
internal static class ValidateMutations
{
    /// <summary>Changes the seed for the rule; returns any other rule the change cannot help firing.</summary>
    public static IReadOnlyList<string> Apply(string rule, JsonNode seed)
    {
        var tables = seed["tables"]!;
        switch (rule)
        {
            case "T04-income":
            {
                // 5.00 万元 of 政府性基金 income carried to the year's end: 公开04表 adds up and balances in
                // every column, but 公开01表 has no such income.
                var t04 = tables["t04"]!;
                t04["governmentFundIncome"] = "5.00";
                t04["incomeTotal"] = "3,474.73";
                t04["incomeGrandTotal"] = "3,474.73";
                t04["closingBalance"] = Split("5.00", null, "5.00");
                t04["expenditureGrandTotal"] = Split("3,474.73", "3,469.73", "5.00");
                return [];
            }
            case "T04-fund-balance":
            {
                // 10.00 万元 opens in 一般公共预算 and closes in 政府性基金: the 小计 column balances and each
                // total is the sum of its funds, but neither fund column balances.
                var t04 = tables["t04"]!;
                t04["openingBalanceTotal"] = "10.00";
                t04["openingGeneralBudget"] = "10.00";
                t04["incomeGrandTotal"] = "3,479.73";
                t04["closingBalance"] = Split("10.00", null, "10.00");
                t04["expenditureGrandTotal"] = Split("3,479.73", "3,469.73", "10.00");
                return [];
            }
            case "T04-T08-state-capital":
                tables["t08"]!["rows"] = new JsonArray(
                    new JsonObject { ["code"] = null, ["name"] = "合计", ["total"] = "5.00", ["basic"] = null, ["project"] = "5.00" });
                tables["t08"]!["emptyStatement"] = null;
                return [];
            case "T02-T03-mirror":
                // Moved between two 项 of one 款: every parent and the 合计 still add up.
                Shift(tables["t02"]!["rows"]!, "2040601", "2040602", ["total", "fiscalAppropriation"]);
                return [];
            case "operating-costs":
                seed["operatingCosts"]!["amount"] = "200.00";
                return [];
            case "T09-over-budget":
                // The 说明 states the completion rate from the table, so above 100% it must give the reason too.
                tables["t09"]!["budget"]!["reception"] = "0.05";
                tables["t09"]!["budget"]!["total"] = "3.32";
                return ["explanation-reason"];
            case "procurement":
                seed["procurement"]!["awardedToMicroAndSmall"] = "76.00";
                return [];
            case "plausible-figures":
                // An amount beyond any department's is a 机关运行经费 typed in 元: it cannot equal 公开06表's
                // 公用经费合计 either, so operating-costs fires with it.
                seed["operatingCosts"]!["amount"] = "2,076,800.00";
                return ["operating-costs"];
            case "staff-text":
                seed["profile"]!["organization"] = seed["profile"]!["organization"]!.GetValue<string>() + "内设机构XX个。";
                return [];
            case "required-parts":
                seed["profile"]!["organization"] = null;
                return [];
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule, "no mutation for this rule");
        }
    }

    private static JsonObject Split(string subtotal, string? generalBudget, string? governmentFund) => new()
    {
        ["subtotal"] = subtotal, ["generalBudget"] = generalBudget, ["governmentFund"] = governmentFund, ["stateCapital"] = null,
    };

    /// <summary>Moves 0.10 万元 from one row to another in the given columns.</summary>
    private static void Shift(JsonNode rows, string from, string to, string[] columns)
    {
        foreach (var column in columns)
        {
            Add(rows, from, column, -0.10m);
            Add(rows, to, column, 0.10m);
        }
    }

    private static void Add(JsonNode rows, string code, string column, decimal delta)
    {
        var row = rows.AsArray().Single(r => r!["code"]?.GetValue<string>() == code)!;
        var value = decimal.Parse(row[column]!.GetValue<string>().Replace(",", "", StringComparison.Ordinal),
            System.Globalization.CultureInfo.InvariantCulture) + delta;
        row[column] = value.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
