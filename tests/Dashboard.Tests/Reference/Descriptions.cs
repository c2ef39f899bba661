using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Tests.Reference;

/// <summary>
/// Writes the analysed model and the reference each as one line per figure (a total, a statement,
/// an incident range, an attribution row, a comparison, a headline), in the same words, so that
/// agreement is equality of two sorted lists and a disagreement reads as the lines that differ.
/// </summary>
public static class Descriptions
{
    private static string Ids(IEnumerable<string> ids) => string.Join(",", ids.Order(StringComparer.Ordinal));

    private static string Show(Interval? r) => r?.ToString() ?? "none";

    private static string Number(double n) => n.ToString("R", CultureInfo.InvariantCulture);

    private static Interval Of(FigureRange r) => new(r.Low, r.High) { LowExcluded = r.LowExclusive };

    private static Interval? Of(FigureRange? r) => r is { } x ? Of(x) : null;

    /// <summary>The lines of the reference.</summary>
    public static List<string> Of(ReferenceAnalysis r)
    {
        var lines = new List<string>();
        foreach (var t in r.Totals) lines.Add(Total(t.Group, t.Key, t.Metric, t.Range, t.ClaimIds, t.Documents, t.IndependentDocuments, t.Sources, t.Statements));
        foreach (var s in r.Statements) lines.Add(Statement($"{s.Source}/{s.Metric}/{s.Incident}", s.Range, s.ClaimIds, s.Documents, s.IndependentDocuments));
        foreach (var i in r.IncidentRanges) lines.Add(Incident(i.Incident, i.Metric, i.Range, i.ClaimIds, i.Statements, i.ContainedBy, i.Link));
        foreach (var a in r.Attribution) lines.Add(Attribution(a.ClaimantSide, a.Blamed, a.Metric, a.Range, a.FigureClaimIds, a.MentionClaimIds, a.FigureClaimIds.Concat(a.MentionClaimIds)));
        foreach (var c in r.Comparisons) lines.Add(Comparison(c.Kind, c.Metric, c.First, c.Second, c.FirstRange, c.SecondRange, c.Conflict, c.Gap, c.IfInside, c.IfOutside));
        foreach (var metric in r.Metrics)
        {
            var sides = ReferenceAnalysis.Sides.Select(side => (side, r.TotalOf("side", side, metric))).Where(s => s.Item2 is not null).Select(s => $"{s.side}={s.Item2!.Range}");
            lines.Add(Headline(metric, r.TotalOf("overall", "all", metric)?.Range, sides));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>The lines of the analysed model.</summary>
    public static List<string> Of(AnalysedModel m)
    {
        var lines = new List<string>();
        foreach (var t in m.Totals) lines.Add(Total(t.GroupName, t.Key, t.Metric, Of(t.Range), t.ClaimIds, t.Documents, t.IndependentDocuments, t.Sources, t.Statements));
        foreach (var s in m.Statements) lines.Add(Statement(s.Key.ToString(), Of(s.Range), s.ClaimIds, s.Documents, s.IndependentDocuments));
        foreach (var i in m.IncidentRanges)
            lines.Add(Incident(i.Incident.Id, i.Metric, Of(i.Range), i.ClaimIds, i.Statements.Select(s => s.Key.ToString()), i.ContainedBy, i.Containment));
        foreach (var a in m.Attribution)
        {
            lines.Add(Attribution(a.ClaimantSide.Wire(), a.Blamed.Wire(), a.Metric.Id, Of(a.Total?.Range), a.Total?.ClaimIds ?? [],
                a.MentionIds, a.ClaimIds));
        }
        foreach (var c in m.Comparisons)
        {
            var (first, second) = (c.First, c.Second);
            string kind, a, b;
            if (c.Kind == ComparisonKind.SameIncident)
            {
                kind = "same_incident";
                (a, b) = (Assert.Single(first.Quotations).Statement.Key.ToString(), Assert.Single(second.Quotations).Statement.Key.ToString());
                if (string.CompareOrdinal(a, b) > 0) (a, b, first, second) = (b, a, second, first);
            }
            else
            {
                kind = c.Kind == ComparisonKind.Includes ? "includes" : "may_include";
                (a, b) = (first.Incident.Id, second.Incident.Id);
            }
            lines.Add(Comparison(kind, c.Metric.Id, a, b, Of(first.Range), Of(second.Range), c.Conflict, c.Gap, Of(c.IfInside), Of(c.IfOutside)));
        }
        foreach (var h in m.Headlines)
        {
            lines.Add(Headline(h.Metric.Id, Of(h.Overall?.Range), h.BySide.Select(s => $"{s.Side.Wire()}={Of(s.Total.Range)}")));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Total(string group, string key, string metric, Interval range, IEnumerable<string> ids, int documents, int independent, int sources, int statements) =>
        $"total {group} {key} {metric} {range} claims={Ids(ids)} documents={documents} independent={independent} sources={sources} statements={statements}";

    private static string Statement(string key, Interval? range, IEnumerable<string> ids, IEnumerable<string> documents, int independent) =>
        $"statement {key} {Show(range)} claims={Ids(ids)} documents={Ids(documents)} independent={independent}";

    private static string Incident(string incident, string metric, Interval range, IEnumerable<string> ids, IEnumerable<string> statements, string? parent, string? link) =>
        $"incident {incident} {metric} {range} claims={Ids(ids)} statements={Ids(statements)} in={parent ?? "-"} {link ?? "-"}";

    private static string Attribution(string side, string blamed, string metric, Interval? range, IEnumerable<string> figures, IEnumerable<string> mentions, IEnumerable<string> all) =>
        $"attribution {side} blames {blamed} {metric} {Show(range)} figures={Ids(figures)} mentions={Ids(mentions)} all={Ids(all.Distinct(StringComparer.Ordinal))}";

    private static string Comparison(string kind, string metric, string first, string second, Interval a, Interval b, bool conflict, double gap, Interval? inside, Interval? outside) =>
        $"comparison {kind} {metric} {first} {a} vs {second} {b} conflict={conflict} gap={Number(gap)} inside={Show(inside)} outside={Show(outside)}";

    private static string Headline(string metric, Interval? overall, IEnumerable<string> sides) =>
        $"headline {metric} overall={Show(overall)} {string.Join(" ", sides)}";

    /// <summary>Nothing when the lists agree; otherwise the lines only one of them has.</summary>
    public static string Difference(List<string> reference, List<string> model)
    {
        if (reference.SequenceEqual(model, StringComparer.Ordinal)) return "";
        var onlyReference = reference.Except(model, StringComparer.Ordinal).ToList();
        var onlyModel = model.Except(reference, StringComparer.Ordinal).ToList();
        // Both lists sorted and no line unique to either: one of them repeats a line.
        var counts = $"\n{reference.Count} reference lines, {model.Count} model lines";
        return "reference only:\n  " + string.Join("\n  ", onlyReference) + "\nmodel only:\n  " + string.Join("\n  ", onlyModel) + counts;
    }
}
