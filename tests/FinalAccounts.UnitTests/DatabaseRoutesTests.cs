using FinalAccounts.Infrastructure.Persistence;

namespace FinalAccounts.UnitTests;

/// <summary>Where a scope's queries go (ADR 0023): the public's reads to the replica, unless it was set aside for a while.</summary>
public class DatabaseRoutesTests
{
    private const string PrimaryString = "Host=primary.example;Database=fa";
    private const string ReplicaString = "Host=replica.example;Database=fa";

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void APublicReadGoesToTheReplicaAndAnyOtherScopeToThePrimary()
    {
        var routes = new DatabaseRoutes(PrimaryString, ReplicaString);

        var publicRead = new ReadRoute { IsPublicRead = true };
        routes.For(publicRead).Should().BeSameAs(routes.Replica);
        publicRead.ReadsReplica.Should().BeTrue();

        var staff = new ReadRoute();
        routes.For(staff).Should().BeSameAs(routes.Primary);
        staff.ReadsReplica.Should().BeFalse();
    }

    [Fact]
    public void AReplicaSetAsideIsLeftAloneForItsRestThenTriedAgain()
    {
        var clock = new Clock();
        var routes = new DatabaseRoutes(PrimaryString, ReplicaString, clock);

        routes.SetReplicaAside();
        var during = new ReadRoute { IsPublicRead = true };
        routes.For(during).Should().BeSameAs(routes.Primary);
        during.ReadsReplica.Should().BeFalse("a request that read the primary is not read again elsewhere");

        clock.Now += DatabaseRoutes.ReplicaRest - TimeSpan.FromSeconds(1);
        routes.ReplicaInUse.Should().BeFalse();
        clock.Now += TimeSpan.FromSeconds(1);
        routes.ReplicaInUse.Should().BeTrue();
        routes.For(new ReadRoute { IsPublicRead = true }).Should().BeSameAs(routes.Replica);
    }

    [Fact]
    public void WithoutAReplicaEveryReadGoesToThePrimary()
    {
        var routes = new DatabaseRoutes(PrimaryString, " ");
        routes.ReplicaInUse.Should().BeFalse();
        routes.For(new ReadRoute { IsPublicRead = true }).Should().BeSameAs(routes.Primary);
    }
}
