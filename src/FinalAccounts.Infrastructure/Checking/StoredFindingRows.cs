namespace FinalAccounts.Infrastructure.Checking;

/// <summary>
/// That a published version was checked, under which rulebook and with what counts (migration 0015). The
/// rows are written by <see cref="StoredFindings"/> in SQL; these types give them their place in the model.
/// </summary>
public sealed class FindingsCheck
{
    public const int MaxRulebookLength = 32;

    private FindingsCheck() { Rulebook = null!; }

    public long DisclosureVersionId { get; private set; }
    public string Rulebook { get; private set; }
    public DateTimeOffset CheckedAt { get; private set; }
    public int Errors { get; private set; }
    public int Warnings { get; private set; }
    public int Notes { get; private set; }
}

/// <summary>One stored finding of a checked version, in the validator's order.</summary>
public sealed class StoredFinding
{
    public const int MaxRuleIdLength = 64;
    public const int MaxSeverityLength = 16;
    public const int MaxLocationLength = 2000;
    public const int MaxFigureLength = 64;
    public const int MaxMessageLength = 4000;

    private StoredFinding() { RuleId = Severity = Location = Message = null!; }

    public long DisclosureVersionId { get; private set; }
    public int Sequence { get; private set; }
    public string RuleId { get; private set; }
    public string Severity { get; private set; }
    public string Location { get; private set; }
    public string? Expected { get; private set; }
    public string? Found { get; private set; }
    public string Message { get; private set; }
}
