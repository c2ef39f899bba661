using Dashboard.Analysis;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Analysis;

/// <summary>One small dataset per analysis rule, with the expected figures worked out by hand in the comments.</summary>
public class RuleTests
{
    private static FigureRange Total(AnalysedModel m, GroupKind g, string key, string metric) =>
        Assert.Single(m.Totals, t => t.Group == g && t.Key == key && t.Metric == metric).Range;

    private static FigureRange Overall(AnalysedModel m, string metric) => Total(m, GroupKind.Overall, "all", metric);

    [Fact]
    public void The_same_statement_in_two_documents_counts_once_with_corroboration_2()
    {
        // gov-a says 5 killed in i1, carried by d1 and d2: one statement, 5 not 10.
        var m = new Fixture().Claim("c1", "killed", 5, document: "d1").Claim("c2", "killed", 5, document: "d2").Analyse();
        var s = Assert.Single(m.Statements);
        Assert.Equal(2, s.Corroboration);
        Assert.Equal(["c1", "c2"], s.ClaimIds);
        Assert.Equal(new FigureRange(5, 5), Overall(m, "killed"));
        var t = Assert.Single(m.Totals, t => t.Group == GroupKind.Overall);
        Assert.Equal((2, 1, 1), (t.Documents, t.Sources, t.Statements));
    }

    [Fact]
    public void An_incidents_range_spans_its_statements()
    {
        // i1: gov-a says 5, sdf-a says 9 -> [5, 9]; each side keeps its own figure.
        var m = new Fixture().Claim("c1", "killed", 5).Claim("c2", "killed", 9, source: "sdf-a").Analyse();
        Assert.Equal(new FigureRange(5, 9), Assert.Single(m.IncidentRanges).Range);
        Assert.Equal(new FigureRange(5, 9), Overall(m, "killed"));
        Assert.Equal(new FigureRange(5, 5), Total(m, GroupKind.Side, "government", "killed"));
        Assert.Equal(new FigureRange(9, 9), Total(m, GroupKind.Side, "sdf", "killed"));
    }

    [Fact]
    public void An_open_end_stays_open_through_sums()
    {
        // i1 more than 100, i2 exactly 50 -> [150, open), shown "150+".
        var m = new Fixture().Claim("c1", "displaced_people", 100, "more_than").Claim("c2", "displaced_people", 50, incident: "i2").Analyse();
        var total = Overall(m, "displaced_people");
        Assert.Equal(new FigureRange(150, null), total);
        Assert.Equal("150+", total.Format(Dashboard.Model.Unit.People));
    }

    [Fact]
    public void A_percentage_is_never_summed()
    {
        // 60% of one area and more than 90% of another are not 150%: the total is their range [60, open).
        var open = new Fixture().Claim("c1", "area_cleared_pct", 60).Claim("c2", "area_cleared_pct", 90, "more_than", incident: "i2").Analyse();
        Assert.Equal(new FigureRange(60, null), Overall(open, "area_cleared_pct"));
        var closed = new Fixture().Claim("c1", "area_cleared_pct", 80).Claim("c2", "area_cleared_pct", 90, incident: "i2").Analyse();
        Assert.Equal(new FigureRange(80, 90), Overall(closed, "area_cleared_pct"));
        Assert.Equal("80%–90%", Overall(closed, "area_cleared_pct").Format(Dashboard.Model.Unit.Percent));
    }

    [Fact]
    public void A_group_total_only_uses_its_groups_claims()
    {
        // gov-a: 2 killed (i1); sdf-a: 8 killed (i2); ind-a: 3 injured civilians (i3).
        var m = new Fixture()
            .Claim("c1", "killed", 2)
            .Claim("c2", "killed", 8, source: "sdf-a", incident: "i2", affected: "sdf_forces", document: "d2")
            .Claim("c3", "injured", 3, source: "ind-a", incident: "i3")
            .Analyse();
        Assert.Equal(new FigureRange(10, 10), Overall(m, "killed"));
        Assert.Equal(new FigureRange(2, 2), Total(m, GroupKind.Side, "government", "killed"));
        Assert.Equal(new FigureRange(8, 8), Total(m, GroupKind.Source, "sdf-a", "killed"));
        Assert.Equal(new FigureRange(8, 8), Total(m, GroupKind.Affected, "sdf_forces", "killed"));
        Assert.Equal(new FigureRange(2, 2), Total(m, GroupKind.Document, "d1", "killed"));
        Assert.Equal(["c2"], Assert.Single(m.Totals, t => t.Group == GroupKind.Side && t.Key == "sdf").ClaimIds);
        Assert.DoesNotContain(m.Totals, t => t.Group == GroupKind.Side && t.Key == "independent" && t.Metric == "killed");
    }

