namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>A hostile value by a name a failing case can be found by.</summary>
public sealed record HostileValue(string Name, string Value)
{
    public override string ToString() => Name;
}

/// <summary>
/// The values careless or hostile people type, paste or send: blanks, over-long text, invisible and
/// malformed characters, markup, injection for SQL and spreadsheets, numbers that are not numbers or
/// overflow, and paths. Fixed and in a fixed order, so the corpus built from them is the same every run.
/// </summary>
public static class HostileValues
{
    public static readonly IReadOnlyList<HostileValue> All =
    [
        new("empty", ""),
        new("whitespace", "  \t  "),
        new("10001 chars", new string('字', 10_001)),
        new("20001 chars", new string('a', 20_001)),
        new("NUL", "司法\0行政"),
        new("U+0001", "司法\u0001行政"),
        new("U+000B", "司法\u000B行政"),
        new("U+001F", "\u001F"),
        new("U+FFFF", "司法\uFFFF"),
        new("lone surrogate", "司法\uD800行政"),
        new("RTL override", "\u202Eexe.txt"),
        new("script", "<script>alert(1)</script>"),
        new("img onerror", "\"><img src=x onerror=alert(1)>"),
        new("SQL", "' OR 1=1 --"),
        new("SQL drop", "1; DROP TABLE regions; --"),
        new("HYPERLINK formula", "=HYPERLINK(\"x\")"),
        new("DDE formula", "+1+cmd|' /C calc'!A0"),
        new("at formula", "@SUM(1)"),
        new("minus one", "-1"),
        new("1e309", "1e309"),
        new("20 nines", "99999999999999999999"),
        new("NaN", "NaN"),
        new("Infinity", "Infinity"),
        new("hex", "0x10"),
        new("full-width digits", "１２３"),
        new("commas", "1,2,3"),
        new("seven decimals", "1.2345678"),
        new("400 digits", new string('9', 400)),
        new("path traversal", "../../etc/passwd"),
        new("percent NUL", "%00"),
        new("emoji", "👍🏽💰"),
        new("template", "${jndi:ldap://x}{{7*7}}"),
        new("line breaks", "第一行\r\n第二行"),
    ];

    /// <summary>A NUL, which ASP.NET Core's readers of paths and forms refuse before the portal sees it.</summary>
    public static readonly HostileValue Nul = All.Single(v => v.Name == "NUL");
}
