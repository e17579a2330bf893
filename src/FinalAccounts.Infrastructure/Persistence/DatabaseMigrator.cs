using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FinalAccounts.Infrastructure.Persistence;

/// <summary>
/// Applies the numbered SQL migrations embedded in this assembly (Persistence/Migrations/NNNN_name.sql),
/// each in its own transaction, and records them in schema_migrations. A PostgreSQL advisory lock
/// serialises instances starting at the same time. An applied migration must never change: its
/// checksum is verified on every start. See docs/decisions/0002-hand-written-sql-migrations.md.
/// </summary>
public sealed class DatabaseMigrator(ILogger<DatabaseMigrator> logger)
{
    // Any constant will do, as long as nothing else in the database uses it.
    private const long AdvisoryLockKey = 0x46_41_4D_49_47_52; // "FAMIGR"
    private const string ResourcePrefix = "Migrations.";

    public static IReadOnlyList<Migration> Migrations { get; } = LoadMigrations();

    public async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    id text PRIMARY KEY,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken);

            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var newlyApplied = new List<string>();
            foreach (var migration in Migrations)
            {
                if (applied.TryGetValue(migration.Id, out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new InvalidOperationException(
                            $"Migration {migration.Id} was changed after it was applied; add a new migration instead.");
                    }
                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, migration.Sql, cancellationToken, transaction);
                await using (var record = new NpgsqlCommand(
                                 "INSERT INTO schema_migrations (id, checksum) VALUES (@id, @checksum)", connection, transaction))
                {
                    record.Parameters.AddWithValue("id", migration.Id);
                    record.Parameters.AddWithValue("checksum", migration.Checksum);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {MigrationId}", migration.Id);
                newlyApplied.Add(migration.Id);
            }

            var unknown = applied.Keys.Except(Migrations.Select(m => m.Id)).ToList();
            if (unknown.Count > 0)
            {
                logger.LogWarning("Database has migrations this build does not know: {Migrations}", unknown);
            }
            return newlyApplied;
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT id, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<Migration> LoadMigrations()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Migration.Read(assembly, name, name[ResourcePrefix.Length..^".sql".Length]))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    public sealed record Migration(string Id, string Sql, string Checksum)
    {
        internal static Migration Read(Assembly assembly, string resource, string id)
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
            return new Migration(id, sql, checksum);
        }
    }
}
