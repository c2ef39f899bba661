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
            WriteIds(w, "claims", t.ClaimIds);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteAttribution(w, model);
        WriteComparisons(w, model);
        WriteContentions(w, model);
        w.WriteEndObject();
    }

    /// <summary>Harm each side's sources blame on whom: one row per claimant side, blamed and metric.</summary>
    private static void WriteAttribution(Utf8JsonWriter w, AnalysedModel model)
    {
        w.WriteStartArray("attribution");
        foreach (var row in model.Attribution)
        {
            w.WriteStartObject();
            w.WriteString("claimant_side", row.ClaimantSide.Wire());
            w.WriteString("blamed", row.Blamed.Wire());
            w.WriteString("metric", row.Metric.Id);
            if (row.Total is { } t)
            {
                RangeJson.WriteFields(w, t.Range);
                w.WriteString("display", t.Range.Format(row.Metric.Unit));
            }
            else
            {
                // Only mentions, no figure: nothing to total, and an open range would be a false "0+".
                w.WriteNull("range_low");
                w.WriteNull("range_high");
                w.WriteNull("open_above");
                w.WriteString("display", Words.Words.English.MentionedNoFigure);
            }
            WriteIds(w, "claims", row.Total?.ClaimIds ?? []);
            WriteIds(w, "mentions", row.MentionIds);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Figures about the same people, compared: which incidents, why, and whether they conflict.</summary>
    private static void WriteComparisons(Utf8JsonWriter w, AnalysedModel model)
    {
        w.WriteStartArray("comparisons");
        foreach (var c in model.Comparisons)
        {
            w.WriteStartObject();
            w.WriteString("metric", c.Metric.Id);
            w.WriteString("kind", c.Kind.Wire());
            Side(w, "first", c.First, c.Metric.Unit);
            Side(w, "second", c.Second, c.Metric.Unit);
            w.WriteBoolean("conflict", c.Conflict);
            w.WriteNumber("gap", c.Gap);
            if (c.IfInside is { } inside) w.WriteString("if_inside", inside.Format(c.Metric.Unit));
            else w.WriteNull("if_inside");
            if (c.IfOutside is { } outside) w.WriteString("if_outside", outside.Format(c.Metric.Unit));
            else w.WriteNull("if_outside");
            w.WriteEndObject();
        }
        w.WriteEndArray();

        static void Side(Utf8JsonWriter w, string name, ComparedFigure f, Unit unit)
        {
            w.WriteStartObject(name);
            w.WriteString("incident", f.Incident.Id);
            RangeJson.WriteFields(w, f.Range);
            w.WriteString("display", f.Range.Format(unit));
            WriteIds(w, "claims", f.ClaimIds);
            w.WriteEndObject();
        }
    }

    /// <summary>
    /// A list of claim ids. The writer keeps everything until flushed: hand it to the stream as it
    /// goes, so a million claims' ids are never held twice in memory.
    /// </summary>
    private static void WriteIds(Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
            if (w.BytesPending > FlushAt) w.Flush();
        }
        w.WriteEndArray();
    }

    /// <summary>What the sides contest, each position with its source's side.</summary>
    private static void WriteContentions(Utf8JsonWriter w, AnalysedModel model)
    {
        w.WriteStartArray("contentions");
        foreach (var c in model.Contentions)
        {
            w.WriteStartObject();
            w.WriteString("id", c.Contention.Id);
            w.WriteString("question", c.Contention.Question);
            w.WriteString("question_ar", c.Contention.QuestionAr);
            w.WriteBoolean("one_sided", c.OneSided);
            w.WriteStartArray("positions");
            foreach (var p in c.Positions)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Position.Id);
                w.WriteString("source", p.Source.Id);
                w.WriteString("side", p.Side.Wire());
                w.WriteString("document", p.Document.Id);
                w.WriteString("stance", p.Position.Stance.Wire());
                w.WriteString("evidence", p.Position.Evidence);
                w.WriteString("evidence_en", p.Position.EvidenceEn);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
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
