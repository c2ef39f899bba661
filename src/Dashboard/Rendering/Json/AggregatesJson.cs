using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Json;

/// <summary>
/// <c>aggregates.json</c>: provenance, the headline per metric and every total with the claims it
/// came from. A contract for other tools: key order and row order are fixed, so the same input
/// gives the same bytes.
/// </summary>
public sealed class AggregatesJson(EditionDiff? changes = null) : IOutput
{
    private const int FlushAt = 1 << 16;

    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "aggregates.json";

    /// <inheritdoc />
    public string RelativePath => FileName;

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        // Relaxed escaping keeps Arabic readable in the file; it is never embedded in HTML.
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteStartObject("provenance");
        w.WriteString("input", model.Input.Name);
        w.WriteString("sha256", model.Input.Sha256);
        w.WriteString("generator", "Dashboard");
        w.WriteString("generator_version", Provenance.GeneratorVersion);
        if (model.Dataset.Edition is { } edition) w.WriteString("edition", edition);
        else w.WriteNull("edition");
        if (changes is not null)
        {
            // Only when asked to compare: without --previous the file says nothing of other editions.
            w.WriteStartObject("previous");
            w.WriteString("input", changes.Previous.Name);
            w.WriteString("sha256", changes.Previous.Sha256);
            if (changes.PreviousEdition is { } e) w.WriteString("edition", e);
            else w.WriteNull("edition");
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteString("title", model.Dataset.Title);

        w.WriteStartArray("headlines");
        foreach (var h in model.Headlines)
        {
            w.WriteStartObject();
            w.WriteString("metric", h.Metric.Id);
            w.WriteString("label", h.Metric.Label);
            w.WriteString("unit", h.Metric.Unit.Wire());
            w.WriteBoolean("additive", h.Metric.Additive);
            w.WritePropertyName("overall");
            WriteFigure(w, h.Overall, h.Metric.Unit);
            w.WriteStartObject("by_side");
            foreach (var (side, wire) in Vocabulary.Sides)
            {
                w.WritePropertyName(wire);
                WriteFigure(w, h.For(side), h.Metric.Unit);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("totals");
        foreach (var t in model.Totals)
        {
            w.WriteStartObject();
            w.WriteString("group", t.GroupName);
            w.WriteString("key", t.Key);
            w.WriteString("metric", t.Metric);
            RangeJson.WriteFields(w, t.Range);
            w.WriteNumber("documents", t.Documents);
            w.WriteNumber("independent_documents", t.IndependentDocuments);
            w.WriteNumber("sources", t.Sources);
            w.WriteNumber("statements", t.Statements);
            w.WriteStartArray("claims");
            var ids = t.ClaimIds;
            for (var i = 0; i < ids.Count; i++)
            {
                w.WriteStringValue(ids[i]);
                // The writer keeps everything until flushed: hand it to the stream as it goes, so
                // a million claims' ids are never held twice in memory.
                if (w.BytesPending > FlushAt) w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, Total? total, Unit unit)
    {
        if (total is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        RangeJson.WriteFields(w, total.Range);
        w.WriteString("display", total.Range.Format(unit));
        w.WriteNumber("sources", total.Sources);
        w.WriteNumber("documents", total.Documents);
        w.WriteNumber("independent_documents", total.IndependentDocuments);
        w.WriteNumber("claims", total.ClaimIds.Count);
        w.WriteEndObject();
    }

}
