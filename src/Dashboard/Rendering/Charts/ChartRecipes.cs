using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Charts;

/// <summary>
/// The report's charts, each a small named recipe over the analysed model. They show killed and
/// injured: the two metrics several sources report, on one scale. The other metrics have one
/// source each here and are shown in the headline tiles and tables.
/// </summary>
public static class ChartRecipes
{
    private static readonly string[] Casualties = ["killed", "injured"];

    /// <summary>Bars per metric in the charts with one bar per source or incident; the rest are in the tables and workbook.</summary>
    public const int MaxBarsPerMetric = 10;

    /// <summary>Every recipe, in the order the report shows them.</summary>
    public static IReadOnlyList<ChartSpec> All(AnalysedModel model) => [BySide(model), BySource(model), ByAffected(model), IncidentRanges(model)];

    /// <summary>Killed and injured as each side's sources tell it.</summary>
    public static ChartSpec BySide(AnalysedModel model)
    {
        var rows = new List<ChartRow>();
        foreach (var metric in Metrics(model))
        {
            foreach (var (side, wire) in Vocabulary.Sides)
            {
                if (Find(model, GroupKind.Side, wire, metric.Id) is { } t)
                    rows.Add(Row($"{metric.Label}: {Palette.Label(side)}", t, metric, Palette.Of(side)));
            }
        }
        return new ChartSpec("by-side", "Killed and injured, by claimant side",
            "Bar chart of the killed and injured each side's sources report, with the uncertain part of each figure lighter and an arrow on open-ended figures.",
            "people", SourceLine(model, rows), rows, SideLegend(model));
    }

    /// <summary>Killed and injured per source, coloured by the source's side.</summary>
    public static ChartSpec BySource(AnalysedModel model)
    {
        var rows = new List<ChartRow>();
        var sources = model.Dataset.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var note = "";
        foreach (var metric in Metrics(model))
        {
            var all = model.TotalsOf(GroupKind.Source).Where(t => t.Metric == metric.Id).ToList();
            note += Largest(all.Count, "sources", metric);
            foreach (var t in Top(all, t => t.Range))
            {
                var source = sources[t.Key];
                rows.Add(Row($"{metric.Label}: {source.Name}", t, metric, Palette.Of(source.Side)));
            }
        }
        return new ChartSpec("by-source", "Killed and injured, by source",
            "Bar chart of the killed and injured each source reports, coloured by the side the source speaks for.",
            "people", SourceLine(model, rows) + note, rows, SideLegend(model));
    }

    /// <summary>Killed and injured by who the figure is about.</summary>
    public static ChartSpec ByAffected(AnalysedModel model)
    {
        var rows = new List<ChartRow>();
        foreach (var metric in Metrics(model))
        {
            foreach (var (_, wire) in Vocabulary.AffectedGroups)
            {
                if (Find(model, GroupKind.Affected, wire, metric.Id) is { } t)
                    rows.Add(Row($"{metric.Label}: {AffectedLabel(wire)}", t, metric, Palette.Neutral));
            }
        }
        return new ChartSpec("by-affected", "Killed and injured, by who was affected",
            "Bar chart of the killed and injured by the group the claims say was affected; 'not stated' where the text does not say.",
            "people", SourceLine(model, rows), rows, [("All sources", Palette.Neutral)]);
    }

    /// <summary>Each incident's low-to-high range, before incidents are combined.</summary>
    public static ChartSpec IncidentRanges(AnalysedModel model)
    {
        var rows = new List<ChartRow>();
        var sideOf = model.Dataset.Sources.ToDictionary(s => s.Id, s => s.Side, StringComparer.Ordinal);
        var note = "";
        foreach (var metric in Metrics(model))
        {
            var all = model.IncidentRanges.Where(r => r.Metric == metric.Id).ToList();
            note += Largest(all.Count, "incidents", metric);
            foreach (var r in Top(all, r => r.Range))
            {
                var sides = r.Statements.Select(s => sideOf[s.Key.Source]).Distinct().ToList();
                var colour = sides.Count == 1 ? Palette.Of(sides[0]) : Palette.Neutral;
                rows.Add(new ChartRow($"{metric.Label}: {r.Incident.Id}", r.Range, r.Range.Format(metric.Unit), colour, r.ClaimIds.ToList()));
            }
        }
        var legend = SideLegend(model);
        if (rows.Any(r => r.Colour == Palette.Neutral)) legend.Add(("Both sides", Palette.Neutral));
        return new ChartSpec("incident-ranges", "Range claimed for each incident",
            "Range chart: for each incident, the lowest and highest figure its statements give; bars ending in an arrow are open-ended (at least this many).",
            "people", SourceLine(model, rows) + note, rows, legend);
    }

    /// <summary>The largest figures first (by low, then high, open highest), keeping the input order among equals.</summary>
    private static IEnumerable<T> Top<T>(List<T> items, Func<T, FigureRange> range) => items.Count <= MaxBarsPerMetric
        ? items
        : items.OrderByDescending(i => range(i).Low).ThenByDescending(i => range(i).High ?? double.PositiveInfinity).Take(MaxBarsPerMetric);

    private static string Largest(int count, string what, Metric metric) => count <= MaxBarsPerMetric
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $" {metric.Label}: the {MaxBarsPerMetric} largest of {count:N0} {what}; all are in figures.xlsx.");

    private static IEnumerable<Metric> Metrics(AnalysedModel model) => model.Dataset.Metrics.Where(m => Casualties.Contains(m.Id));

    private static Total? Find(AnalysedModel model, GroupKind group, string key, string metric) =>
        model.Totals.FirstOrDefault(t => t.Group == group && t.Key == key && t.Metric == metric);

    private static ChartRow Row(string label, Total t, Metric metric, string colour) => new(label, t.Range, t.Range.Format(metric.Unit), colour, t.ClaimIds);

    private static List<(string, string)> SideLegend(AnalysedModel model) =>
        Vocabulary.Sides.Where(s => model.Claims.Any(c => c.Side == s.Value)).Select(s => (Palette.Label(s.Value), Palette.Of(s.Value))).ToList();

    /// <summary>How tables and charts name an affected group.</summary>
    public static string AffectedLabel(string wire) => wire switch
    {
        "government_forces" => "government forces",
        "sdf_forces" => "SDF forces",
        "civil_defense" => "civil defence",
        "unspecified" => "not stated",
        "mixed" => "mixed groups",
        _ => wire,
    };

    private static string SourceLine(AnalysedModel model, IReadOnlyList<ChartRow> rows)
    {
        var ids = rows.SelectMany(r => r.ClaimIds).ToHashSet(StringComparer.Ordinal);
        var docs = model.Claims.Where(c => ids.Contains(c.Claim.Id)).Select(c => c.Claim.Document).Distinct().Count();
        return string.Create(CultureInfo.InvariantCulture,
            $"Source: {ids.Count} claims in {docs} press documents ({model.Input.Name}). Claims by parties to the fighting and state media, not verified.");
    }
}
