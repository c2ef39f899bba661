using System.Collections.Immutable;
using Dashboard.Model;

namespace Dashboard.Loading;

/// <summary>
/// Reads the fields of one JSON object, reporting every missing, mistyped or out-of-vocabulary
/// value instead of stopping at the first, so a curator fixes a file in one pass.
/// </summary>
internal sealed class FieldReader
{
    private readonly JsonObject _obj;
    private readonly string _path;
    private readonly SourceText _text;
    private readonly List<Problem> _problems;

    public FieldReader(JsonObject obj, string path, SourceText text, List<Problem> problems, FieldSet allowed)
    {
        _obj = obj;
        _path = path;
        _text = text;
        _problems = problems;
        foreach (var p in obj.Properties)
        {
            if (!allowed.Contains(p.Name))
            {
                Report(p.NameOffset, $"{_path}.{p.Name}", $"unknown field '{p.Name}' (expected one of: {allowed})");
            }
        }
    }

    public string? RequiredString(string name)
    {
        var value = Get(name, required: true);
        if (value is null) return null;
        if (value is not JsonString s) return Mistyped(name, value, "a string");
        if (string.IsNullOrWhiteSpace(s.Text))
        {
            Report(s.Offset, $"{_path}.{name}", $"'{name}' is empty");
            return null;
        }
        return s.Text;
    }

    /// <summary>A string that may be absent or null (unknown) but is never empty when given.</summary>
    public string? OptionalString(string name)
    {
        var value = Get(name, required: false);
        if (value is null || value.Kind == JsonKind.Null) return null;
        if (value is not JsonString s) return Mistyped(name, value, "a string or null");
        if (string.IsNullOrWhiteSpace(s.Text))
        {
            Report(s.Offset, $"{_path}.{name}", $"'{name}' is empty: write null when it is unknown");
            return null;
        }
        return s.Text;
    }

    /// <summary>A key that must be present, holding a number or null.</summary>
    public (bool Ok, double? Value) NumberOrNull(string name, bool required)
    {
        var value = Get(name, required);
        if (value is null) return (!required, null);
        if (value.Kind == JsonKind.Null) return (true, null);
        if (value is not JsonNumber n)
        {
            Mistyped(name, value, "a number or null");
            return (false, null);
        }
        if (!double.IsFinite(n.Number))
        {
            Report(n.Offset, $"{_path}.{name}", $"'{name}' is too large to be a number");
            return (false, null);
        }
        if (n.Inexact is { } written)
        {
            Report(n.Offset, $"{_path}.{name}", $"'{name}' {written} cannot be held exactly (it would read as {n.Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}): give the figure as the text does, with at most 15 significant digits");
            return (false, null);
        }
        return (true, n.Number);
    }

    public bool? RequiredBool(string name)
    {
        var value = Get(name, required: true);
        if (value is null) return null;
        return value.Kind switch
        {
            JsonKind.True => true,
            JsonKind.False => false,
            _ => Mistyped<bool?>(name, value, "true or false"),
        };
    }

    public T? RequiredVocabulary<T>(string name, IReadOnlyList<(T Value, string Wire)> table) where T : struct
    {
        var text = RequiredString(name);
        if (text is null) return null;
        if (Vocabulary.TryParse(table, text, out var parsed)) return parsed;
        ReportValue(name, $"'{text}' is not a valid {name} (expected one of: {string.Join(", ", table.Select(t => t.Wire))})");
        return null;
    }

    public string? RequiredChoice(string name, IReadOnlyList<string> choices)
    {
        var text = RequiredString(name);
        if (text is null) return null;
        if (choices.Contains(text)) return text;
        ReportValue(name, $"'{text}' is not a valid {name} (expected one of: {string.Join(", ", choices)})");
        return null;
    }

    public ImmutableArray<string> OptionalStringArray(string name)
    {
        var value = Get(name, required: false);
        if (value is null || value.Kind == JsonKind.Null) return [];
        if (value is not JsonArray a)
        {
            Mistyped(name, value, "an array of strings");
            return [];
        }
        var items = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < a.Items.Length; i++)
        {
            if (a.Items[i] is JsonString { Text.Length: > 0 } s) items.Add(s.Text);
            else Report(a.Items[i].Offset, $"{_path}.{name}[{i}]", $"expected an incident id (a non-empty string), found {JsonNode.Describe(a.Items[i].Kind)}");
        }
        return items.ToImmutable();
    }

    /// <summary>
    /// A required array of objects, each read by its own reader with the path of its item
    /// (<c>$.contentions[0].positions[1]</c>); null when the field is missing or not an array.
    /// </summary>
    public List<FieldReader>? RequiredObjectArray(string name, FieldSet allowed)
    {
        var value = Get(name, required: true);
        if (value is null) return null;
        if (value is not JsonArray a)
        {
            Mistyped(name, value, "an array of objects");
            return null;
        }
        var readers = new List<FieldReader>(a.Items.Length);
        for (var i = 0; i < a.Items.Length; i++)
        {
            if (a.Items[i] is JsonObject o) readers.Add(new FieldReader(o, $"{_path}.{name}[{i}]", _text, _problems, allowed));
            else Report(a.Items[i].Offset, $"{_path}.{name}[{i}]", $"expected an object, found {JsonNode.Describe(a.Items[i].Kind)}");
        }
        return readers;
    }

    /// <summary>Reports a problem about the value of field <paramref name="name"/>.</summary>
    public void ReportValue(string name, string message)
    {
        var node = _obj.Find(name);
        Report(node?.Value.Offset ?? _obj.Offset, $"{_path}.{name}", message);
    }

    private JsonNode? Get(string name, bool required)
    {
        var prop = _obj.Find(name);
        if (prop is null && required)
        {
            Report(_obj.Offset, $"{_path}.{name}", $"missing required field '{name}'");
        }
        return prop?.Value;
    }

    private string? Mistyped(string name, JsonNode value, string expected) => Mistyped<string?>(name, value, expected);

    private T? Mistyped<T>(string name, JsonNode value, string expected)
    {
        Report(value.Offset, $"{_path}.{name}", $"'{name}' must be {expected}, found {JsonNode.Describe(value.Kind)}");
        return default;
    }

    private void Report(int offset, string path, string message) => _problems.Add(_text.ProblemAt(offset, path, message));
}
