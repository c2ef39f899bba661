using CsCheck;
using Dashboard.Analysis;
using Dashboard.Rendering;
using Dashboard.Rendering.Charts;
using Dashboard.Rendering.Html;
using Dashboard.Rendering.Words;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Rendering;

/// <summary>The page's and the charts' choice of the first few items agrees with sorting them all and taking the first.</summary>
public class FirstInOrderTests
{
    [Fact]
    public void Agrees_with_sorting_everything_then_taking_the_first_in_position_order()
    {
        // Keys with many ties (0..5), so the order leans on the position tie-break.
        Gen.Select(Gen.Int[0, 5].Array[0, 400], Gen.Int[0, 450]).Sample((keys, take) =>
        {
            int Compare(int a, int b)
            {
                var byKey = keys[b].CompareTo(keys[a]);
                return byKey != 0 ? byKey : a.CompareTo(b);
            }
            var expected = Enumerable.Range(0, keys.Length).OrderByDescending(i => keys[i]).ThenBy(i => i).Take(take).Order().ToArray();
            Assert.Equal(expected, FirstInOrder.Positions(keys.Length, take, Compare));
        }, iter: 5_000);
    }

    [Fact]
    public void Among_the_included_agrees_with_filtering_then_sorting_everything()
    {
        Gen.Select(Gen.Int[0, 5].Array[0, 400], Gen.Int[1, 40], Gen.Int[1, 4]).Sample((keys, take, every) =>
        {
            int Compare(int a, int b)
            {
                var byKey = keys[b].CompareTo(keys[a]);
                return byKey != 0 ? byKey : a.CompareTo(b);
            }
            bool Included(int i) => i % every == 0;
            var expected = Enumerable.Range(0, keys.Length).Where(Included).OrderByDescending(i => keys[i]).ThenBy(i => i).Take(take).Order().ToArray();
            Assert.Equal(expected, FirstInOrder.Positions(keys.Length, take, Included, Compare));
        }, iter: 5_000);
    }

    [Theory]
    [InlineData(1_500, 13)]
    [InlineData(2_400, 3)]
    public void The_incident_chart_draws_the_bars_that_sorting_every_range_would(int claims, int seed)
    {
        var model = SyntheticModel.Of(claims, seed);
        var rows = ChartRecipes.IncidentRanges(model, Words.English).Rows;
        var (drawn, highDecides) = (0, false);
        foreach (var metric in model.Dataset.Metrics.Where(m => m.Id is "killed" or "injured"))
        {
            var all = model.IncidentRanges.Where(r => r.Metric == metric.Id).ToList();
            // More ranges than bars, some of them with the same low end (whether the high end decides among
            // the kept ones is checked below, over both metrics).
            Assert.True(all.Count > ChartRecipes.MaxBarsPerMetric);
            Assert.Contains(all.GroupBy(r => r.Range.Low), g => g.Count() > 1);
            // The choice as the chart made it before, by sorting every range of the metric.
            var before = all.OrderByDescending(r => r.Range.Low).ThenByDescending(r => r.Range.High ?? double.PositiveInfinity).Take(ChartRecipes.MaxBarsPerMetric);
            Assert.Equal(before, rows.Select(r => (IncidentRange)r.Origin!).Where(r => r.Metric == metric.Id));
            drawn += ChartRecipes.MaxBarsPerMetric;
            highDecides |= !before.SequenceEqual(all.OrderByDescending(r => r.Range.Low).Take(ChartRecipes.MaxBarsPerMetric));
        }
        Assert.Equal(drawn, rows.Count);
        // These seeds have ranges with the same low among the largest, so the high end decides between them.
        Assert.True(highDecides);
    }

    [Fact]
    public void Among_equal_figures_the_incident_chart_keeps_the_first_in_the_models_order()
    {
        // Eleven incidents with the same figure, then a larger one: it takes the first bar and pushes
        // one of the equal ones out. Sorting every range would keep the first nine equal ones; a
        // choice without the order's last key (position) would drop whichever equal one it held on top.
        var fixture = new Fixture();
        for (var k = 1; k <= 11; k++) fixture.Claim($"c{k:00}", "killed", 5, incident: $"i{k:00}");
        var model = fixture.Claim("c12", "killed", 9, incident: "i12").Analyse();
        var bars = ChartRecipes.IncidentRanges(model, Words.English).Rows.Select(r => ((IncidentRange)r.Origin!).Incident.Id);
        Assert.Equal(["i12", "i01", "i02", "i03", "i04", "i05", "i06", "i07", "i08", "i09"], bars);
    }

    [Fact]
    public void Keeps_the_largest_even_when_they_come_last()
    {
        // Ascending keys: every newcomer beats the kept set, the path where the queue is replaced most.
        var keys = Enumerable.Range(0, 1_000).ToArray();
        var chosen = FirstInOrder.Positions(keys.Length, 10, (a, b) => keys[b].CompareTo(keys[a]) is var c && c != 0 ? c : a.CompareTo(b));
        Assert.Equal(Enumerable.Range(990, 10), chosen);
    }

    [Theory]
    [InlineData(1_500, 7)]
    [InlineData(2_400, 2)]
    public void The_report_lists_the_claims_and_incidents_that_sorting_everything_would(int claims, int seed)
    {
        var model = SyntheticModel.Of(claims, seed);
        var c = new ReportContext(model, Words.English, new ChartGallery(model, Words.English), new ReportOptions([]));
        // The keys vary and tie: more than one corroboration, figures shared by several claims.
        Assert.True(model.Claims.Select(model.CorroborationOf).Distinct().Count() > 1);
        Assert.Contains(model.Claims.GroupBy(x => x.Range?.Low ?? -1), g => g.Count() > 1);
        Assert.True(model.Claims.Length > ReportContext.MaxClaimRows && model.Dataset.Incidents.Length > ReportContext.MaxListRows);

        // The choice as the page made it before, by sorting every claim.
        var claimsBefore = model.Claims.Select((x, i) => (x, i)).OrderByDescending(x => model.CorroborationOf(x.x)).ThenByDescending(x => x.x.Range?.Low ?? -1)
            .ThenBy(x => x.i).Take(ReportContext.MaxClaimRows).OrderBy(x => x.i).Select(x => x.i);
        Assert.Equal(claimsBefore, c.ListedClaims.Select(x => x.Order));
        Assert.All(c.ListedClaims, x => Assert.Same(model.Claims[x.Order], x.Claim));

        var perIncident = model.ClaimsPerIncident;
        var incidentsBefore = model.Dataset.Incidents.Select((x, i) => (x, i)).OrderByDescending(x => perIncident.GetValueOrDefault(x.x.Id)).ThenBy(x => x.i)
            .Take(ReportContext.MaxListRows).OrderBy(x => x.i).Select(x => x.x);
        Assert.Equal(incidentsBefore, c.ListedIncidents);
    }
}
