namespace FinalAccounts.Infrastructure.Content;

/// <summary>A seed file holds data that cannot be loaded. Names the file and the place in it.</summary>
internal sealed class InvalidContentException(string file, string location, string problem)
    : Exception($"{file} {location}: {problem}")
{
    public string File { get; } = file;
    public string Location { get; } = location;
    public string Problem { get; } = problem;
}
