using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Tests.Reference;

/// <summary>
/// Writes the analysed model and the reference each as one line per figure (a statement, an
/// incident range, a total, a headline, an attribution row, a comparison, a claim, the mentions and
/// the counts per source and document), section by section in the order the model documents for
/// each list, in the same words: agreement is equality of the two lists, order included, and a
/// disagreement reads as the lines that differ. Lists the model documents as sorted by id are
/// written as the model gives them; the reference sorts its own.
/// </summary>
public static class Descriptions
{
    private static string Ids(IEnumerable<string> ids) => string.Join(",", ids);

    private static string Sorted(IEnumerable<string> ids) => Ids(ids.Order(StringComparer.Ordinal));

    private static string Show(Interval? r) => r?.ToString() ?? "none";

    private static string Number(double n) => n.ToString("R", CultureInfo.InvariantCulture);

    private static Interval Of(FigureRange r) => new(r.Low, r.High) { LowExcluded = r.LowExclusive };

    private static Interval? Of(FigureRange? r) => r is { } x ? Of(x) : null;

    /// <summary>The lines of the reference.</summary>
    public static List<string> Of(ReferenceAnalysis r)
    {
        var lines = new List<string>();
        foreach (var s in r.Statements) lines.Add(Statement(s.Key, s.Range, s.ClaimIds, s.Documents, s.IndependentDocuments, s.Quoted.Id, s.Quoted.Document));
        foreach (var i in r.IncidentRanges) lines.Add(Incident(i.Incident, i.Metric, i.Range, i.ClaimIds, i.Statements, i.ContainedBy, i.Link));
        foreach (var t in r.Totals) lines.Add(Total(t.Group, t.Key, t.Metric, t.Range, t.ClaimIds, t.Documents, t.IndependentDocuments, t.Sources, t.Statements));
        foreach (var metric in r.Metrics)
        {
            var sides = ReferenceAnalysis.Sides.Select(side => (side, r.TotalOf("side", side, metric))).Where(s => s.Item2 is not null).Select(s => $"{s.side}={s.Item2!.Range}");
            lines.Add(Headline(metric, r.TotalOf("overall", "all", metric)?.Range, sides));
        }
        foreach (var a in r.Attribution)
        {
            lines.Add(Attribution(a.ClaimantSide, a.Blamed, a.Metric, a.Range, a.FigureClaimIds, a.MentionClaimIds,
                a.FigureClaimIds.Concat(a.MentionClaimIds).Order(StringComparer.Ordinal), a.FigureQuotes, a.MentionQuotes));
        }
        foreach (var c in r.Comparisons) lines.Add(Comparison(c.Kind, c.Metric, c.First, c.Second, c.FirstRange, c.SecondRange, c.Conflict, c.Gap, c.IfInside, c.IfOutside, c.FirstQuotes, c.SecondQuotes));
        foreach (var c in r.Claims) lines.Add(Claim(c.Id, c.Range, $"{c.Source}/{c.Metric}/{c.Incident}", c.Side));
        lines.Add("mentions " + Ids(r.Claims.Where(c => c.Range is null).Select(c => c.Id)));
        lines.Add("claims per source " + Ids(r.ClaimsPerSource.Select(kv => $"{kv.Key}={kv.Value}")));
        lines.Add("claims per document " + Ids(r.ClaimsPerDocument.Select(kv => $"{kv.Key}={kv.Value}")));
        lines.Add("claims per incident " + Ids(r.ClaimsPerIncident.Select(kv => $"{kv.Key}={kv.Value}")));
        return lines;
    }

