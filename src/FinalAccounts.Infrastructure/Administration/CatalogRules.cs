using FinalAccounts.Domain.Classification;

namespace FinalAccounts.Infrastructure.Administration;

/// <summary>
/// What makes a catalog file acceptable, checked once for the workbook (each problem at its row) and
/// again before it is applied: valid codes of the right length for their 级次, each code once, every
/// code's parent present, names given and within their limits; and each move from a code of last
/// year's catalog to a code of this one, at the same level, each old code once.
/// </summary>
internal static class CatalogRules
{
    /// <summary>How an entry's level is written in the 级次 column, by code length.</summary>
    public static string LevelName(CatalogKind catalog, string code) => (catalog, code.Length) switch
    {
        (_, 3) => "类",
        (CatalogKind.Function, 5) or (CatalogKind.Economic, 5) => "款",
        _ => "项",
    };

    /// <param name="report">Told each problem with the index of the line it is about.</param>
    /// <param name="level">The 级次 each line was given in the file, when it was ("" when not).</param>
    public static void CheckEntries(CatalogKind catalog, IReadOnlyList<CatalogLine> lines, Func<int, string> level,
        Action<int, string> report)
    {
        var kind = CatalogSheets.KindName(catalog);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var code = lines[i].Code.Trim();
            if (!IsValid(catalog, code))
            {
                report(i, catalog == CatalogKind.Function
                    ? $"“{code}”不是有效的{kind}科目编码（类 3 位、款 5 位、项 7 位数字，以 2 开头）。"
                    : $"“{code}”不是有效的{kind}科目编码（类 3 位、款 5 位数字，以 3 开头）。");
                continue;
            }
            if (level(i) is { Length: > 0 } written && written is not ("类" or "款" or "项"))
            {
                report(i, $"级次应填“类”“款”或“项”（或留空），不是“{written}”。");
            }
            else if (level(i) is { Length: > 0 } given && given != LevelName(catalog, code))
            {
                report(i, $"级次为“{given}”的科目编码应为 {LevelLength(given)} 位，“{code}”是 {code.Length} 位。");
            }
            if (!first.TryAdd(code, i))
            {
                report(i, $"科目编码“{code}”重复（与第 {first[code] + 1} 条相同）。");
            }
            valid.Add(code);
            if (NameProblem(lines[i]) is { } problem)
            {
                report(i, problem);
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var code = lines[i].Code.Trim();
            if (valid.Contains(code) && ParentOf(code) is { } parent && !valid.Contains(parent))
            {
                report(i, $"科目“{code}”的上级科目“{parent}”不在表中。请补上上级科目，或改正编码。");
            }
        }
    }

    /// <param name="previousCodes">Last year's codes of each catalog; null when last year has no catalog to check against.</param>
    public static void CheckMoves(CatalogFile file, IReadOnlyDictionary<CatalogKind, HashSet<string>>? previousCodes, Action<int, string> report)
    {
        var seen = new HashSet<(CatalogKind, string)>();
        for (var i = 0; i < file.Moves.Count; i++)
        {
            var move = file.Moves[i];
            if (CatalogCodeMove.Problem(move.Catalog, move.OldCode, move.NewCode) is { } problem)
            {
                report(i, problem);
                continue;
            }
            if (!seen.Add((move.Catalog, move.OldCode.Trim())))
            {
                report(i, $"原科目编码“{move.OldCode.Trim()}”的变动重复填写。一个科目只能变动到一个新科目。");
            }
            if (!file.Lines(move.Catalog).Any(l => l.Code.Trim() == move.NewCode.Trim()))
            {
                report(i, $"新科目编码“{move.NewCode.Trim()}”不在本年度的{CatalogSheets.Name(move.Catalog)}中。");
            }
            if (previousCodes is not null && !previousCodes[move.Catalog].Contains(move.OldCode.Trim()))
            {
                report(i, $"原科目编码“{move.OldCode.Trim()}”不在上一年度的{CatalogSheets.Name(move.Catalog)}中。");
            }
        }
    }

    public static bool IsValid(CatalogKind catalog, string code) =>
        catalog == CatalogKind.Function ? FunctionCode.TryParse(code, out _) : EconomicCode.TryParse(code, out _);

    private static string? ParentOf(string code) => code.Length switch
    {
        7 => code[..5],
        5 => code[..3],
        _ => null,
    };

    private static string LevelLength(string level) => level switch
    {
        "类" => "3",
        "款" => "5",
        _ => "7",
    };

    private static string? NameProblem(CatalogLine line)
    {
        var name = line.Name.Trim();
        if (name.Length == 0)
        {
            return "请填写科目名称。";
        }
        if (name.Length > CatalogEntry.MaxNameLength)
        {
            return $"科目名称共 {name.Length} 个字，超过上限 {CatalogEntry.MaxNameLength} 个字。";
        }
        if (Domain.TextInput.Problem(name, multiline: false) is { } nameProblem)
        {
            return $"科目名称：{nameProblem}";
        }
        if (line.Explanation is { } explanation && explanation.Trim().Length > CatalogEntry.MaxExplanationLength)
        {
            return $"说明共 {explanation.Trim().Length} 个字，超过上限 {CatalogEntry.MaxExplanationLength} 个字。";
        }
        return Domain.TextInput.Problem(line.Explanation) is { } explanationProblem ? $"说明：{explanationProblem}" : null;
    }
}
