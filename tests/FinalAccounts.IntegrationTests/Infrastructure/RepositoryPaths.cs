namespace FinalAccounts.IntegrationTests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedDirectory => Path.Combine(Root, "data", "seed");

    public static string SeedSources => Path.Combine(Root, "data", "seed-sources");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FinalAccounts.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Cannot find the repository root (FinalAccounts.sln) above " + AppContext.BaseDirectory);
    }
}
