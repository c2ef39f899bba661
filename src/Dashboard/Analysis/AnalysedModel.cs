using System.Collections.Immutable;
using Dashboard.Loading;
using Dashboard.Model;
using Dashboard.Validation;

namespace Dashboard.Analysis;

/// <summary>
/// Everything the outputs show, computed once from a validated dataset. Renderers read this and
/// never recompute a figure.
/// </summary>
public sealed class AnalysedModel
{
    private AnalysedModel(Dataset dataset, InputFile input, ImmutableArray<AnalysedClaim> claims, ImmutableArray<Statement> statements,
        ImmutableArray<IncidentRange> incidentRanges, ImmutableArray<Total> totals, ImmutableArray<Headline> headlines)
    {
        Dataset = dataset;
        Input = input;
        Claims = claims;
        Statements = statements;
        IncidentRanges = incidentRanges;
        Totals = totals;
        Headlines = headlines;
    }

    /// <summary>The dataset analysed.</summary>
    public Dataset Dataset { get; }

    /// <summary>The file it came from.</summary>
    public InputFile Input { get; }

    /// <summary>Every claim with its derived range and side, in dataset order.</summary>
    public ImmutableArray<AnalysedClaim> Claims { get; }

    /// <summary>Statements, sorted by metric order, then source, then incident.</summary>
    public ImmutableArray<Statement> Statements { get; }

    /// <summary>Per incident and metric, the range its statements give.</summary>
    public ImmutableArray<IncidentRange> IncidentRanges { get; }

    /// <summary>Totals per metric for every group, in a stable order (group kind, key, metric).</summary>
    public ImmutableArray<Total> Totals { get; }

    /// <summary>One headline per metric, in metric order.</summary>
    public ImmutableArray<Headline> Headlines { get; }

    /// <summary>The totals of one kind of group.</summary>
    public IEnumerable<Total> TotalsOf(GroupKind group) => Totals.Where(t => t.Group == group);

