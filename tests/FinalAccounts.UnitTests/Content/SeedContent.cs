using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Domain.Classification;
using FinalAccounts.Domain.Disclosures;
using FinalAccounts.Infrastructure.Content;

namespace FinalAccounts.UnitTests.Content;

/// <summary>The repository's seed disclosures as content, and fresh drafts to write them into.</summary>
internal static class SeedContent
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<string> Directory = new(FindSeedDirectory);

    public static TheoryData<string> Files => new() { "qiaokou-2024.json", "caidian-2023.json", "hongshan-2021.json", "caidian-2020.json" };

    public static DisclosureContent Read(string file) =>
        JsonSerializer.Deserialize<DisclosureContent>(File.ReadAllText(Path.Combine(Directory.Value, file)), Json)!;

    public static DisclosureVersion NewDraft(DisclosureContent seed) =>
        new Disclosure(1, new FiscalYear(seed.Year)).StartVersion(seed.Version.Title, seed.Version.ReportingUnit);

    /// <summary>The seed written into a fresh draft without catalog checks.</summary>
    public static DisclosureVersion Written(DisclosureContent seed)
    {
        var draft = NewDraft(seed);
        ContentWriter.Write(draft, seed, null, null);
        return draft;
    }

    public static DisclosureContent Captured(DisclosureContent seed) =>
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
