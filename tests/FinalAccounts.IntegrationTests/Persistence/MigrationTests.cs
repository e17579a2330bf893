using FinalAccounts.Infrastructure.Persistence;
using FinalAccounts.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Persistence;

public sealed class MigrationTests
{
    /// <summary>
    /// The hand-written migrations must produce exactly the schema EF Core expects: a model change
    /// without a migration (or a migration that drifts from the model) fails here.
    /// </summary>
    [Fact]
    public async Task MigratedSchemaEqualsTheSchemaTheModelCreates()
    {
        await using var migrated = await TestDatabase.CreateMigratedAsync("migrated");
        await using var fromModel = await TestDatabase.CreateAsync("model");
        await using (var db = fromModel.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await SchemaSnapshot.ReadAsync(fromModel.ConnectionString);
        var actual = await SchemaSnapshot.ReadAsync(migrated.ConnectionString);

        expected.Should().NotBeEmpty();
        actual.Except(expected).Should().BeEmpty("the migrations create nothing the model lacks");
        expected.Except(actual).Should().BeEmpty("the model needs nothing the migrations lack; write a migration");
    }

    [Fact]
    public async Task MigratingTwiceAppliesNothingTheSecondTime()
    {
        await using var database = await TestDatabase.CreateAsync("twice");
        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);

        var first = await migrator.MigrateAsync(database.ConnectionString);
        var second = await migrator.MigrateAsync(database.ConnectionString);

        first.Should().Equal(DatabaseMigrator.Migrations.Select(m => m.Id));
        second.Should().BeEmpty();
    }

    [Fact]
    public async Task ConcurrentStartsApplyEachMigrationExactlyOnce()
    {
        await using var database = await TestDatabase.CreateAsync("race");
        var migrator = new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => migrator.MigrateAsync(database.ConnectionString))));

        results.SelectMany(r => r).Should().Equal(DatabaseMigrator.Migrations.Select(m => m.Id));
        (await database.CountAsync("schema_migrations")).Should().Be(DatabaseMigrator.Migrations.Count);
    }

    [Fact]
    public async Task NodesStartingAtOnceOnAnEmptyDatabaseMigrateAndLoadTheSeedOnce()
    {
        await using var database = await TestDatabase.CreateAsync("together");
        var options = Microsoft.Extensions.Options.Options.Create(new DatabaseOptions
        {
            MigrateOnStartup = true, LoadSeedOnStartup = true, SeedDirectory = RepositoryPaths.SeedDirectory,
        });
        async Task StartAsync()
        {
            await using var db = database.CreateContext();
            await new DatabaseStartup(db, new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance),
                new FinalAccounts.Infrastructure.Seeding.SeedLoader(db, TimeProvider.System, NullLogger<FinalAccounts.Infrastructure.Seeding.SeedLoader>.Instance),
                options, NullLogger<DatabaseStartup>.Instance).RunAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(StartAsync)));

        (await database.CountAsync("schema_migrations")).Should().Be(DatabaseMigrator.Migrations.Count);
        (await database.CountAsync("disclosure_versions")).Should().Be(4, "the seed's four disclosures, loaded once");
        (await database.CountAsync("departments")).Should().Be(3);
    }

    [Fact]
    public async Task RefusesToStartWhenAnAppliedMigrationWasEdited()
    {
        await using var database = await TestDatabase.CreateMigratedAsync("edited");
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var tamper = new NpgsqlCommand("UPDATE schema_migrations SET checksum = 'changed'", connection);
            await tamper.ExecuteNonQueryAsync();
        }

        var act = () => new DatabaseMigrator(NullLogger<DatabaseMigrator>.Instance).MigrateAsync(database.ConnectionString);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("*changed after it was applied*");
    }
}

/// <summary>Tables, columns with types and nullability, constraints and indexes of the public schema, as comparable lines.</summary>
internal static class SchemaSnapshot
{
    private const string Query = """
        SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type
               || coalesce('(' || character_maximum_length || ')', '')
               || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
               || ' nullable=' || is_nullable || ' identity=' || is_identity
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
        UNION ALL
        SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations'
        UNION ALL
        SELECT 'index ' || indexdef
        FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> 'schema_migrations'
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        var lines = new List<string>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }
        return lines.Order(StringComparer.Ordinal).ToList();
    }
}