    /// <summary>Analyses <paramref name="validated"/>.</summary>
    public static AnalysedModel Build(ValidatedDataset validated)
    {
        var dataset = validated.Dataset;
        var sources = dataset.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var metrics = dataset.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var claims = dataset.Claims
            .Select(c => new AnalysedClaim(c, sources[c.Source], metrics[c.Metric], FigureRange.Of(c), new StatementKey(c.Source, c.Metric, c.Incident)))
            .ToImmutableArray();
        var containment = new Containment(dataset.Incidents);
        var metricOrder = dataset.Metrics.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        var statements = claims
            .GroupBy(c => c.Statement)
            .Select(MakeStatement)
            .OrderBy(s => metricOrder[s.Key.Metric]).ThenBy(s => s.Key.Source, StringComparer.Ordinal).ThenBy(s => s.Key.Incident, StringComparer.Ordinal)
            .ToImmutableArray();

        var incidents = dataset.Incidents.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var incidentRanges = statements
            .GroupBy(s => (s.Key.Incident, s.Key.Metric))
            .Select(g =>
            {
                var parent = containment.ParentOf(g.Key.Incident);
                var list = g.ToList();
                return new IncidentRange(incidents[g.Key.Incident], g.Key.Metric, list.Select(s => s.Range).Aggregate((a, b) => a.Union(b)), list,
                    parent?.Parent, parent is null ? null : parent.Value.Certain ? "includes" : "may_include");
            })
            .OrderBy(r => metricOrder[r.Metric]).ThenBy(r => r.Incident.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        var totals = ImmutableArray.CreateBuilder<Total>();
        foreach (var metric in dataset.Metrics)
        {
            var ofMetric = claims.Where(c => c.Claim.Metric == metric.Id).ToList();
            if (ofMetric.Count > 0) totals.Add(Aggregate(GroupKind.Overall, "all", metric, ofMetric, containment));
        }
        AddGroups(totals, GroupKind.Side, c => c.Side.Wire(), SideOrder, dataset, claims, containment);
        AddGroups(totals, GroupKind.Source, c => c.Claim.Source, k => k, dataset, claims, containment);
        AddGroups(totals, GroupKind.Affected, c => c.Claim.Affected.Wire(), AffectedOrder, dataset, claims, containment);
        AddGroups(totals, GroupKind.Document, c => c.Claim.Document, k => k, dataset, claims, containment);

        var built = totals.ToImmutable();
        var headlines = dataset.Metrics.Select(m => new Headline(
                m,
                built.FirstOrDefault(t => t.Group == GroupKind.Overall && t.Metric == m.Id),
                Vocabulary.Sides
                    .Select(s => (s.Value, built.FirstOrDefault(t => t.Group == GroupKind.Side && t.Key == s.Wire && t.Metric == m.Id)))
                    .Where(s => s.Item2 is not null)
                    .Select(s => (s.Value, s.Item2!))
                    .ToList()))
            .ToImmutableArray();

        return new AnalysedModel(dataset, validated.Input, claims, statements, incidentRanges, built, headlines);
    }

    /// <summary>
    /// The total of one group of claims for one metric. A percentage is never summed: its total is the
    /// range of its claims. A count is summed over incidents, each incident counted once through
    /// its statements, with containment applied so nested tolls are not added twice.
    /// </summary>
    public static Total Aggregate(GroupKind group, string key, Metric metric, IReadOnlyCollection<AnalysedClaim> claims, Containment containment)
    {
        FigureRange range;
        if (!metric.Additive)
        {
            range = claims.Select(c => c.Range).Aggregate((a, b) => a.Union(b));
        }
        else
        {
            var perIncident = new Dictionary<string, FigureRange>(StringComparer.Ordinal);
            foreach (var c in claims)
            {
                perIncident[c.Claim.Incident] = perIncident.TryGetValue(c.Claim.Incident, out var r) ? r.Union(c.Range) : c.Range;
            }
            range = containment.Sum(perIncident);
        }
        return new Total(
            group, key, metric.Id, range,
            claims.Select(c => c.Claim.Id).Order(StringComparer.Ordinal).ToList(),
            claims.Select(c => c.Claim.Document).Distinct(StringComparer.Ordinal).Count(),
            claims.Select(c => c.Claim.Source).Distinct(StringComparer.Ordinal).Count(),
            claims.Select(c => c.Statement).Distinct().Count());
    }

    private static void AddGroups(ImmutableArray<Total>.Builder totals, GroupKind group, Func<AnalysedClaim, string> keyOf, Func<string, string> sortKey,
        Dataset dataset, ImmutableArray<AnalysedClaim> claims, Containment containment)
    {
        var byKey = claims.GroupBy(keyOf).OrderBy(g => sortKey(g.Key), StringComparer.Ordinal);
        foreach (var g in byKey)
        {
            foreach (var metric in dataset.Metrics)
            {
                var ofMetric = g.Where(c => c.Claim.Metric == metric.Id).ToList();
                if (ofMetric.Count > 0) totals.Add(Aggregate(group, g.Key, metric, ofMetric, containment));
            }
        }
    }

    // Vocabulary order, not alphabetical: government before sdf before independent everywhere.
    private static string SideOrder(string wire) => Vocabulary.Sides.Select((s, i) => (s.Wire, i)).First(x => x.Wire == wire).i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private static string AffectedOrder(string wire) => Vocabulary.AffectedGroups.Select((s, i) => (s.Wire, i)).First(x => x.Wire == wire).i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    private static Statement MakeStatement(IGrouping<StatementKey, AnalysedClaim> g) => new(
        g.Key,
        g.Select(c => c.Range).Aggregate((a, b) => a.Union(b)),
        g.Select(c => c.Claim.Id).Order(StringComparer.Ordinal).ToList(),
        g.Select(c => c.Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
}
