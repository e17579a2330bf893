using System.Text;
using Npgsql;

namespace FinalAccounts.IntegrationTests.Hostile;

/// <summary>
/// A fingerprint of every content table of the portal's database (all of public schema but the staff
/// accounts, whose sign-in stamps move, the kept PDFs and renditions, and the migration record): per table,
/// its row count and the newest transaction that wrote a row version (<c>xmin</c>). Every committed insert,
/// update or delete changes one or the other, even an update that writes the values already there, so a
/// refused request must not have written at all. Two fingerprints that differ name the tables that changed.
/// (An md5 of every row took ten times as long, and the corpus takes one after each of its cases.)
/// </summary>
public sealed class ContentHash : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly IReadOnlyList<string> _tables;
    private readonly string _query;

    private ContentHash(NpgsqlConnection connection, IReadOnlyList<string> tables)
    {
        _connection = connection;
        _tables = tables;
        _query = "SELECT " + string.Join(", ", tables.Select(t =>
            $"(SELECT count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0) FROM \"{t}\")"));
    }

    public IReadOnlyList<string> Tables => _tables;

    public static async Task<ContentHash> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
              AND table_name NOT LIKE 'staff\_%' AND table_name NOT IN ('published_pdfs', 'published_files', 'schema_migrations')
            ORDER BY table_name
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        return new ContentHash(connection, tables);
    }

    /// <summary>The time spent taking fingerprints, for the corpus's report.</summary>
    public TimeSpan Spent { get; private set; }

    /// <summary>The fingerprint of each table, in <see cref="Tables"/> order.</summary>
    public async Task<string[]> TakeAsync()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await TakeOnceAsync();
        }
        finally
        {
            Spent += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        }
    }

    private async Task<string[]> TakeOnceAsync()
    {
        await using var command = new NpgsqlCommand(_query, _connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, _tables.Count).Select(reader.GetString).ToArray();
    }

    /// <summary>The tables whose rows differ between two fingerprints; empty when nothing changed.</summary>
    public IReadOnlyList<string> Changed(string[] before, string[] after) =>
        _tables.Where((_, i) => before[i] != after[i]).ToList();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}

/// <summary>
/// Form bodies as a browser encodes them (UTF-8, percent-encoded), built by hand so that any string
/// can be sent, a lone surrogate too (which a browser, like .NET's UTF-8 encoder, sends as U+FFFD).
/// </summary>
public static class FormBody
{
    public static ByteArrayContent Of(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var body = string.Join("&", fields.Select(f => Escape(f.Key) + "=" + Escape(f.Value)));
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }

    /// <summary>Percent-encodes the UTF-8 bytes of the text, for a form body, a query value or a path segment.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                result.Append(c);
            }
            else
            {
                result.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return result.ToString();
    }

    /// <summary>The text as the server reads it back: what UTF-8 can carry.</summary>
    public static string AsReceived(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
