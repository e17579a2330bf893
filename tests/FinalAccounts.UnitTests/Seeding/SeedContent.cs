using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Seeding;

namespace FinalAccounts.UnitTests.Seeding;

/// <summary>The repository's seed disclosures as content, and fresh drafts to write them into.</summary>
internal static class SeedContent
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<string> Directory = new(FindSeedDirectory);

    public static TheoryData<string> Files => new() { "qiaokou-2024.json", "caidian-2023.json", "hongshan-2021.json", "caidian-2020.json" };

    public static DisclosureSeed Read(string file) =>
        JsonSerializer.Deserialize<DisclosureSeed>(File.ReadAllText(Path.Combine(Directory.Value, file)), Json)!;

    public static DisclosureVersion NewDraft(DisclosureSeed seed) =>
        new Disclosure(1, new FiscalYear(seed.Year)).StartVersion(seed.Version.Title, seed.Version.ReportingUnit);

    /// <summary>The seed written into a fresh draft without catalog checks.</summary>
    public static DisclosureVersion Written(DisclosureSeed seed)
    {
        var draft = NewDraft(seed);
        DisclosureContent.Write(draft, seed, null, null);
        return draft;
    }

    public static DisclosureSeed Captured(DisclosureSeed seed) =>
        DisclosureSnapshot.Capture(Written(seed), seed.DepartmentCode, seed.Year);

    public static string ToJson(object content) => JsonSerializer.Serialize(content, content.GetType(), Json);

    public static JsonNode Node(object content) => JsonSerializer.SerializeToNode(content, content.GetType(), Json)!;

    private static string FindSeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.sln")))
            {
                return Path.Combine(dir.FullName, "data", "seed", "disclosures");
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (FinalAccounts.sln) above " + AppContext.BaseDirectory);
    }
}
