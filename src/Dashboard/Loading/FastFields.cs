using System.Collections.Immutable;
using System.Text.Json;

namespace Dashboard.Loading;

/// <summary>
/// Field readers for the fast record binders: each takes the value the reader is on and says
/// whether it is what a well-formed record holds there. False sends the record to the careful
/// path, which reports the problem; nothing here reports anything.
/// </summary>
internal static class FastFields
{
    /// <summary>What <see cref="NextField{TNames}"/> gives at the record's closing brace.</summary>
    public const int EndOfRecord = -1;

    /// <summary>What it gives for what the careful path must see: an unknown, escaped or repeated key.</summary>
    public const int NotFast = -2;

    /// <summary>
    /// Moves the reader onto the next field's value and gives that field's number (from
    /// <typeparamref name="TNames"/>), or <see cref="EndOfRecord"/>, or <see cref="NotFast"/>.
    /// <paramref name="seen"/> collects the numbers given, one bit each.
    /// </summary>
    public static int NextField<TNames>(ref Utf8JsonReader r, ref int seen) where TNames : IFieldNames
    {
        if (!r.Read()) return NotFast;
        if (r.TokenType == JsonTokenType.EndObject) return EndOfRecord;
        if (r.TokenType != JsonTokenType.PropertyName || r.ValueIsEscaped) return NotFast;
        var field = TNames.NumberOf(r.ValueSpan);
        if (field < 0 || (seen & (1 << field)) != 0 || !r.Read()) return NotFast;
        seen |= 1 << field;
        return field;
    }

    /// <summary>A required string: present, a string, not blank.</summary>
    public static bool Text(ref Utf8JsonReader r, StringPool? pool, out string? text)
    {
        text = null;
        if (r.TokenType != JsonTokenType.String) return false;
        text = JsonTreeReader.ReadString(ref r, pool);
        return !string.IsNullOrWhiteSpace(text);
    }

    /// <summary>An optional string: null, or a string that is not blank.</summary>
    public static bool OptionalText(ref Utf8JsonReader r, StringPool? pool, out string? text)
    {
        text = null;
        return r.TokenType == JsonTokenType.Null || Text(ref r, pool, out text);
    }

    /// <summary>A number a double holds exactly, or null.</summary>
    public static bool Number(ref Utf8JsonReader r, out double? number)
    {
        number = null;
        if (r.TokenType == JsonTokenType.Null) return true;
        if (r.TokenType != JsonTokenType.Number || !r.TryGetDouble(out var d) || !double.IsFinite(d) || !NumberText.IsExactly(r.ValueSpan, d)) return false;
        number = d;
        return true;
    }

    /// <summary>A vocabulary word, compared on its UTF-8 bytes (the words are ASCII): no string is made.</summary>
    public static bool Word<T>(ref Utf8JsonReader r, IReadOnlyList<(T Value, string Wire)> table, out T value) where T : struct
    {
        value = default;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence) return false;
        var bytes = r.ValueSpan;
        foreach (var (candidate, wire) in table)
        {
            if (System.Text.Ascii.Equals(bytes, wire))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Null (none) or an array of non-empty strings, as <see cref="FieldReader.OptionalStringArray"/>
    /// accepts them; the reader ends on the array's closing bracket.
    /// </summary>
    public static bool Strings(ref Utf8JsonReader r, StringPool pool, out ImmutableArray<string> items)
    {
        items = [];
        if (r.TokenType == JsonTokenType.Null) return true;
        if (r.TokenType != JsonTokenType.StartArray) return false;
        var builder = ImmutableArray.CreateBuilder<string>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
        {
            if (r.TokenType != JsonTokenType.String) return false;
            var item = JsonTreeReader.ReadString(ref r, pool);
            if (item.Length == 0) return false;
            builder.Add(item);
        }
        items = builder.ToImmutable();
        return true;
    }
}

/// <summary>A record's field names, numbered from 0 to at most 30 (-1 for a name it does not have).</summary>
internal interface IFieldNames
{
    /// <summary>The number of the field called <paramref name="name"/> (UTF-8, unescaped), or -1.</summary>
    static abstract int NumberOf(ReadOnlySpan<byte> name);
}
