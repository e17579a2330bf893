using System.Diagnostics;
using FinalAccounts.IntegrationTests.Infrastructure;

namespace FinalAccounts.IntegrationTests.Deployment;

/// <summary>
/// docker-compose.yml is valid (docker-compose, installed by test.sh, checks it without an engine) and
/// describes the several-node shape: a primary and its replica, two portal nodes, nginx sending to both.
/// </summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task TheComposeFileIsValidAndPutsNginxInFrontOfTwoNodesOnAPrimaryWithAReplica()
    {
        var (exit, output, errors) = await RunAsync("docker-compose", "-f", "docker-compose.yml", "config");

        exit.Should().Be(0, errors);
        foreach (var service in new[] { "primary:", "replica:", "web1:", "web2:", "nginx:" })
        {
            output.Should().Contain($"\n  {service}\n", $"the compose file runs {service.TrimEnd(':')}");
        }
        output.Should().Contain("Host=primary;", "the nodes write to the primary");

        var nginx = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "finalaccounts.conf"));
        nginx.Should().Contain("server web1:8080").And.Contain("server web2:8080").And.Contain("X-Forwarded-Proto");
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
