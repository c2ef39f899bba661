using Dashboard.Model;
using Microsoft.Data.Analysis;

namespace Dashboard.Analysis;

/// <summary>
/// The analysed model as DataFrames, the shape notebooks explore. Ranges are computed by the
/// model; the frames only carry them, with the workbook's column names: <c>low</c>/<c>high</c> are
/// a vague claim's bounds as recorded, <c>range_low</c>/<c>range_high</c> the derived range. An open
/// upper end is a null <c>range_high</c> with <c>open_above</c> true: Microsoft.Data.Analysis 0.23.1
/// skips nulls in Max/Min/Mean of a double column, so the frame's own Max of <c>range_high</c> would
/// turn an open range into a finite one: take ranges from the model (or its <c>open_above</c>
/// column), not from those functions.
/// </summary>
public static class Frames
{
    /// <summary>One row per claim, in dataset order.</summary>
    public static DataFrame ClaimsFrame(this AnalysedModel model)
    {
        var rows = model.Claims;
        return new DataFrame(
            Strings("id", rows.Select(c => c.Claim.Id)),
            Strings("document", rows.Select(c => c.Claim.Document)),
            Strings("source", rows.Select(c => c.Claim.Source)),
            Strings("side", rows.Select(c => c.Side.Wire())),
            Strings("metric", rows.Select(c => c.Claim.Metric)),
            Doubles("value", rows.Select(c => c.Claim.Value)),
            Strings("qualifier", rows.Select(c => c.Claim.Qualifier.Wire())),
            Doubles("low", rows.Select(c => c.Claim.Low)),
            Doubles("high", rows.Select(c => c.Claim.High)),
            Doubles("range_low", rows.Select(c => c.Range?.Low)),
            Doubles("range_high", rows.Select(c => c.Range?.High)),
            new BooleanDataFrameColumn("open_above", rows.Select(c => c.Range?.IsOpen)),
            Strings("affected", rows.Select(c => c.Claim.Affected.Wire())),
            Strings("incident", rows.Select(c => c.Claim.Incident)),
            Strings("blames", rows.Select(c => c.Claim.Blames.Wire())),
            Strings("statement", rows.Select(c => c.Statement.ToString())),
            new Int32DataFrameColumn("corroboration", rows.Select(model.CorroborationOf)),
            new Int32DataFrameColumn("independent_documents", rows.Select(c => model.StatementOf(c).IndependentDocuments)),
            Strings("evidence", rows.Select(c => c.Claim.Evidence)),
            Strings("evidence_en", rows.Select(c => c.Claim.EvidenceEn)));
    }

    /// <summary>One row per total, in the model's order; <paramref name="group"/> restricts to one kind.</summary>
    public static DataFrame TotalsFrame(this AnalysedModel model, GroupKind? group = null)
    {
        var rows = model.Totals.Where(t => group is null || t.Group == group).ToList();
        return new DataFrame(
            Strings("group", rows.Select(t => t.GroupName)),
            Strings("key", rows.Select(t => t.Key)),
            Strings("metric", rows.Select(t => t.Metric)),
            Doubles("range_low", rows.Select(t => (double?)t.Range.Low)),
            Doubles("range_high", rows.Select(t => t.Range.High)),
            new BooleanDataFrameColumn("open_above", rows.Select(t => t.Range.IsOpen)),
            Strings("display", rows.Select(t => t.Range.Format(model.Dataset.Metrics.First(m => m.Id == t.Metric).Unit))),
            new Int32DataFrameColumn("documents", rows.Select(t => t.Documents)),
            new Int32DataFrameColumn("independent_documents", rows.Select(t => t.IndependentDocuments)),
            new Int32DataFrameColumn("sources", rows.Select(t => t.Sources)),
            Strings("claims", rows.Select(t => string.Join(' ', t.ClaimIds))));
    }

    /// <summary>
    /// Harm each side's sources blame on whom, one row per (claimant side, blamed, metric): the
    /// same rows as the report's attribution table and aggregates.json.
    /// </summary>
    public static DataFrame AttributionFrame(this AnalysedModel model, Rendering.Words.Words? words = null)
    {
        words ??= Rendering.Words.Words.English;
        var rows = model.Attribution;
        return new DataFrame(
            Strings("claimant_side", rows.Select(r => r.ClaimantSide.Wire())),
            Strings("blamed", rows.Select(r => r.Blamed.Wire())),
            Strings("metric", rows.Select(r => r.Metric.Id)),
            Doubles("range_low", rows.Select(r => r.Total?.Range.Low)),
            Doubles("range_high", rows.Select(r => r.Total?.Range.High)),
            Strings("display", rows.Select(r => r.Total?.Range.Format(r.Metric.Unit) ?? words.MentionedNoFigure)),
            Strings("reading", rows.Select(r => words.Blames(r.ClaimantSide, r.Blamed))),
            Strings("claims", rows.Select(r => string.Join(' ', r.ClaimIds))));
    }

    /// <summary>Figures about the same people, compared, with the sentence the report prints for each.</summary>
    public static DataFrame ComparisonsFrame(this AnalysedModel model, Rendering.Words.Words? words = null)
    {
        words ??= Rendering.Words.Words.English;
        var rows = model.Comparisons;
        return new DataFrame(
            Strings("metric", rows.Select(c => c.Metric.Id)),
            Strings("kind", rows.Select(c => c.Kind.Wire())),
            Strings("first", rows.Select(c => c.First.Incident.Id)),
            Strings("first_figure", rows.Select(c => c.First.Range.Format(c.Metric.Unit))),
            Strings("second", rows.Select(c => c.Second.Incident.Id)),
            Strings("second_figure", rows.Select(c => c.Second.Range.Format(c.Metric.Unit))),
            new BooleanDataFrameColumn("conflict", rows.Select(c => c.Conflict)),
            Strings("reading", rows.Select(words.Compared)));
    }

    /// <summary>Every position on every contention: the question, who answers, on which side, how, in which words.</summary>
    public static DataFrame ContentionsFrame(this AnalysedModel model)
    {
        var rows = model.Contentions.SelectMany(c => c.Positions.Select(p => (c, p))).ToList();
        return new DataFrame(
            Strings("contention", rows.Select(r => r.c.Contention.Id)),
            Strings("question", rows.Select(r => r.c.Contention.Question)),
            Strings("side", rows.Select(r => r.p.Side.Wire())),
            Strings("source", rows.Select(r => r.p.Source.Id)),
            Strings("stance", rows.Select(r => r.p.Position.Stance.Wire())),
            Strings("document", rows.Select(r => r.p.Document.Id)),
            Strings("evidence", rows.Select(r => r.p.Position.Evidence)),
            Strings("evidence_en", rows.Select(r => r.p.Position.EvidenceEn)));
    }

    private static StringDataFrameColumn Strings(string name, IEnumerable<string> values) => new(name, values);

    private static DoubleDataFrameColumn Doubles(string name, IEnumerable<double?> values) => new(name, values);
}