    [Theory]
    [InlineData("exact", 7d, null, null, 7d, 7d)]
    [InlineData("about", 50d, null, null, 50d, 50d)]
    [InlineData("more_than", 46000d, null, null, 46000d, null)]
    [InlineData("at_least", 4d, null, null, 4d, null)]
    [InlineData("up_to", 30d, null, null, 0d, 30d)]
    [InlineData("vague", null, 20d, null, 20d, null)]
    [InlineData("vague", null, 20d, 40d, 20d, 40d)]
    public void Each_qualifier_gives_its_range(string qualifier, double? value, double? low, double? high, double expectedLow, double? expectedHigh)
    {
        var m = new Fixture().Claim("c1", "injured", value, qualifier, low: low, high: high).Analyse();
        Assert.Equal(new FigureRange(expectedLow, expectedHigh), Assert.Single(m.Claims).Range);
        Assert.Equal(new FigureRange(expectedLow, expectedHigh), Overall(m, "injured"));
    }

    [Fact]
    public void An_incident_that_certainly_includes_another_is_not_added_to_it()
    {
        // Toll of 10 includes an attack with 4: [max(10, 4), 10] = 10, not 14.
        var m = new Fixture().Incident("toll", includes: ["attack"]).Claim("c1", "killed", 10, incident: "toll").Claim("c2", "killed", 4, incident: "attack", source: "gov-b").Analyse();
        Assert.Equal(new FigureRange(10, 10), Overall(m, "killed"));
    }

    [Fact]
    public void An_incident_that_may_include_another_covers_both_readings()
    {
        // Three-day toll 8 may include day-one 2: at least 8, at most 10.
        var m = new Fixture().Incident("toll", mayInclude: ["day1"]).Claim("c1", "killed", 8, incident: "toll").Claim("c2", "killed", 2, incident: "day1").Analyse();
        Assert.Equal(new FigureRange(8, 10), Overall(m, "killed"));
    }

    [Fact]
    public void Containment_applies_within_each_group_only()
    {
        // gov-a's toll (8) may include sdf-a's day-one figure (2): overall [8, 10]; each side alone has just its own.
        var m = new Fixture().Incident("toll", mayInclude: ["day1"])
            .Claim("c1", "killed", 8, incident: "toll").Claim("c2", "killed", 2, incident: "day1", source: "sdf-a").Analyse();
        Assert.Equal(new FigureRange(8, 10), Overall(m, "killed"));
        Assert.Equal(new FigureRange(8, 8), Total(m, GroupKind.Side, "government", "killed"));
        Assert.Equal(new FigureRange(2, 2), Total(m, GroupKind.Side, "sdf", "killed"));
    }

    [Fact]
    public void A_child_of_an_absent_incident_attaches_to_the_nearest_present_ancestor()
    {
        // a may include b, b includes c; only a (5) and c (7) have claims: c joins a through a "may" link: [7, 12].
        var m = new Fixture().Incident("a", mayInclude: ["b"]).Incident("b", includes: ["c"])
            .Claim("c1", "injured", 5, incident: "a").Claim("c2", "injured", 7, incident: "c").Analyse();
        Assert.Equal(new FigureRange(7, 12), Overall(m, "injured"));
        // With every link certain, c adds nothing beyond a; a part larger than its whole lifts the ceiling: [7, 7].
        var certain = new Fixture().Incident("a", includes: ["b"]).Incident("b", includes: ["c"])
            .Claim("c1", "injured", 5, incident: "a").Claim("c2", "injured", 7, incident: "c").Analyse();
        Assert.Equal(new FigureRange(7, 7), Overall(certain, "injured"));
    }

    [Fact]
    public void Children_of_one_container_add_up_before_meeting_it()
    {
        // toll 10 may include x (4) and y (at least 3): [max(10, 4 + 3), open) since y is open.
        var m = new Fixture().Incident("toll", mayInclude: ["x", "y"])
            .Claim("c1", "injured", 10, incident: "toll").Claim("c2", "injured", 4, incident: "x").Claim("c3", "injured", 3, "at_least", incident: "y").Analyse();
        Assert.Equal(new FigureRange(10, null), Overall(m, "injured"));
        // toll 5 includes x (4) and y (3): the parts exceed the whole; [7, 7].
        var parts = new Fixture().Incident("toll", includes: ["x", "y"])
            .Claim("c1", "injured", 5, incident: "toll").Claim("c2", "injured", 4, incident: "x").Claim("c3", "injured", 3, incident: "y").Analyse();
        Assert.Equal(new FigureRange(7, 7), Overall(parts, "injured"));
    }

