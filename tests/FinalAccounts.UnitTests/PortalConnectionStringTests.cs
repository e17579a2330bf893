using FinalAccounts.Infrastructure;
using Npgsql;

namespace FinalAccounts.UnitTests;

/// <summary>The portal's settings on its PostgreSQL connections, each left as the connection string sets it.</summary>
public class PortalConnectionStringTests
{
    [Fact]
    public void JitIsTurnedOffAndRepeatedStatementsArePrepared()
    {
        var tuned = new NpgsqlConnectionStringBuilder(DependencyInjection.ForPortal("Host=db.example;Database=fa;Options=-c statement_timeout=5000"));

        tuned.Options.Should().Be("-c statement_timeout=5000 -c jit=off");
        tuned.MaxAutoPrepare.Should().Be(DependencyInjection.AutoPreparedStatements);
        tuned.AutoPrepareMinUsages.Should().Be(2);
        tuned.Host.Should().Be("db.example");
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0;Options=-c jit=on", 0, 2, "-c jit=on")]
    [InlineData("Host=db.example;MaxAutoPrepare=10", 10, 2, "-c jit=off")]
    [InlineData("Host=db.example;max auto prepare=10;Auto Prepare Min Usages=5", 10, 5, "-c jit=off")]
    [InlineData("Host=db.example;AutoPrepareMinUsages=7", DependencyInjection.AutoPreparedStatements, 7, "-c jit=off")]
    public void WhatTheConnectionStringSetsIsKept(string connectionString, int maxAutoPrepare, int minUsages, string options)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DependencyInjection.ForPortal(connectionString));

        tuned.MaxAutoPrepare.Should().Be(maxAutoPrepare);
        tuned.AutoPrepareMinUsages.Should().Be(minUsages);
        tuned.Options.Should().Be(options);
    }
}
