namespace FinalAccounts.Infrastructure.Administration;

/// <summary>What became of an administrator's change: done, or refused with the reason (nothing changed), or nothing by that code.</summary>
public sealed record AdministrationResult(bool Found, bool Succeeded, string Message)
{
    internal static AdministrationResult NotFound { get; } = new(false, false, string.Empty);
    internal static AdministrationResult Done(string message) => new(true, true, message);
    internal static AdministrationResult Refused(string message) => new(true, false, message);
}