    /// <summary>The lines of the analysed model.</summary>
    public static List<string> Of(AnalysedModel m)
    {
        var lines = new List<string>();
        foreach (var s in m.Statements)
        {
            var q = m.QuotationOf(s);
            lines.Add(Statement(s.Key.ToString(), Of(s.Range), s.ClaimIds, s.Documents, s.IndependentDocuments, q.Claim.Claim.Id, q.Document.Id));
        }
        foreach (var i in m.IncidentRanges)
            lines.Add(Incident(i.Incident.Id, i.Metric, Of(i.Range), i.ClaimIds, i.Statements.Select(s => s.Key.ToString()), i.ContainedBy, i.Containment));
        foreach (var t in m.Totals) lines.Add(Total(t.GroupName, t.Key, t.Metric, Of(t.Range), t.ClaimIds, t.Documents, t.IndependentDocuments, t.Sources, t.Statements));
        foreach (var h in m.Headlines)
        {
            lines.Add(Headline(h.Metric.Id, Of(h.Overall?.Range), h.BySide.Select(s => $"{s.Side.Wire()}={Of(s.Total.Range)}")));
        }
        foreach (var a in m.Attribution)
        {
            lines.Add(Attribution(a.ClaimantSide.Wire(), a.Blamed.Wire(), a.Metric.Id, Of(a.Total?.Range), a.Total?.ClaimIds ?? [], a.MentionIds, a.ClaimIds,
                a.Quotations.Select(q => q.Claim.Claim.Id), a.Mentions.Select(q => q.Claim.Claim.Id)));
        }
        foreach (var c in m.Comparisons)
        {
            var (kind, first, second) = c.Kind switch
            {
                ComparisonKind.SameIncident => ("same_incident", Assert.Single(c.First.Quotations).Statement.Key.ToString(), Assert.Single(c.Second.Quotations).Statement.Key.ToString()),
                ComparisonKind.Includes => ("includes", c.First.Incident.Id, c.Second.Incident.Id),
                _ => ("may_include", c.First.Incident.Id, c.Second.Incident.Id),
            };
            lines.Add(Comparison(kind, c.Metric.Id, first, second, Of(c.First.Range), Of(c.Second.Range), c.Conflict, c.Gap, Of(c.IfInside), Of(c.IfOutside),
                c.First.Quotations.Select(q => q.Claim.Claim.Id), c.Second.Quotations.Select(q => q.Claim.Claim.Id)));
        }
        foreach (var c in m.Claims) lines.Add(Claim(c.Claim.Id, Of(c.Range), c.Statement.ToString(), c.Side.Wire()));
        lines.Add("mentions " + Ids(m.Mentions.Select(c => c.Claim.Id)));
        lines.Add("claims per source " + Ids(m.ClaimsPerSource.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")));
        lines.Add("claims per document " + Ids(m.ClaimsPerDocument.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")));
        lines.Add("claims per incident " + Ids(m.ClaimsPerIncident.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")));
        return lines;
    }

    private static string Statement(string key, Interval? range, IEnumerable<string> ids, IEnumerable<string> documents, int independent, string quoted, string quotedFrom) =>
        $"statement {key} {Show(range)} claims={Ids(ids)} documents={Ids(documents)} independent={independent} quoted={quoted}@{quotedFrom}";

    private static string Incident(string incident, string metric, Interval range, IEnumerable<string> ids, IEnumerable<string> statements, string? parent, string? link) =>
        $"incident {incident} {metric} {range} claims={Ids(ids)} statements={Sorted(statements)} in={parent ?? "-"} {link ?? "-"}";

    private static string Total(string group, string key, string metric, Interval range, IEnumerable<string> ids, int documents, int independent, int sources, int statements) =>
        $"total {group} {key} {metric} {range} claims={Ids(ids)} documents={documents} independent={independent} sources={sources} statements={statements}";

    private static string Headline(string metric, Interval? overall, IEnumerable<string> sides) =>
        $"headline {metric} overall={Show(overall)} {string.Join(" ", sides)}";

    private static string Attribution(string side, string blamed, string metric, Interval? range, IEnumerable<string> figures, IEnumerable<string> mentions, IEnumerable<string> all,
        IEnumerable<string> figureQuotes, IEnumerable<string> mentionQuotes) =>
        $"attribution {side} blames {blamed} {metric} {Show(range)} figures={Ids(figures)} mentions={Ids(mentions)} all={Ids(all)} quoted={Ids(figureQuotes)} mentions-quoted={Ids(mentionQuotes)}";

    private static string Comparison(string kind, string metric, string first, string second, Interval a, Interval b, bool conflict, double gap, Interval? inside, Interval? outside,
        IEnumerable<string> firstQuotes, IEnumerable<string> secondQuotes) =>
        $"comparison {kind} {metric} {first} {a} vs {second} {b} conflict={conflict} gap={Number(gap)} inside={Show(inside)} outside={Show(outside)} quoted={Ids(firstQuotes)} vs {Ids(secondQuotes)}";

    private static string Claim(string id, Interval? range, string statement, string side) =>
        $"claim {id} {Show(range)} {statement} {side}";

    /// <summary>Nothing when the lists agree, order included; otherwise the lines only one of them has, or where the order parts.</summary>
    public static string Difference(List<string> reference, List<string> model)
    {
        if (reference.SequenceEqual(model, StringComparer.Ordinal)) return "";
        var onlyReference = reference.Except(model, StringComparer.Ordinal).ToList();
        var onlyModel = model.Except(reference, StringComparer.Ordinal).ToList();
        if (onlyReference.Count == 0 && onlyModel.Count == 0)
        {
            var at = Enumerable.Range(0, Math.Min(reference.Count, model.Count)).FirstOrDefault(i => reference[i] != model[i], Math.Min(reference.Count, model.Count));
            return $"the same lines, in another order or repeated ({reference.Count} reference lines, {model.Count} model lines); first difference at line {at}:\n  reference: "
                + (at < reference.Count ? reference[at] : "(end)") + "\n  model:     " + (at < model.Count ? model[at] : "(end)");
        }
        return "reference only:\n  " + string.Join("\n  ", onlyReference) + "\nmodel only:\n  " + string.Join("\n  ", onlyModel);
    }
}
