using FinalAccounts.Infrastructure.Comparisons;
using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.Infrastructure.Seeding;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Persistence;

/// <summary>Migration 0013 gives the versions published before it their figure facts, frozen like the rest.</summary>
public sealed class FigureFactsMigrationTests
{
    private const string FigureFacts0013 = "0013_figure_facts";

    [Fact]
    public async Task VersionsPublishedBeforeTheMigrationGetTheirFigureFactsAndTheyStayFrozen()
    {
        await using var database = await TestDatabase.CreateAsync("figures");
        await ApplyAllButAsync(database, FigureFacts0013);
        await using (var db = database.CreateContext())
        {
            await new SeedLoader(db, TimeProvider.System, NullLogger<SeedLoader>.Instance).LoadAsync(RepositoryPaths.SeedDirectory);
        }
        (await CountFiguresAsync(database)).Should().Be(0, "before 0013 publication wrote only the tables' facts");
        var tableFacts = await database.CountAsync("line_facts");

        var applied = await new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(database.ConnectionString);

        applied.Should().Equal(FigureFacts0013);
        var expected = await ScalarAsync(database, """
            SELECT (SELECT count(*) FROM operating_costs o JOIN disclosure_versions v ON v.id = o.disclosure_version_id
                    WHERE v.status = 'Published' AND o.amount IS NOT NULL)
                 + (SELECT count(*) FROM operating_costs o JOIN disclosure_versions v ON v.id = o.disclosure_version_id
                    WHERE v.status = 'Published' AND o.initial_budget IS NOT NULL)
                 + (SELECT count(*) FROM version_profiles p JOIN disclosure_versions v ON v.id = p.disclosure_version_id
                    WHERE v.status = 'Published' AND p.staffing_active_administrative IS NOT NULL)
                 + (SELECT count(*) FROM version_profiles p JOIN disclosure_versions v ON v.id = p.disclosure_version_id
                    WHERE v.status = 'Published' AND p.staffing_active_institutional IS NOT NULL)
            """);
        expected.Should().BeGreaterThan(0);
        (await CountFiguresAsync(database)).Should().Be(expected);
        (await database.CountAsync("line_facts")).Should().Be(tableFacts + expected, "the tables' facts are kept as they were");
        (await ScalarAsync(database, $"""
            SELECT amount FROM line_facts f JOIN departments d ON d.id = f.department_id
            WHERE d.code = '420111-sfj' AND f.published_table = '{FigureFacts.Source}' AND f.line = '{FigureFacts.ActiveStaff}'
              AND f.column_key = '{FigureFacts.Administrative}'
            """)).Should().Be(55);

        var change = () => ScalarAsync(database, $"DELETE FROM line_facts WHERE published_table = '{FigureFacts.Source}' RETURNING 1");
        await change.Should().ThrowAsync<PostgresException>("the freezing trigger is on again after the migration");
    }

    /// <summary>The schema as a database migrated before 0013 has it (0014 included: it was applied first on main).</summary>
    private static async Task ApplyAllButAsync(TestDatabase database, string skipped)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        // Every migration but the skipped one, recorded as applied, as the migrator would have.
        await Execute(connection, """
            CREATE TABLE schema_migrations (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """);
        foreach (var migration in DatabaseMigrator.Migrations.Where(m => m.Id != skipped))
        {
            await Execute(connection, migration.Sql);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (id, checksum) VALUES (@id, @checksum)", connection);
            record.Parameters.AddWithValue("id", migration.Id);
            record.Parameters.AddWithValue("checksum", migration.Checksum);
            await record.ExecuteNonQueryAsync();
        }
    }

    private static Task<long> CountFiguresAsync(TestDatabase database) =>
        ScalarAsync(database, $"SELECT count(*) FROM line_facts WHERE published_table = '{FigureFacts.Source}'");

    private static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
