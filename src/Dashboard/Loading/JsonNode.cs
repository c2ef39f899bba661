using System.Collections.Immutable;

namespace Dashboard.Loading;

/// <summary>The JSON kinds, named as messages name them.</summary>
internal enum JsonKind { Object, Array, String, Number, True, False, Null }

/// <summary>
/// A JSON value that remembers where it starts in the file. System.Text.Json's DOM forgets
/// positions, and every problem we report must point at a line and column.
/// </summary>
internal abstract record JsonNode(JsonKind Kind, int Offset)
{
    public static string Describe(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed record JsonObject(int Offset, ImmutableArray<JsonProperty> Properties) : JsonNode(JsonKind.Object, Offset)
{
    public JsonProperty? Find(string name)
    {
        foreach (var p in Properties)
        {
            if (p.Name == name) return p;
        }
        return null;
    }
}

/// <summary>A property with the offsets of its name and of its value.</summary>
internal sealed record JsonProperty(string Name, int NameOffset, JsonNode Value);

internal sealed record JsonArray(int Offset, ImmutableArray<JsonNode> Items) : JsonNode(JsonKind.Array, Offset);

internal sealed record JsonString(int Offset, string Text) : JsonNode(JsonKind.String, Offset);

/// <summary>
/// A number; NaN when it does not fit a double (e.g. 1e999). <paramref name="Inexact"/> holds the
/// text as written when the double is a different number (9007199254740993 reads as ...992).
/// </summary>
internal sealed record JsonNumber(int Offset, double Number, string? Inexact = null) : JsonNode(JsonKind.Number, Offset);

internal sealed record JsonLiteral(JsonKind LiteralKind, int Offset) : JsonNode(LiteralKind, Offset);
