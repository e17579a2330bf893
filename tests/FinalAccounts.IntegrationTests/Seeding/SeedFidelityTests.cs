using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Seeding;

/// <summary>
/// The seed files are transcriptions of published documents: every amount they hold must appear in
/// the published text (data/seed-sources), except last-year figures derived from a stated change and
/// the few amounts a sentence implies without printing, each derived from printed figures below.
/// </summary>
public sealed partial class SeedFidelityTests
{
    [Theory]
    [InlineData("qiaokou-2024.json", "qiaokou-2024-final-accounts.txt")]
    [InlineData("caidian-2023.json", "caidian-2023-final-accounts.txt")]
    [InlineData("hongshan-2021.json", "hongshan-2021-final-accounts.txt")]
    [InlineData("caidian-2020.json", "caidian-2020-performance-self-evaluation.txt")]
    public void EveryAmountInTheSeedAppearsInThePublishedText(string seedFile, string sourceFile)
    {
        var source = Normalize(File.ReadAllText(Path.Combine(RepositoryPaths.SeedSources, sourceFile)));
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedDirectory, "disclosures", seedFile)))!;

        var amounts = AmountsIn(seed, "$").ToList();
        amounts.Should().NotBeEmpty();
        var missing = amounts
            .Where(a => !IsDerivedFromPrintedFigures(seedFile, a.Path, a.Value, source))
            .Where(a => !source.Contains(Normalize(a.Value), StringComparison.Ordinal)
                        && !source.Contains(Normalize(a.Value).TrimEnd('0').TrimEnd('.'), StringComparison.Ordinal))
            .Select(a => $"{a.Path} = {a.Value}")
            .ToList();

        missing.Should().BeEmpty("every transcribed amount is printed in {0}", sourceFile);
    }

    /// <summary>Amounts a sentence implies: "比年初预算数减少 6.16 万元" gives the budget; the SME split of services is what remains.</summary>
    private static readonly Dictionary<string, string> DerivedAmounts = new()
    {
        ["qiaokou-2024.json $.operatingCosts.initialBudget"] = "207.68 + 6.16",
        ["qiaokou-2024.json $.procurement.servicesToSmes"] = "75.52 - 10.62",
    };

    private static bool IsDerivedFromPrintedFigures(string seedFile, string path, string value, string source)
    {
        if (!DerivedAmounts.TryGetValue($"{seedFile} {path}", out var expression))
        {
            return false;
        }
        var terms = expression.Split(' ');
        var total = decimal.Parse(terms[0], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 1; i < terms.Length; i += 2)
        {
            var term = decimal.Parse(terms[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            total += terms[i] == "-" ? -term : term;
        }
        terms.Where((_, i) => i % 2 == 0).Should().OnlyContain(t => source.Contains(t, StringComparison.Ordinal),
            "a derived amount is built from printed figures");
        total.Should().Be(decimal.Parse(value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture),
            "{0} = {1}", path, expression);
        return true;
    }

    private static readonly HashSet<string> NonAmountProperties =
        ["code", "name", "title", "text", "key", "kind", "group", "term", "definition", "functionCode", "status",
         "reportingUnit", "departmentCode", "executionRate", "grade", "target", "actual", "level1", "level2", "level3"];

    private static IEnumerable<(string Path, string Value)> AmountsIn(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                // Last year's figures come from the stated change, not from this document's text.
                if (obj["kind"]?.GetValue<string>() == "prior-year")
                {
                    yield break;
                }
                foreach (var (name, child) in obj)
                {
                    if (child is JsonValue value && value.GetValueKind() == JsonValueKind.String && !NonAmountProperties.Contains(name)
                        && AmountPattern().IsMatch(value.GetValue<string>()))
                    {
                        yield return ($"{path}.{name}", value.GetValue<string>());
                    }
                    else if (child is not null)
                    {
                        foreach (var found in AmountsIn(child, $"{path}.{name}"))
                        {
                            yield return found;
                        }
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in AmountsIn(array[i]!, $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }
                break;
        }
    }

    private static string Normalize(string text) => WhitespaceOrComma().Replace(text, "");

    [GeneratedRegex(@"^-?[\d,]+(\.\d+)?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"[\s,，]")]
    private static partial Regex WhitespaceOrComma();
}
