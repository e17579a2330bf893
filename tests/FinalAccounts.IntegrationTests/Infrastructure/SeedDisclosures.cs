namespace FinalAccounts.IntegrationTests.Infrastructure;

/// <summary>The four seeded disclosures by department code and year: what every output is checked against.</summary>
public static class SeedDisclosures
{
    public static TheoryData<string, int> All => new()
    {
        { "420104-sfj", 2024 },
        { "420114-sfj", 2023 },
        { "420111-sfj", 2021 },
        { "420114-sfj", 2020 },
    };
}
