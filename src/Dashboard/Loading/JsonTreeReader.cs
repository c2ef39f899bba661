using System.Collections.Immutable;
using System.Globalization;
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
    public static JsonNode Read(ref Utf8JsonReader reader, int baseOffset, Action<JsonProperty> onDuplicate)
    {
        var offset = baseOffset + (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var props = ImmutableArray.CreateBuilder<JsonProperty>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameOffset = baseOffset + (int)reader.TokenStartIndex;
                    var name = reader.GetString()!;
                    reader.Read();
                    var value = Read(ref reader, baseOffset, onDuplicate);
                    var prop = new JsonProperty(name, nameOffset, value);
                    if (!seen.Add(name)) onDuplicate(prop);
                    else props.Add(prop);
                }
                return new JsonObject(offset, props.ToImmutable());
            }
            case JsonTokenType.StartArray:
            {
                var items = ImmutableArray.CreateBuilder<JsonNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader, baseOffset, onDuplicate));
                }
                return new JsonArray(offset, items.ToImmutable());
            }
            case JsonTokenType.String:
                return new JsonString(offset, reader.GetString()!);
            case JsonTokenType.Number:
            {
                var text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                return new JsonNumber(offset, number, text);
            }
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
}
