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

    /// <summary>The statement a claim belongs to.</summary>
    public Statement StatementOf(AnalysedClaim claim) => claim.StatementOf;

    /// <summary>How many documents carry the statement a claim belongs to.</summary>
    public int CorroborationOf(AnalysedClaim claim) => claim.StatementOf.Corroboration;

    /// <summary>How many claims each source makes (sources with none are absent).</summary>
    public IReadOnlyDictionary<string, int> ClaimsPerSource { get; private init; } = new Dictionary<string, int>();

    /// <summary>How many claims each document carries (documents with none are absent).</summary>
    public IReadOnlyDictionary<string, int> ClaimsPerDocument { get; private init; } = new Dictionary<string, int>();

    /// <summary>How many claims each incident holds directly (incidents with none are absent).</summary>
    public IReadOnlyDictionary<string, int> ClaimsPerIncident { get; private init; } = new Dictionary<string, int>();

    /// <summary>Each claim's document as a position in <see cref="Dataset.Documents"/>, by the claim's position in <see cref="Claims"/>.</summary>
    internal int[] DocumentOf { get; private init; } = [];

    /// <summary>
    /// Figures about the same people, compared (statements of one incident; an incident and one it
    /// includes or may include), in metric order, then by incident order in the dataset.
    /// </summary>
    public IReadOnlyList<Comparison> Comparisons { get; private init; } = [];

    /// <summary>The comparisons whose figures cannot both hold.</summary>
    public IEnumerable<Comparison> Conflicts => Comparisons.Where(c => c.Conflict);

    /// <summary>
    /// Harm each side's sources blame on whom, per metric: claimant side (vocabulary order), then
    /// blamed (government, sdf, not stated), then metric order; only combinations with claims.
    /// </summary>
    public ImmutableArray<AttributionRow> Attribution { get; private init; } = [];

    /// <summary>The contentions with sources and documents resolved, in the dataset's order.</summary>
    public IReadOnlyList<ContentionView> Contentions { get; private init; } = [];

    /// <summary>Claims that mention harm with no figure, in dataset order: shown, counted in no total.</summary>
    public ImmutableArray<AnalysedClaim> Mentions { get; private init; } = [];

    /// <summary>The quotation of a statement (from an original document where it has one).</summary>
    /// <exception cref="ArgumentException">The statement is not one of this model's.</exception>
    public Quotation QuotationOf(Statement statement)
    {
        // Read by position rather than from a map of every statement (33 MB at a million claims).
        var rank = statement.Rank;
        if ((uint)rank >= (uint)Statements.Length || !ReferenceEquals(Statements[rank], statement))
            throw new ArgumentException($"The statement {statement.Key} is not one of this model's.", nameof(statement));
        return Quotations[rank];
    }

    /// <summary>The totals of one kind of group.</summary>
    public IEnumerable<Total> TotalsOf(GroupKind group) => Totals.Where(t => t.Group == group);

    /// <summary>
    /// Analyses <paramref name="validated"/> in five named stages: index the claims (ids become
    /// positions), group them into statements, range each incident (and compare the figures about
    /// the same people), total every group, attribute the harm each side blames on whom (the last
    /// three side by side). The stages
    /// work on arrays of positions, so a million claims cost sorts and array walks, not string
    /// hashing; every list they hand out comes out sorted because they walk claims in id order.
    /// </summary>
    public static AnalysedModel Build(ValidatedDataset validated)
    {
        var dataset = validated.Dataset;
        var index = ClaimIndex.Of(dataset);
        var (statements, statementOfClaim, statementOrder, runs) = BuildStatements(dataset, index);
        var claims = ImmutableArray.CreateBuilder<AnalysedClaim>(index.Count);
        for (var i = 0; i < index.Count; i++)
        {
            var c = dataset.Claims[i];
            claims.Add(new AnalysedClaim(c, dataset.Sources[index.Source[i]], dataset.Metrics[index.Metric[i]], statements[statementOfClaim[i]]));
        }
        var analysed = claims.MoveToImmutable();
        var ordered = statementOrder.Select(s => statements[s]).ToImmutableArray();
        var quotes = QuoteEachStatement(dataset, index, analysed, statements, statementOfClaim, statementOrder);
        // Stages 3 to 5 read what stages 1 and 2 laid out and nothing of each other's, except that
        // attribution's rows take the totals it blames: the three run side by side, attribution
        // filing its statements while the totals are summed (a million claims: 4.2 s on one core).
        var totalsTask = Task.Run(() => BuildTotals(dataset, index, analysed, statementOfClaim, statements.Length));
        var incidentsTask = Task.Run(() =>
        {
            // The comparisons read only the ranges and the quotations, so they follow the ranges here,
            // beside attribution, rather than on whichever output first asks (the workbook's thread).
            var (ranges, layout) = BuildIncidentRanges(dataset, index, statements, statementOrder, runs);
            return (ranges, Analysis.Comparisons.Of(dataset, index.Containment, ranges, layout, s => quotes[statements[s].Rank]));
        });
        var attribution = BuildAttribution(dataset, index, analysed, ordered, quotes, runs, statementOrder, () => totalsTask.GetAwaiter().GetResult().Attributed);
        var (totals, _) = totalsTask.GetAwaiter().GetResult();
        var (incidentRanges, comparisons) = incidentsTask.GetAwaiter().GetResult();
        return new AnalysedModel(dataset, validated.Input, analysed, ordered, incidentRanges, totals, BuildHeadlines(dataset, totals))
        {
            Quotations = quotes,
            Attribution = attribution,
            Comparisons = comparisons,
            Contentions = ContentionView.Of(dataset),
            Mentions = MentionsOf(analysed, index.HasFigure),
            ClaimsPerSource = CountPer(dataset.Sources.Select(src => src.Id), index.Source, index.Count),
            ClaimsPerDocument = CountPer(dataset.Documents.Select(d => d.Id), index.Document, index.Count),
            ClaimsPerIncident = CountPer(dataset.Incidents.Select(i => i.Id), index.Incident, index.Count),
            DocumentOf = index.Document,
        };
    }

    /// <summary>The claims with no figure, in dataset order, in an array of their number (not grown by doubling).</summary>
    private static ImmutableArray<AnalysedClaim> MentionsOf(ImmutableArray<AnalysedClaim> claims, bool[] hasFigure)
    {
        var mentions = ImmutableArray.CreateBuilder<AnalysedClaim>(hasFigure.Count(has => !has));
        for (var i = 0; i < claims.Length; i++)
        {
            if (!hasFigure[i]) mentions.Add(claims[i]);
        }
        return mentions.MoveToImmutable();
    }

    /// <summary>For each statement, in <see cref="Statements"/> order, its quotation: the claim that quotes it and that claim's document (one object, shared by attribution and <see cref="QuotationOf"/>).</summary>
    internal Quotation[] Quotations { get; private init; } = [];

    /// <summary>
    /// A statement is quoted by its first claim in dataset order from an original document, or by
    /// its first claim when every document carrying it is a rendering: one walk over the claims.
    /// </summary>
    private static Quotation[] QuoteEachStatement(Dataset dataset, ClaimIndex x, ImmutableArray<AnalysedClaim> claims, Statement[] statements, int[] statementOfClaim, int[] order)
    {
        var quote = new int[order.Length];
        Array.Fill(quote, -1);
        for (var i = 0; i < x.Count; i++)
        {
            ref var q = ref quote[statementOfClaim[i]];
            if (q < 0 || (IsRendering(q) && !IsRendering(i))) q = i;
        }
        var quotes = new Quotation[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var i = quote[order[k]];
            quotes[k] = new Quotation(claims[i], statements[order[k]], dataset.Documents[x.Document[i]]);
        }
        return quotes;

        bool IsRendering(int claim) => dataset.Documents[x.Document[claim]].RenderingOf is not null;
    }

    /// <summary>
    /// Where stage 3 put each range's statements: range r's are the statements at positions
    /// <c>StatementAt[k]</c> for <c>From[r] &lt;= k &lt; From[r + 1]</c> (positions in stage 2's
    /// array), in the range's order, for the metric and incident at <c>Metric[r]</c> and <c>Incident[r]</c>.
    /// </summary>
    internal sealed record RangeLayout(int[] From, int[] StatementAt, int[] Metric, int[] Incident);

    /// <summary>Stage 1: each claim's metric, source, document, incident and original document as positions, its range, and the claims in id order.</summary>
    private sealed class ClaimIndex
    {
        public int Count;
        public int[] Metric = [], Source = [], Document = [], Incident = [];
        public int[] Original = [];
        public FigureRange[] Range = [];
        /// <summary>False for a claim that mentions harm with no figure: it joins its statement but no range or total.</summary>
        public bool[] HasFigure = [];
        /// <summary>Whom each claim blames: attribution reads it for every claim of every statement, from one array rather than two objects.</summary>
        public Blame[] Blame = [];
        public int[] ById = [];
        /// <summary>Each claim's id by position: a total's id list reads one array instead of two objects per claim.</summary>
        public string[] Id = [];
        /// <summary>Each incident's place in id order: stages 2 and 3 both sort by it.</summary>
        public int[] IncidentRank = [];
        public Containment Containment = null!;

        public static ClaimIndex Of(Dataset dataset)
        {
            var metricIndex = Index(dataset.Metrics.Select(m => m.Id));
            var sourceIndex = Index(dataset.Sources.Select(s => s.Id));
            var documentIndex = Index(dataset.Documents.Select(d => d.Id));
            var x = new ClaimIndex { Count = dataset.Claims.Length, Containment = new Containment(dataset.Incidents), Original = Originals(dataset.Documents, documentIndex) };
            var n = x.Count;
            (x.Metric, x.Source, x.Document, x.Incident, x.Range, x.HasFigure) = (new int[n], new int[n], new int[n], new int[n], new FigureRange[n], new bool[n]);
            (x.Id, x.Blame) = (new string[n], new Blame[n]);
            for (var i = 0; i < n; i++) x.Id[i] = dataset.Claims[i].Id;
            // One sort by id: every list below is built walking this order, so it comes out sorted.
            // It needs only the ids, so it runs on another core while the claims are looked up.
            var byId = Task.Run(() =>
            {
                var ids = (string[])x.Id.Clone();
                var order = new int[n];
                for (var i = 0; i < n; i++) order[i] = i;
                Array.Sort(ids, order, StringComparer.Ordinal);
                return order;
            });
            for (var i = 0; i < n; i++)
            {
                var c = dataset.Claims[i];
                (x.Metric[i], x.Source[i], x.Document[i], x.Incident[i]) = (metricIndex[c.Metric], sourceIndex[c.Source], documentIndex[c.Document], x.Containment.IndexOf(c.Incident));
                if (FigureRange.Of(c) is { } range) (x.Range[i], x.HasFigure[i]) = (range, true);
                x.Blame[i] = c.Blames;
            }
            x.ById = byId.GetAwaiter().GetResult();
            x.IncidentRank = Rank(dataset.Incidents.Select(inc => inc.Id));
            return x;
        }
    }

    /// <summary>Each statement's claims as positions in id order: statement s's run is Members[Start[s]..Start[s + 1]], s in discovery order.</summary>
    private sealed record StatementRuns(int[] Start, int[] Members)
    {
        public ArraySegment<int> Of(int statement) => new(Members, Start[statement], Start[statement + 1] - Start[statement]);
    }

    /// <summary>
    /// Stage 2: statements (same source, metric and incident), each with the union of its claims'
    /// ranges, its claims and documents in id order, and how many independent documents carry it.
    /// Returns them in discovery order, which statement each claim belongs to, and the output order
    /// (metric, then source id, then incident id).
    /// </summary>
    private static (Statement[] Statements, int[] StatementOfClaim, int[] Order, StatementRuns Runs) BuildStatements(Dataset dataset, ClaimIndex x)
    {
        // Number the statements in id order of their first claim, then lay their claims out in one
        // array, each statement's run in id order (a counting sort: no list per statement).
        // Sized for the most statements there can be (one per claim): growing by doubling would
        // allocate three times the final table on the large-object heap (82 MB at a million claims).
        var key = new Dictionary<(int, int, int), int>(x.Count);
        var statementOf = new int[x.Count];
        var sizes = new List<int>(x.Count);
        foreach (var i in x.ById)
        {
            var k = (x.Source[i], x.Metric[i], x.Incident[i]);
            if (!key.TryGetValue(k, out var s))
            {
                key[k] = s = sizes.Count;
                sizes.Add(0);
            }
            sizes[s]++;
            statementOf[i] = s;
        }
        var count = sizes.Count;
        var start = new int[count + 1];
        for (var s = 0; s < count; s++) start[s + 1] = start[s] + sizes[s];
        var next = (int[])start.Clone();
        var members = new int[x.Count];
        foreach (var i in x.ById) members[next[statementOf[i]]++] = i;
        var runs = new StatementRuns(start, members);

        var statements = new Statement[count];
        // A statement in one document (most of them) lists it through an array shared by every
        // such statement of that document: a million statements, a few thousand arrays.
        var alone = new string[]?[dataset.Documents.Length];
        for (var s = 0; s < count; s++)
        {
            var run = runs.Of(s);
            var first = dataset.Claims[run[0]];
            FigureRange? range = null;
            var ids = new string[run.Count];
            var figured = 0;
            for (var k = 0; k < run.Count; k++)
            {
                if (x.HasFigure[run[k]]) (range, figured) = (range is { } r ? r.Union(x.Range[run[k]]) : x.Range[run[k]], figured + 1);
                ids[k] = x.Id[run[k]];
            }
            // The claims behind its figure: all of them (nearly always, so the same list) but those that only mention the harm.
            var figuredIds = figured == ids.Length ? ids : run.Where(i => x.HasFigure[i]).Select(i => x.Id[i]).ToArray();
            string[] documents;
            int independent;
            if (run.Count == 1)
            {
                (documents, independent) = (alone[x.Document[run[0]]] ??= [first.Document], 1);
            }
            else
            {
                documents = run.Select(i => dataset.Claims[i].Document).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                independent = run.Select(i => x.Original[x.Document[i]]).Distinct().Count();
            }
            statements[s] = new Statement(new StatementKey(first.Source, first.Metric, first.Incident), range, ids, documents, independent) { FiguredClaimIds = figuredIds };
        }
        // Output order on precomputed ranks: one array sort, no string comparisons.
        var sourceRank = Rank(dataset.Sources.Select(src => src.Id));
        var incidentRank = x.IncidentRank;
        var sortKeys = new (int Metric, int Source, int Incident)[count];
        var order = new int[count];
        for (var s = 0; s < count; s++)
        {
            var i = members[start[s]];
            sortKeys[s] = (x.Metric[i], sourceRank[x.Source[i]], incidentRank[x.Incident[i]]);
            order[s] = s;
        }
        Array.Sort(sortKeys, order);
        for (var k = 0; k < count; k++) statements[order[k]].Rank = k;
        return (statements, statementOf, order, runs);
    }

    /// <summary>Stage 3: per incident and metric, the union of its statements' ranges, in metric then incident id order.</summary>
    private static (ImmutableArray<IncidentRange> Ranges, RangeLayout Layout) BuildIncidentRanges(Dataset dataset, ClaimIndex x, Statement[] statements, int[] statementOrder, StatementRuns runs)
    {
        // A statement's incident and metric, from its first claim (all its claims share them).
        var metricOf = new int[statements.Length];
        var incidentOf = new int[statements.Length];
        for (var s = 0; s < statements.Length; s++) (metricOf[s], incidentOf[s]) = (x.Metric[runs.Of(s)[0]], x.Incident[runs.Of(s)[0]]);
        // Statements sorted by (metric, incident id, output order): each incident's statements form
        // one run, in the order the model lists statements.
        var incidentRank = x.IncidentRank;
        // A statement with no figure (harm mentioned, not counted) gives no range. This array and those
        // below are allocated once at their size: at a million claims each is a large object, and
        // growing them by doubling left holes the collector kept committed.
        var figured = KeepWhere(statementOrder, s => statements[s].Range is not null);
        var keys = new (int Metric, int Incident, int Order)[figured.Length];
        var sorted = new Statement[figured.Length];
        var statementAt = new int[figured.Length];
        var incidentAt = new int[figured.Length];
        for (var k = 0; k < figured.Length; k++)
        {
            var s = figured[k];
            keys[k] = (metricOf[s], incidentRank[incidentOf[s]], k);
        }
        var positions = Enumerable.Range(0, figured.Length).ToArray();
        Array.Sort(keys, positions);
        for (var k = 0; k < positions.Length; k++)
        {
            var s = figured[positions[k]];
            (sorted[k], statementAt[k], incidentAt[k]) = (statements[s], s, incidentOf[s]);
        }
        var rangeCount = 0;
        for (var k = 0; k < sorted.Length; k++) if (k == 0 || !SameRange(k - 1, k)) rangeCount++;
        var ranges = ImmutableArray.CreateBuilder<IncidentRange>(rangeCount);
        var (froms, metrics, incidents) = (new int[rangeCount + 1], new int[rangeCount], new int[rangeCount]);
        for (var (from, r) = (0, 0); from < sorted.Length; r++)
        {
            var to = from + 1;
            while (to < sorted.Length && SameRange(from, to)) to++;
            var range = sorted[from].Range!.Value;
            for (var k = from + 1; k < to; k++) range = range.Union(sorted[k].Range!.Value);
            var incident = incidentAt[from];
            var parent = x.Containment.ParentOf(incident);
            var (figuredIds, figuredPositions) = FiguredClaims(from, to);
            ranges.Add(new IncidentRange(dataset.Incidents[incident], dataset.Metrics[keys[from].Metric].Id, range, new ArraySegment<Statement>(sorted, from, to - from),
                parent?.Parent, parent is null ? null : parent.Value.Certain ? "includes" : "may_include") { ClaimIds = figuredIds, ClaimPositions = figuredPositions });
            (froms[r], metrics[r], incidents[r]) = (from, keys[from].Metric, incident);
            from = to;
        }
        froms[rangeCount] = sorted.Length;
        return (ranges.MoveToImmutable(), new RangeLayout(froms, statementAt, metrics, incidents));

        bool SameRange(int a, int b) => keys[a].Metric == keys[b].Metric && keys[a].Incident == keys[b].Incident;

        // A statement's ids are in id order already: a range of one statement whose claims all give
        // a figure (nearly every range) shares its list and its run of positions; otherwise the
        // figured claims are gathered and sorted by id.
        (IReadOnlyList<string> Ids, IReadOnlyList<int> Positions) FiguredClaims(int from, int to)
        {
            var count = 0;
            for (var k = from; k < to; k++) count += sorted[k].FiguredClaimIds.Count;
            if (to - from == 1 && count == sorted[from].ClaimIds.Count) return (sorted[from].ClaimIds, runs.Of(statementAt[from]));
            var ids = new string[count];
            var positions = new int[count];
            var n = 0;
            for (var k = from; k < to; k++)
            {
                foreach (var i in runs.Of(statementAt[k]))
                {
                    if (x.HasFigure[i]) (ids[n], positions[n++]) = (x.Id[i], i);
                }
            }
            if (to - from > 1) Array.Sort(ids, positions, StringComparer.Ordinal);
            return (ids, positions);
        }
    }

    /// <summary>
    /// Stage 4: totals for every group (overall, side, source, affected group, document) and metric.
    /// Each group kind sorts its claims once by (key, metric, id) into one array; its totals are
    /// slices of it, so a claim id is stored once per group kind, not copied into every total.
    /// </summary>
    private static (ImmutableArray<Total> Totals, Dictionary<(Side, Blame, string), Total> Attributed) BuildTotals(Dataset dataset, ClaimIndex x, ImmutableArray<AnalysedClaim> claims, int[] statementOfClaim, int statementCount)
    {
        var metricCount = dataset.Metrics.Length;
        var aggregator = new Aggregator(claims, x, statementOfClaim, dataset.Documents.Length, dataset.Sources.Length, statementCount);
        var totals = ImmutableArray.CreateBuilder<Total>();
        var figured = KeepWhere(x.ById, i => x.HasFigure[i]);
        void Groups(GroupKind group, int keys, Func<int, int> keyOf, IEnumerable<(int Key, string Name)> keyOrder, Action<int, Total>? into = null)
        {
            // Counting sort of the claims (already in id order) by bucket = key * metrics + metric.
            // A claim with no figure is counted in no total, so it is in no total's claim list either.
            var buckets = keys * metricCount;
            var start = new int[buckets + 1];
            foreach (var i in figured) start[keyOf(i) * metricCount + x.Metric[i] + 1]++;
            for (var b = 0; b < buckets; b++) start[b + 1] += start[b];
            var sorted = new int[figured.Length];
            var next = (int[])start.Clone();
            foreach (var i in figured) sorted[next[keyOf(i) * metricCount + x.Metric[i]]++] = i;
            foreach (var (key, name) in keyOrder)
            {
                for (var m = 0; m < metricCount; m++)
                {
                    var b = key * metricCount + m;
                    if (start[b + 1] <= start[b]) continue;
                    var total = aggregator.Total(group, name, dataset.Metrics[m], new ArraySegment<int>(sorted, start[b], start[b + 1] - start[b]));
                    if (into is null) totals.Add(total);
                    else into(key, total);
                }
            }
        }
        Groups(GroupKind.Overall, 1, _ => 0, [(0, "all")]);
        Groups(GroupKind.Side, Vocabulary.Sides.Count, i => (int)claims[i].Side, Vocabulary.Sides.Select(s => ((int)s.Value, s.Wire)));
        Groups(GroupKind.Source, dataset.Sources.Length, i => x.Source[i], Ordinal(dataset.Sources.Select(s => s.Id)));
        Groups(GroupKind.Affected, Vocabulary.AffectedGroups.Count, i => (int)claims[i].Claim.Affected, Vocabulary.AffectedGroups.Select(a => ((int)a.Value, a.Wire)));
        Groups(GroupKind.Document, dataset.Documents.Length, i => x.Document[i], Ordinal(dataset.Documents.Select(d => d.Id)));
        // Attribution: the same sum, grouped by (claimant side, blamed); kept apart from the totals
        // because its rows are read as accusations, not as a breakdown of the figures.
        var blames = Vocabulary.Blames.Count;
        var attributed = new Dictionary<(Side, Blame, string), Total>();
        Groups(GroupKind.Side, Vocabulary.Sides.Count * blames, i => (int)claims[i].Side * blames + (int)claims[i].Claim.Blames,
            Vocabulary.Sides.SelectMany(s => Vocabulary.Blames.Select(b => ((int)s.Value * blames + (int)b.Value, s.Wire))),
            (key, t) => attributed[((Side)(key / blames), (Blame)(key % blames), t.Metric)] = t);
        return (totals.ToImmutable(), attributed);
    }

    /// <summary>
    /// Stage 5: one row per (claimant side, blamed, metric) with claims, figures or mentions: its total, the
    /// quotation of each statement with a figure, and each mention with none.
    /// </summary>
    private static ImmutableArray<AttributionRow> BuildAttribution(Dataset dataset, ClaimIndex x, ImmutableArray<AnalysedClaim> claims, ImmutableArray<Statement> statements,
        Quotation[] quotes, StatementRuns runs, int[] statementOrder, Func<Dictionary<(Side, Blame, string), Total>> attributedTotals)
    {
        // A statement's claims share source (so side), metric and incident, but blame and whether
        // there is a figure are per claim: a statement goes under each blame its claims carry, as a
        // figure where a claim with that blame gives one, as a mention where one gives none.
        // Each statement's claims as positions in id order, as stage 2 laid them out (statements here are in output order).
        var figures = new Dictionary<(Side, Blame, string), List<Quotation>>();
        var mentions = new Dictionary<(Side, Blame, string), List<Quotation>>();
        var mentionIds = new Dictionary<(Side, Blame, string), List<string>>();
        var documentById = dataset.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        for (var s = 0; s < statements.Length; s++)
        {
            var statement = statements[s];
            var quote = quotes[s];
            var run = runs.Of(statementOrder[s]);
            if (OneBlameAllFigured(run))
            {
                // Nearly every statement: one blame, every claim a figure. Filed as the grouping below
                // would file it, without its allocations (a lookup, groupings and lists per statement).
                Add(figures, (quotes[s].Claim.Side, x.Blame[run[0]], statement.Key.Metric), quote);
                continue;
            }
            foreach (var byBlame in run.GroupBy(i => x.Blame[i]))
            {
                var key = (quotes[s].Claim.Side, byBlame.Key, statement.Key.Metric);
                if (byBlame.Any(i => x.HasFigure[i])) Add(figures, key, quote);
                var said = byBlame.Where(i => !x.HasFigure[i]).ToList();
                if (said.Count == 0) continue;
                Add(mentions, key, Quotation.OfMentions(quote, [.. said.Select(i => claims[i])], c => documentById[c.Claim.Document]));
                foreach (var i in said) Add(mentionIds, key, claims[i].Claim.Id);
            }
        }
        var rows = ImmutableArray.CreateBuilder<AttributionRow>();
        var attributed = attributedTotals();
        foreach (var (side, _) in Vocabulary.Sides)
        {
            foreach (var (blame, _) in Vocabulary.Blames)
            {
                foreach (var metric in dataset.Metrics)
                {
                    var key = (side, blame, metric.Id);
                    var total = attributed.GetValueOrDefault(key);
                    var said = mentions.GetValueOrDefault(key);
                    if (total is null && said is null) continue;
                    rows.Add(new AttributionRow(side, blame, metric, total, figures.GetValueOrDefault(key) ?? [], said ?? [])
                    {
                        MentionIds = [.. (mentionIds.GetValueOrDefault(key) ?? []).Order(StringComparer.Ordinal)],
                    });
                }
            }
        }
        return rows.ToImmutable();

        static void Add<T>(Dictionary<(Side, Blame, string), List<T>> bucket, (Side, Blame, string) key, T item)
        {
            if (!bucket.TryGetValue(key, out var list)) bucket[key] = list = [];
            list.Add(item);
        }

        bool OneBlameAllFigured(ArraySegment<int> run)
        {
            var blame = x.Blame[run[0]];
            foreach (var i in run)
            {
                if (!x.HasFigure[i] || x.Blame[i] != blame) return false;
            }
            return true;
        }
    }

    /// <summary>One headline per metric: its overall total and each side's.</summary>
    private static ImmutableArray<Headline> BuildHeadlines(Dataset dataset, ImmutableArray<Total> totals)
    {
        var byKey = totals.Where(t => t.Group is GroupKind.Overall or GroupKind.Side).ToDictionary(t => (t.Group, t.Key, t.Metric));
        return dataset.Metrics.Select(m => new Headline(
                m,
                byKey.GetValueOrDefault((GroupKind.Overall, "all", m.Id)),
                Vocabulary.Sides.Where(s => byKey.ContainsKey((GroupKind.Side, s.Wire, m.Id))).Select(s => (s.Value, byKey[(GroupKind.Side, s.Wire, m.Id)])).ToList()))
            .ToImmutableArray();
    }

    /// <summary>
    /// Totals of groups of claims. A percentage is never summed: its total is the range of its claims.
    /// A count is summed over incidents, each incident counted once through its statements, with
    /// containment applied so nested tolls are not added twice.
    /// </summary>
    private sealed class Aggregator(ImmutableArray<AnalysedClaim> claims, ClaimIndex x, int[] statementOfClaim, int documents, int sources, int statements)
    {
        private readonly SumWorkspace _ws = new(x.Containment.Count);
        private readonly int[] _documentStamp = new int[documents];
        private readonly int[] _originalStamp = new int[documents];
        private readonly int[] _sourceStamp = new int[sources];
        private readonly int[] _statementStamp = new int[statements];

        public Total Total(GroupKind group, string key, Metric metric, ArraySegment<int> list)
        {
            var token = ++_ws.Token;
            FigureRange range;
            if (!metric.Additive)
            {
                range = x.Range[list[0]];
                foreach (var i in list) range = range.Union(x.Range[i]);
            }
            else
            {
                _ws.Present.Clear();
                foreach (var i in list)
                {
                    var incident = x.Incident[i];
                    if (_ws.Stamp[incident] != token)
                    {
                        _ws.Stamp[incident] = token;
                        _ws.Own[incident] = x.Range[i];
                        _ws.Present.Add(incident);
                    }
                    else
                    {
                        _ws.Own[incident] = _ws.Own[incident].Union(x.Range[i]);
                    }
                }
                range = x.Containment.Sum(_ws);
            }
            int docs = 0, independent = 0, srcs = 0, stmts = 0;
            foreach (var i in list)
            {
                var document = x.Document[i];
                if (_documentStamp[document] != token) { _documentStamp[document] = token; docs++; }
                if (_originalStamp[x.Original[document]] != token) { _originalStamp[x.Original[document]] = token; independent++; }
                if (_sourceStamp[x.Source[i]] != token) { _sourceStamp[x.Source[i]] = token; srcs++; }
                if (_statementStamp[statementOfClaim[i]] != token) { _statementStamp[statementOfClaim[i]] = token; stmts++; }
            }
            return new Total(group, key, metric.Id, range, new ClaimIdList(claims, x.Id, list), docs, independent, srcs, stmts);
        }
    }

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

    /// <summary>Claims per record (source, document or incident), counted on the positions the index already holds.</summary>
    private static Dictionary<string, int> CountPer(IEnumerable<string> ids, int[] positionOfClaim, int claims)
    {
        var counts = new int[ids.Count()];
        for (var i = 0; i < claims; i++) counts[positionOfClaim[i]]++;
        // Sized before it is filled: a quarter of a million incidents would otherwise grow it by doubling.
        var per = new Dictionary<string, int>(counts.Count(n => n > 0), StringComparer.Ordinal);
        var k = 0;
        foreach (var id in ids)
        {
            if (counts[k] > 0) per.Add(id, counts[k]);
            k++;
        }
        return per;
    }

    /// <summary>
    /// The positions <paramref name="keep"/> holds for, in their order, in an array counted before it
    /// is filled (<see cref="Array.FindAll{T}"/> grows a list by doubling: at a million claims, large
    /// objects that nothing collects before the outputs).
    /// </summary>
    private static int[] KeepWhere(int[] positions, Func<int, bool> keep)
    {
        var count = 0;
        foreach (var p in positions)
        {
            if (keep(p)) count++;
        }
        var kept = new int[count];
        count = 0;
        foreach (var p in positions)
        {
            if (keep(p)) kept[count++] = p;
        }
        return kept;
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
