using FinalAccounts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway database on the test PostgreSQL server (FINALACCOUNTS_TEST_SERVER, set by test.sh),
/// created empty and dropped when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string ServerVariable = "FINALACCOUNTS_TEST_SERVER";

    private TestDatabase(string name, string serverConnectionString)
    {
        Name = name;
        ServerConnectionString = serverConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }
    private string ServerConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string purpose)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests with ./test.sh, which starts PostgreSQL and sets it.");
        }
        var database = new TestDatabase($"fa_test_{purpose}_{Guid.NewGuid():N}"[..40], server);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\" ENCODING 'UTF8' TEMPLATE template0");
        return database;
    }

    public static async Task<TestDatabase> CreateMigratedAsync(string purpose)
    {
        var database = await CreateAsync(purpose);
        await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(database.ConnectionString);
        return database;
    }

    public FinalAccountsDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<FinalAccountsDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>The row id of a department's version of a year.</summary>
    public async Task<long> VersionIdAsync(string department, int year, int number = 1)
    {
        await using var db = CreateContext();
        return await (from v in db.DisclosureVersions
                      join d in db.Disclosures on v.DisclosureId equals d.Id
                      join dep in db.Departments on d.DepartmentId equals dep.Id
                      where dep.Code == department && d.Year == new FinalAccounts.Domain.Classification.FiscalYear(year) && v.Number == number
                      select v.Id).SingleAsync();
    }

    /// <summary>Runs one statement on its own connection, outside EF: what a test does to the database behind the portal's back.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// An outage of this database alone: refuses new connections and ends the open ones, as a
    /// restarting server would; true brings it back.
    /// </summary>
    public async Task SetReachableAsync(bool reachable)
    {
        await ExecuteOnServerAsync($"ALTER DATABASE \"{Name}\" ALLOW_CONNECTIONS {(reachable ? "true" : "false")}");
        if (!reachable)
        {
            await ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND pid <> pg_backend_pid()");
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
