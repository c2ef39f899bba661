using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;

namespace Dashboard.Loading;

/// <summary>Reads one JSON value at the reader's current token into a positioned tree.</summary>
internal static class JsonTreeReader
{
    /// <summary>
    /// Reads the value whose first token the reader is on. <paramref name="baseOffset"/> is added to
    /// every position so a reader over a slice still reports offsets in the whole file.
    /// Duplicate property names are reported through <paramref name="onDuplicate"/>.
    /// </summary>
    public static JsonNode Read(ref Utf8JsonReader reader, int baseOffset, Action<JsonProperty> onDuplicate, StringPool? pool = null)
    {
        var offset = baseOffset + (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var props = new List<JsonProperty>(16);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = baseOffset + (int)reader.TokenStartIndex;
                    var name = ReadString(ref reader, pool);
                    reader.Read();
                    var value = Read(ref reader, baseOffset, onDuplicate, pool);
                    var prop = new JsonProperty(name, nameOffset, value);
                    // Objects have a handful of keys: a scan beats allocating a set per object.
                    if (props.Exists(p => p.Name == name)) onDuplicate(prop);
                    else props.Add(prop);
                }
                return new JsonObject(offset, [.. props]);
            }
            case JsonTokenType.StartArray:
            {
                var items = ImmutableArray.CreateBuilder<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader, baseOffset, onDuplicate, pool));
                }
                return new JsonArray(offset, items.ToImmutable());
            }
            case JsonTokenType.String:
                return new JsonString(offset, ReadString(ref reader, pool));
            case JsonTokenType.Number:
                // Out-of-range numbers (1e999) are not finite: the validator names them as such.
                if (!reader.TryGetDouble(out var number)) return new JsonNumber(offset, double.NaN);
                return NumberText.IsExactly(reader.ValueSpan, number)
                    ? new JsonNumber(offset, number)
                    : new JsonNumber(offset, number, System.Text.Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonLiteral(JsonKind.True, offset);
            case JsonTokenType.False:
                return new JsonLiteral(JsonKind.False, offset);
            case JsonTokenType.Null:
                return new JsonLiteral(JsonKind.Null, offset);
            default:
                throw new InvalidOperationException($"unexpected token {reader.TokenType}");
        }
    }

    /// <summary>The string token the reader is on, from the pool when short.</summary>
    public static string ReadString(ref Utf8JsonReader reader, StringPool? pool)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (pool is null || length > StringPool.MaxPooledLength * 3) return reader.GetString()!;
        Span<char> buffer = stackalloc char[StringPool.MaxPooledLength * 3];
        var written = reader.CopyString(buffer);
        return written <= StringPool.MaxPooledLength ? pool.Get(buffer[..written]) : buffer[..written].ToString();
    }
}