    [Fact]
    public void A_part_that_may_lie_outside_a_certain_part_raises_the_ceiling_of_the_whole()
    {
        // C = 50 includes S = 20, which may include T = 5. T may lie outside S, so outside C too:
        // [max(50, 20 + 5), 50 + 5] = [50, 55]. A chain is "includes" only when every link is.
        var fixture = new Fixture().Incident("t").Incident("s", mayInclude: ["t"]).Incident("c", includes: ["s"])
            .Claim("c1", "killed", 50, incident: "c").Claim("t1", "killed", 5, incident: "t");
        Assert.Equal(new FigureRange(50, 55), Overall(fixture.Analyse(), "killed"));
        // With S's own claim the answer is the same: a claim about S neither adds T nor removes it.
        Assert.Equal(new FigureRange(50, 55), Overall(fixture.Claim("s1", "killed", 20, incident: "s").Analyse(), "killed"));
    }

    [Fact]
    public void An_open_part_that_may_lie_outside_keeps_the_whole_open()
    {
        // C = 50 includes S = 20 which may include T = "more than 9": the ceiling is unbounded.
        var m = new Fixture().Incident("t").Incident("s", mayInclude: ["t"]).Incident("c", includes: ["s"])
            .Claim("c1", "killed", 50, incident: "c").Claim("s1", "killed", 20, incident: "s").Claim("t1", "killed", 9, qualifier: "more_than", incident: "t")
            .Analyse();
        Assert.Equal(new FigureRange(50, null), Overall(m, "killed"));
    }

    [Fact]
    public void An_open_part_certainly_inside_a_closed_whole_leaves_it_closed()
    {
        // C = 50 includes S includes T = "more than 9": T is inside C whatever its size below 50.
        var m = new Fixture().Incident("t").Incident("s", includes: ["t"]).Incident("c", includes: ["s"])
            .Claim("c1", "killed", 50, incident: "c").Claim("t1", "killed", 9, qualifier: "more_than", incident: "t")
            .Analyse();
        Assert.Equal(new FigureRange(50, 50), Overall(m, "killed"));
    }

    [Fact]
    public void A_may_link_above_a_certain_link_adds_the_whole_certain_part()
    {
        // C = 10 may include S = 4, which includes T = 3: S (with T inside) may lie outside C:
        // [max(10, 4), 10 + 4] = [10, 14]; T adds nothing beyond S.
        var m = new Fixture().Incident("t").Incident("s", includes: ["t"]).Incident("c", mayInclude: ["s"])
            .Claim("c1", "killed", 10, incident: "c").Claim("s1", "killed", 4, incident: "s").Claim("t1", "killed", 3, incident: "t")
            .Analyse();
        Assert.Equal(new FigureRange(10, 14), Overall(m, "killed"));
    }

    [Fact]
    public void Every_total_lists_the_claims_it_was_built_from()
    {
        var m = new Fixture().Claim("b", "killed", 1).Claim("a", "killed", 2, incident: "i2").Claim("z", "injured", 3).Analyse();
        Assert.Equal(["a", "b"], Assert.Single(m.Totals, t => t.Group == GroupKind.Overall && t.Metric == "killed").ClaimIds);
    }

    [Fact]
    public void Headline_gives_each_sides_figure_and_none_for_a_silent_side()
    {
        var m = new Fixture().Claim("c1", "killed", 2).Claim("c2", "killed", 8, source: "sdf-a", incident: "i2").Analyse();
        var h = Assert.Single(m.Headlines, h => h.Metric.Id == "killed");
        Assert.Equal(new FigureRange(2, 2), h.For(Dashboard.Model.Side.Government)!.Range);
        Assert.Equal(new FigureRange(8, 8), h.For(Dashboard.Model.Side.Sdf)!.Range);
        Assert.Null(h.For(Dashboard.Model.Side.Independent));
        Assert.Null(Assert.Single(m.Headlines, h => h.Metric.Id == "attacks").Overall);
    }
}
