namespace FinalAccounts.Domain;

/// <summary>
/// What the disclosure prints where staff left a figure blank. A blank is never printed as 0: the
/// reader is told the figure was not provided, and the validator asks for it.
/// </summary>
public static class Unreported
{
    public const string Text = "未填报";
}
