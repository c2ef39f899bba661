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
        ClaimsPerSource = claims.CountBy(c => c.Claim.Source).ToDictionary(StringComparer.Ordinal);
        ClaimsPerDocument = claims.CountBy(c => c.Claim.Document).ToDictionary(StringComparer.Ordinal);
        _statements = statements.ToDictionary(s => s.Key);
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

    private readonly Dictionary<StatementKey, Statement> _statements;

    /// <summary>The statement a claim belongs to.</summary>
    public Statement StatementOf(AnalysedClaim claim) => _statements[claim.Statement];

    /// <summary>How many documents carry the statement a claim belongs to.</summary>
    public int CorroborationOf(AnalysedClaim claim) => _statements[claim.Statement].Corroboration;

    /// <summary>How many claims each source makes (sources with none are absent).</summary>
    public IReadOnlyDictionary<string, int> ClaimsPerSource { get; }

    /// <summary>How many claims each document carries (documents with none are absent).</summary>
    public IReadOnlyDictionary<string, int> ClaimsPerDocument { get; }

    /// <summary>The totals of one kind of group.</summary>
    public IEnumerable<Total> TotalsOf(GroupKind group) => Totals.Where(t => t.Group == group);

    /// <summary>Analyses <paramref name="validated"/>.</summary>
    public static AnalysedModel Build(ValidatedDataset validated)
    {
        var dataset = validated.Dataset;
        var metricOf = dataset.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var metricIndex = Index(dataset.Metrics.Select(m => m.Id));
        var sourceIndex = Index(dataset.Sources.Select(s => s.Id));
        var documentIndex = Index(dataset.Documents.Select(d => d.Id));
        var containment = new Containment(dataset.Incidents);
        var original = Originals(dataset.Documents, documentIndex);
        var claims = dataset.Claims
            .Select(c => new AnalysedClaim(c, dataset.Sources[sourceIndex[c.Source]], metricOf[c.Metric], FigureRange.Of(c), new StatementKey(c.Source, c.Metric, c.Incident)))
            .ToImmutableArray();
        var n = claims.Length;

        // Ids become positions once, so grouping below hashes and compares integers, not strings.
        var cMetric = new int[n];
        var cSource = new int[n];
        var cDocument = new int[n];
        var cIncident = new int[n];
        for (var i = 0; i < n; i++)
        {
            var c = claims[i].Claim;
            (cMetric[i], cSource[i], cDocument[i], cIncident[i]) = (metricIndex[c.Metric], sourceIndex[c.Source], documentIndex[c.Document], containment.IndexOf(c.Incident));
        }

        // One sort by id: every list below is built walking this order, so it comes out sorted.
        var byId = new int[n];
        for (var i = 0; i < n; i++) byId[i] = i;
        Array.Sort(claims.Select(c => c.Claim.Id).ToArray(), byId, StringComparer.Ordinal);

        // Statements: same source, metric and incident.
        var statementOf = new Dictionary<(int, int, int), int>();
        var statementClaims = new List<List<int>>();
        var cStatement = new int[n];
        foreach (var i in byId)
        {
            var key = (cSource[i], cMetric[i], cIncident[i]);
            if (!statementOf.TryGetValue(key, out var s))
            {
                statementOf[key] = s = statementClaims.Count;
                statementClaims.Add([]);
            }
            statementClaims[s].Add(i);
            cStatement[i] = s;
        }
        var statementList = statementClaims.Select(list => new Statement(
                claims[list[0]].Statement,
                Union(list.Select(i => claims[i].Range)),
                list.Select(i => claims[i].Claim.Id).ToArray(),
                list.Count == 1 ? [claims[list[0]].Claim.Document] : list.Select(i => claims[i].Claim.Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                list.Count == 1 ? 1 : list.Select(i => original[cDocument[i]]).Distinct().Count()))
            .ToList();
        // Output order: metric, then source id, then incident id (ordinal), sorted on precomputed ranks.
        var sourceRank = Rank(dataset.Sources.Select(s => s.Id));
        var incidentRank = Rank(dataset.Incidents.Select(i => i.Id));
        var statementOrder = Enumerable.Range(0, statementList.Count)
            .OrderBy(s => cMetric[statementClaims[s][0]]).ThenBy(s => sourceRank[cSource[statementClaims[s][0]]]).ThenBy(s => incidentRank[cIncident[statementClaims[s][0]]])
            .ToList();
        var statements = statementOrder.Select(s => statementList[s]).ToImmutableArray();

        // Incident ranges: the statements of one incident and metric, in the same order.
        var incidentGroups = new Dictionary<(int Metric, int Incident), List<Statement>>();
        foreach (var s in statementOrder)
        {
            var first = statementClaims[s][0];
            var key = (cMetric[first], cIncident[first]);
            if (!incidentGroups.TryGetValue(key, out var list)) incidentGroups[key] = list = [];
            list.Add(statementList[s]);
        }
        var incidentRanges = incidentGroups
            .OrderBy(g => g.Key.Metric).ThenBy(g => incidentRank[g.Key.Incident])
            .Select(g =>
            {
                var incident = dataset.Incidents[g.Key.Incident];
                var parent = containment.ParentOf(incident.Id);
                return new IncidentRange(incident, dataset.Metrics[g.Key.Metric].Id, Union(g.Value.Select(s => s.Range)), g.Value,
                    parent?.Parent, parent is null ? null : parent.Value.Certain ? "includes" : "may_include");
            })
            .ToImmutableArray();

        // Totals: claims bucketed by group key and metric, in id order.
        var metricCount = dataset.Metrics.Length;
        var aggregator = new Aggregator(claims, cDocument, original, cSource, cStatement, cIncident, containment, dataset.Documents.Length, dataset.Sources.Length, statementClaims.Count);
        var totals = ImmutableArray.CreateBuilder<Total>();
        void Groups(GroupKind group, int keys, Func<int, int> keyOf, IEnumerable<(int Key, string Name)> keyOrder)
        {
            var buckets = new List<int>?[keys * metricCount];
            foreach (var i in byId) (buckets[keyOf(i) * metricCount + cMetric[i]] ??= []).Add(i);
            foreach (var (key, name) in keyOrder)
            {
                for (var m = 0; m < metricCount; m++)
                {
                    if (buckets[key * metricCount + m] is { } list) totals.Add(aggregator.Total(group, name, dataset.Metrics[m], list));
                }
            }
        }
        Groups(GroupKind.Overall, 1, _ => 0, [(0, "all")]);
        Groups(GroupKind.Side, Vocabulary.Sides.Count, i => (int)claims[i].Side, Vocabulary.Sides.Select(s => ((int)s.Value, s.Wire)));
        Groups(GroupKind.Source, dataset.Sources.Length, i => cSource[i], Ordinal(dataset.Sources.Select(s => s.Id)));
        Groups(GroupKind.Affected, Vocabulary.AffectedGroups.Count, i => (int)claims[i].Claim.Affected, Vocabulary.AffectedGroups.Select(a => ((int)a.Value, a.Wire)));
        Groups(GroupKind.Document, dataset.Documents.Length, i => cDocument[i], Ordinal(dataset.Documents.Select(d => d.Id)));

        var built = totals.ToImmutable();
        var headlines = dataset.Metrics.Select(m => new Headline(
                m,
                built.FirstOrDefault(t => t.Group == GroupKind.Overall && t.Metric == m.Id),
                built.Where(t => t.Group == GroupKind.Side && t.Metric == m.Id)
                    .Select(t => (Vocabulary.Sides.First(s => s.Wire == t.Key).Value, t))
                    .ToList()))
            .ToImmutableArray();

        return new AnalysedModel(dataset, validated.Input, claims, statements, incidentRanges, built, headlines);
    }

    /// <summary>
    /// Totals of groups of claims. A percentage is never summed: its total is the range of its claims.
    /// A count is summed over incidents, each incident counted once through its statements, with
    /// containment applied so nested tolls are not added twice.
    /// </summary>
    private sealed class Aggregator(ImmutableArray<AnalysedClaim> claims, int[] cDocument, int[] original, int[] cSource, int[] cStatement, int[] cIncident,
        Containment containment, int documents, int sources, int statements)
    {
        private readonly SumWorkspace _ws = new(containment.Count);
        private readonly int[] _documentStamp = new int[documents];
        private readonly int[] _originalStamp = new int[documents];
        private readonly int[] _sourceStamp = new int[sources];
        private readonly int[] _statementStamp = new int[statements];

        public Total Total(GroupKind group, string key, Metric metric, List<int> list)
        {
            var token = ++_ws.Token;
            FigureRange range;
            if (!metric.Additive)
            {
                range = Union(list.Select(i => claims[i].Range));
            }
            else
            {
                _ws.Present.Clear();
                foreach (var i in list)
                {
                    var incident = cIncident[i];
                    if (_ws.Stamp[incident] != token)
                    {
                        _ws.Stamp[incident] = token;
                        _ws.Own[incident] = claims[i].Range;
                        _ws.Present.Add(incident);
                    }
                    else
                    {
                        _ws.Own[incident] = _ws.Own[incident].Union(claims[i].Range);
                    }
                }
                range = containment.Sum(_ws);
            }
            var ids = new string[list.Count];
            int docs = 0, independent = 0, srcs = 0, stmts = 0;
            for (var k = 0; k < list.Count; k++)
            {
                var i = list[k];
                ids[k] = claims[i].Claim.Id;
                if (_documentStamp[cDocument[i]] != token) { _documentStamp[cDocument[i]] = token; docs++; }
                if (_originalStamp[original[cDocument[i]]] != token) { _originalStamp[original[cDocument[i]]] = token; independent++; }
                if (_sourceStamp[cSource[i]] != token) { _sourceStamp[cSource[i]] = token; srcs++; }
                if (_statementStamp[cStatement[i]] != token) { _statementStamp[cStatement[i]] = token; stmts++; }
            }
            return new Total(group, key, metric.Id, range, ids, docs, independent, srcs, stmts);
        }
    }

    private static FigureRange Union(IEnumerable<FigureRange> ranges) => ranges.Aggregate((a, b) => a.Union(b));

    /// <summary>
    /// For each document, the document it ultimately renders (itself when it renders none), so
    /// that a translation and its original count as one witness. The validator has ruled out cycles.
    /// </summary>
    private static int[] Originals(ImmutableArray<Document> documents, Dictionary<string, int> index)
    {
        var original = new int[documents.Length];
        for (var d = 0; d < documents.Length; d++)
        {
            var at = d;
            for (var steps = 0; documents[at].RenderingOf is { } of && index.TryGetValue(of, out var next) && steps < documents.Length; steps++) at = next;
            original[d] = at;
        }
        return original;
    }

    private static Dictionary<string, int> Index(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids) index.TryAdd(id, index.Count);
        return index;
    }

    /// <summary>For each position, its rank among the ids sorted ordinally.</summary>
    private static int[] Rank(IEnumerable<string> ids)
    {
        var list = ids.ToArray();
        var order = Enumerable.Range(0, list.Length).ToArray();
        Array.Sort(list, order, StringComparer.Ordinal);
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }

    private static IEnumerable<(int Key, string Name)> Ordinal(IEnumerable<string> ids) =>
        ids.Select((id, i) => (i, id)).OrderBy(x => x.id, StringComparer.Ordinal);
}
