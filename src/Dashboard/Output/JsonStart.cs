using System.Text.Json;

namespace Dashboard.Output;

/// <summary>
/// The first tokens of a JSON file, read from its first 64 KiB only, so a command can tell a file it
/// wrote (by the shape its writer always starts with) without reading a large file whole.
/// </summary>
internal static class JsonStart
{
    private const int Window = 64 * 1024;

    /// <summary>Up to <paramref name="count"/> tokens: their kind and, for names and strings, their text; fewer when the file is not JSON or ends first.</summary>
    public static IReadOnlyList<(JsonTokenType Kind, string? Text)> Tokens(Stream stream, int count)
    {
        var buffer = new byte[Window];
        var filled = 0;
        for (int read; filled < buffer.Length && (read = stream.Read(buffer, filled, buffer.Length - filled)) > 0;) filled += read;
        var tokens = new List<(JsonTokenType, string?)>();
        var reader = new Utf8JsonReader(buffer.AsSpan(0, filled), isFinalBlock: filled < buffer.Length, default);
        try
        {
            while (tokens.Count < count && reader.Read())
            {
                var text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
                tokens.Add((reader.TokenType, text));
            }
        }
        catch (JsonException)
        {
            // Not JSON from here on: what was read so far is all there is to match.
        }
        return tokens;
    }
}
