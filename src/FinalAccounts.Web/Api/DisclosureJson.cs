using System.Text.Json;
using FinalAccounts.Domain.Tables;
using FinalAccounts.Infrastructure.Publication;
using FinalAccounts.Infrastructure.Queries;

namespace FinalAccounts.Web.Api;

/// <summary>
/// A version's open-data JSON (<see cref="DisclosureDto"/>) as a rendition: kept at publication, sent
/// as it is by the disclosure's API answer and JSON download, and the source each table's answer is
/// cut from, so no answer about a published version analyses it again (ADR 0022).
/// </summary>
internal sealed class DisclosureJson : IRendition
{
    public static readonly DisclosureJson Rendition = new();

    private DisclosureJson() { }

    public string Name => "json";

    public Task<byte[]> RenderAsync(DisclosureAnalysis analysis, CancellationToken cancellationToken) =>
        Task.FromResult(OpenDataResponses.Serialize(DisclosureDto.From(analysis)));

    /// <summary>
    /// One table's answer (<see cref="DisclosureTableDto"/>) cut from the whole document's JSON: its
    /// header and table as they are there, and the table's links.
    /// </summary>
    public static byte[] TableAnswer(byte[] disclosure, PublishedTable table, DisclosureHeader header)
    {
        using var document = JsonDocument.Parse(disclosure);
        var root = document.RootElement;
        var tableElement = Table(root, table);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = OpenDataResponses.Json.Encoder }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("header");
            root.GetProperty("header").WriteTo(writer);
            writer.WritePropertyName("table");
            tableElement.WriteTo(writer);
            writer.WritePropertyName("links");
            JsonSerializer.Serialize(writer, VersionLinksDto.For(header.DepartmentCode, header.Year, header.Version), OpenDataResponses.Json);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>The line of a table with the given code, as the table's answer gives it; null when the table has none.</summary>
    public static TableLineDto? Line(byte[] disclosure, PublishedTable table, string? code)
    {
        using var document = JsonDocument.Parse(disclosure);
        return Table(document.RootElement, table).GetProperty("lines").EnumerateArray()
            .Where(line => line.TryGetProperty("code", out var found) && found.GetString() == code)
            .Select(line => line.Deserialize<TableLineDto>(OpenDataResponses.Json))
            .FirstOrDefault();
    }

    private static JsonElement Table(JsonElement disclosure, PublishedTable table)
    {
        var key = table.Key();
        return disclosure.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == key);
    }
}
