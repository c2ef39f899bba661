using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel.Sheets;

namespace Dashboard.Rendering.Json;

/// <summary><c>diff --json FILE</c>: the comparison as a machine-readable document, in the console's order.</summary>
public static class DiffJson
{
    /// <summary>Writes <paramref name="diff"/>.</summary>
    public static void Write(EditionDiff diff, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        Edition(w, "previous", diff.Previous, diff.PreviousEdition);
        Edition(w, "current", diff.Current, diff.CurrentEdition);
        w.WriteBoolean("changed", !diff.IsEmpty);
        w.WriteStartArray("headlines");
        foreach (var h in diff.Headlines)
        {
            w.WriteStartObject();
            w.WriteString("metric", h.Metric.Id);
            if (h.Side is { } side) w.WriteString("side", Model.Vocabulary.Wire(side));
            else w.WriteNull("side");
            Figure(w, "before", h.Before, h.Metric.Unit);
            Figure(w, "after", h.After, h.Metric.Unit);
            Strings(w, "moved_by", h.MovedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        Records(w, "claims", () => Claims(w, "added", diff, diff.ClaimsAdded), () => Claims(w, "removed", diff, diff.ClaimsRemoved),
            diff.ClaimsChanged.Select(c => (c.Id, c.Fields)));
        Records(w, "documents", () => Strings(w, "added", diff.DocumentsAdded), () => Strings(w, "removed", diff.DocumentsRemoved));
        Records(w, "sources", () => Strings(w, "added", diff.SourcesAdded), () => Strings(w, "removed", diff.SourcesRemoved));
        Records(w, "incidents", () => Strings(w, "added", diff.IncidentsAdded), () => Strings(w, "removed", diff.IncidentsRemoved),
            diff.IncidentsChanged.Select(i => (i.Id, i.Fields)));
        w.WriteStartArray("totals");
        foreach (var t in diff.Totals)
        {
            w.WriteStartObject();
            w.WriteString("group", t.GroupName);
            w.WriteString("key", t.Key);
            w.WriteString("metric", t.Metric);
            Figure(w, "before", t.Before, diff.UnitOf(t.Metric));
            Figure(w, "after", t.After, diff.UnitOf(t.Metric));
            Strings(w, "moved_by", t.MovedBy);
            Strings(w, "incidents", t.Incidents);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// True when <paramref name="stream"/> starts as every comparison written by <see cref="Write"/>
    /// does: the previous and current editions (input, sha256, edition), then "changed". Lets
    /// <c>diff --json</c> replace its own earlier output but no other file.
    /// </summary>
    public static bool IsComparison(Stream stream)
    {
        var t = Output.JsonStart.Tokens(stream, 21);
        bool Name(int i, string name) => t.Count > i && t[i].Kind == JsonTokenType.PropertyName && t[i].Text == name;
        bool Is(int i, params JsonTokenType[] kinds) => t.Count > i && kinds.Contains(t[i].Kind);
        bool EditionAt(int i, string name) => Name(i, name) && Is(i + 1, JsonTokenType.StartObject) && Name(i + 2, "input") && Is(i + 3, JsonTokenType.String)
            && Name(i + 4, "sha256") && Is(i + 5, JsonTokenType.String) && Name(i + 6, "edition") && Is(i + 7, JsonTokenType.String, JsonTokenType.Null)
            && Is(i + 8, JsonTokenType.EndObject);
        return Is(0, JsonTokenType.StartObject) && EditionAt(1, "previous") && EditionAt(10, "current") && Name(19, "changed") && Is(20, JsonTokenType.True, JsonTokenType.False);
    }

    private static void Edition(Utf8JsonWriter w, string name, Loading.InputFile input, string? edition)
    {
        w.WriteStartObject(name);
        w.WriteString("input", input.Name);
        w.WriteString("sha256", input.Sha256);
        if (edition is null) w.WriteNull("edition");
        else w.WriteString("edition", edition);
        w.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter w, string name, FigureRange? range, Model.Unit unit)
    {
        if (range is not { } r)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        RangeJson.WriteFields(w, r);
        w.WriteString("display", r.Format(unit));
        w.WriteEndObject();
    }

    private static void Claims(Utf8JsonWriter w, string name, EditionDiff diff, IReadOnlyList<Model.Claim> claims)
    {
        w.WriteStartArray(name);
        foreach (var c in claims)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            foreach (var (field, value) in EditionDiff.FieldsOf(c))
            {
                if (value is null) w.WriteNull(field);
                else w.WriteString(field, value);
            }
            w.WriteString("summary", ChangesSheet.Summary(c, diff.UnitOf(c.Metric)));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>One kind of record: what was added and removed, and for records compared field by field, what changed.</summary>
    private static void Records(Utf8JsonWriter w, string name, Action added, Action removed, IEnumerable<(string Id, IReadOnlyList<FieldChange> Fields)>? changed = null)
    {
        w.WriteStartObject(name);
        added();
        removed();
        if (changed is not null)
        {
            w.WriteStartArray("changed");
            foreach (var (id, fields) in changed) Record(w, id, fields);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void Record(Utf8JsonWriter w, string id, IReadOnlyList<FieldChange> fields)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartArray("fields");
        foreach (var f in fields)
        {
            w.WriteStartObject();
            w.WriteString("field", f.Field);
            if (f.Before is null) w.WriteNull("before"); else w.WriteString("before", f.Before);
            if (f.After is null) w.WriteNull("after"); else w.WriteString("after", f.After);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
