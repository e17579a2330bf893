using System.Text.Json.Nodes;
using FinalAccounts.Infrastructure.Content;
using FinalAccounts.Infrastructure.Seeding;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace FinalAccounts.IntegrationTests.Seeding;

/// <summary>
/// A bad seed file stops the whole load with a message naming the file and the place in it, and
/// leaves the database exactly as it was.
/// </summary>
public sealed class BadSeedTests
{
    public static TheoryData<string, Action<JsonNode>, string, string> Corruptions => new()
    {
        {
            "non-numeric amount", seed => seed["tables"]!["t02"]!["rows"]![3]!["total"] = "一千",
            "tables.t02.rows[3].total", "不是有效数字"
        },
        {
            "negative amount", seed => seed["tables"]!["t05"]!["rows"]![0]!["subtotal"] = "-3,469.73",
            "tables.t05.rows[0].subtotal", "不能为负数"
        },
        {
            "unknown function code", seed => seed["tables"]!["t03"]!["rows"]![4]!["code"] = "2049999",
            "tables.t03.rows[4].code", "不在本年度科目目录中"
        },
        {
            "malformed function code", seed => seed["tables"]!["t02"]!["rows"]![2]!["code"] = "20406A",
            "tables.t02.rows[2].code", "不是有效的支出功能分类科目编码"
        },
        {
            "unknown economic code", seed => seed["tables"]!["t06"]!["rows"]![1]!["code"] = "30198",
            "tables.t06.rows[1].code", "不在本年度科目目录中"
        },
        {
            "duplicate row", seed =>
            {
                var rows = seed["tables"]!["t05"]!["rows"]!.AsArray();
                rows.Add(rows[3]!.DeepClone());
            },
            "tables.t05", "重复"
        },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task StopsWithFileAndRowAndChangesNothing(string _, Action<JsonNode> corrupt, string location, string problem)
    {
        var directory = CopyOfSeeds();
        try
        {
            var path = Path.Combine(directory, "disclosures", "qiaokou-2024.json");
            var seed = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
            corrupt(seed);
            await File.WriteAllTextAsync(path, seed.ToJsonString());

            await using var database = await TestDatabase.CreateMigratedAsync("badseed");
            await using var db = database.CreateContext();
            var load = () => new SeedLoader(db, TimeProvider.System, NullLogger<SeedLoader>.Instance).LoadAsync(directory);

            var error = (await load.Should().ThrowAsync<InvalidContentException>()).Which;
            error.File.Should().Be("disclosures/qiaokou-2024.json");
            error.Location.Should().Be(location);
            error.Problem.Should().Contain(problem);
            error.Message.Should().StartWith("disclosures/qiaokou-2024.json " + location);

            foreach (var table in new[] { "regions", "departments", "function_classifications", "disclosures", "disclosure_versions" })
            {
                (await database.CountAsync(table)).Should().Be(0, $"{table} stays empty when the load fails");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ReportsMalformedJsonWithTheFileName()
    {
        var directory = CopyOfSeeds();
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "departments.json"), "[{\"code\": \"420104-sfj\",");
            await using var database = await TestDatabase.CreateMigratedAsync("badjson");
            await using var db = database.CreateContext();

            var load = () => new SeedLoader(db, TimeProvider.System, NullLogger<SeedLoader>.Instance).LoadAsync(directory);

            (await load.Should().ThrowAsync<InvalidContentException>()).Which.File.Should().Be("departments.json");
            (await database.CountAsync("regions")).Should().Be(0);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string CopyOfSeeds()
    {
        var target = Path.Combine(Path.GetTempPath(), "fa-seed-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepositoryPaths.SeedDirectory, "*.json", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(RepositoryPaths.SeedDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }
}
