using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel.Sheets;

namespace Dashboard.Rendering.Json;

/// <summary><c>diff --json FILE</c>: the comparison as a machine-readable document, in the console's order.</summary>
public static class DiffJson
{
    /// <summary>Writes <paramref name="diff"/>.</summary>
    public static void Write(EditionDiff diff, AnalysedModel current, Stream stream)
    {
        var units = current.Dataset.Metrics.ToDictionary(m => m.Id, m => m.Unit, StringComparer.Ordinal);
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
            Figure(w, "before", h.Before, units.GetValueOrDefault(h.Metric.Id, h.Metric.Unit));
            Figure(w, "after", h.After, units.GetValueOrDefault(h.Metric.Id, h.Metric.Unit));
            Strings(w, "moved_by", h.MovedBy);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("claims");
        Claims(w, "added", diff.ClaimsAdded);
        Claims(w, "removed", diff.ClaimsRemoved);
        w.WriteStartArray("changed");
        foreach (var c in diff.ClaimsChanged) Record(w, c.Id, c.Fields);
        w.WriteEndArray();
        w.WriteEndObject();
        Pair(w, "documents", diff.DocumentsAdded, diff.DocumentsRemoved);
        Pair(w, "sources", diff.SourcesAdded, diff.SourcesRemoved);
        w.WriteStartObject("incidents");
        Strings(w, "added", diff.IncidentsAdded);
        Strings(w, "removed", diff.IncidentsRemoved);
        w.WriteStartArray("changed");
        foreach (var i in diff.IncidentsChanged) Record(w, i.Id, i.Fields);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("totals");
        foreach (var t in diff.Totals)
        {
            w.WriteStartObject();
            w.WriteString("group", t.Group.ToString().ToLowerInvariant());
            w.WriteString("key", t.Key);
            w.WriteString("metric", t.Metric);
            Figure(w, "before", t.Before, units.GetValueOrDefault(t.Metric, Model.Unit.People));
            Figure(w, "after", t.After, units.GetValueOrDefault(t.Metric, Model.Unit.People));
            Strings(w, "moved_by", t.MovedBy);
            Strings(w, "incidents", t.Incidents);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
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
        w.WriteNumber("range_low", r.Low);
        if (r.High is { } high) w.WriteNumber("range_high", high);
        else w.WriteNull("range_high");
        w.WriteBoolean("open_above", r.IsOpen);
        w.WriteString("display", r.Format(unit));
        w.WriteEndObject();
    }

    private static void Claims(Utf8JsonWriter w, string name, IReadOnlyList<Model.Claim> claims)
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
            w.WriteString("summary", ChangesSheet.Summary(c));
            w.WriteEndObject();
        }
        w.WriteEndArray();
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

    private static void Pair(Utf8JsonWriter w, string name, IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        w.WriteStartObject(name);
        Strings(w, "added", added);
        Strings(w, "removed", removed);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
