using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Words;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Analysis;

public class ContestedTests
{
    [Theory]
    [InlineData(2d, 2d, 8d, 8d, false, 6d)]      // 2 against 8: at least 6 apart
    [InlineData(10d, 12d, 3d, 4d, false, 6d)]    // the other way round
    [InlineData(9d, null, 57d, 59d, true, 0d)]   // 9+ could reach 57
    [InlineData(5d, 10d, 8d, 20d, true, 0d)]     // overlapping ranges
    [InlineData(60d, null, 57d, 59d, false, 1d)] // 60+ is above 59
    [InlineData(5d, 5d, 5d, null, true, 0d)]     // touching at one figure
    public void Overlap_and_gap_are_worked_out_from_both_ranges(double aLow, double? aHigh, double bLow, double? bHigh, bool overlap, double gap)
    {
        var (a, b) = (new FigureRange(aLow, aHigh), new FigureRange(bLow, bHigh));
        Assert.Equal((overlap, gap), (RangeComparison.Overlap(a, b), RangeComparison.Gap(a, b)));
        Assert.Equal((overlap, gap), (RangeComparison.Overlap(b, a), RangeComparison.Gap(b, a)));
    }

    private static string Report(AnalysedModel m) => Render.Text(m, Words.English.ReportFile);

    [Fact]
    public void Two_sides_tolls_of_different_people_are_never_compared()
    {
        // Each side blames the other for its toll: different people, so no comparison, no conflict.
        var m = new Fixture()
            .Claim("gov", "killed", 2, source: "gov-a", incident: "gov-toll", blames: "sdf")
            .Claim("sdf", "killed", 8, source: "sdf-a", incident: "sdf-toll", blames: "government")
            .Analyse();
        Assert.Empty(m.Comparisons);
        Assert.Contains(Words.English.NoConflicts, Report(m));
    }

    [Fact]
    public void Two_statements_about_one_incident_that_do_not_overlap_conflict_by_their_gap()
    {
        var m = new Fixture()
            .Claim("a", "killed", 2, source: "gov-a", incident: "market")
            .Claim("b", "killed", 9, qualifier: "more_than", source: "sdf-a", incident: "market")
            .Analyse();
        var c = Assert.Single(m.Comparisons);
        Assert.Equal(ComparisonKind.SameIncident, c.Kind);
        Assert.True(c.Conflict);
        Assert.Equal(7d, c.Gap); // 2 against "more than 9": at least 9 - 2 apart
        Assert.Equal("label market: 2 and more than 9 killed cannot both hold; they are at least 7 apart.", Words.English.Compared(c));
        Assert.DoesNotContain(Words.English.NoConflicts, Report(m));
    }

    [Fact]
    public void Two_statements_about_one_incident_that_overlap_can_both_hold()
    {
        var m = new Fixture()
            .Claim("a", "injured", 4, qualifier: "at_least", source: "gov-a", incident: "market")
            .Claim("b", "injured", 6, source: "gov-b", incident: "market")
            .Analyse();
        var c = Assert.Single(m.Comparisons);
        Assert.False(c.Conflict);
        Assert.Equal(0d, c.Gap);
    }

    [Fact]
    public void A_whole_lower_than_a_part_it_includes_conflicts_and_the_chain_of_includes_is_followed()
    {
        // top (5) includes mid (no injured figure) which includes leaf (8): 5 < 8 through the chain.
        var m = new Fixture()
            .Incident("leaf").Incident("mid", includes: ["leaf"]).Incident("top", includes: ["mid"])
            .Claim("whole", "injured", 5, incident: "top")
            .Claim("part", "injured", 8, source: "gov-b", incident: "leaf")
            .Analyse();
        var c = Assert.Single(m.Comparisons);
        Assert.Equal((ComparisonKind.Includes, "top", "leaf", true, 3d), (c.Kind, c.First.Incident.Id, c.Second.Incident.Id, c.Conflict, c.Gap));
    }

    [Fact]
    public void A_toll_that_may_include_an_earlier_one_is_read_both_ways_and_never_called_a_conflict()
    {
        var m = new Fixture()
            .Incident("earlier").Incident("later", mayInclude: ["earlier"])
            .Claim("e", "injured", 8, incident: "earlier")
            .Claim("l", "injured", 9, incident: "later")
            .Analyse();
        var c = Assert.Single(m.Comparisons);
        Assert.Equal(ComparisonKind.MayInclude, c.Kind);
        Assert.False(c.Conflict);
        Assert.Equal((new FigureRange(9, 9), new FigureRange(17, 17)), (c.IfInside!.Value, c.IfOutside!.Value));
        Assert.Equal("9 injured if label later (9) counts label earlier (8); 17 if it does not. The text does not say which.", Words.English.Compared(c));
    }

    [Fact]
    public void Attribution_totals_each_claimant_side_and_blamed_side_with_containment()
    {
        // SDF sources: a three-day toll of 57 that may include a checkpoint's 2, both blamed on the
        // government: 57 to 59. Government sources: 2 killed blamed on the SDF.
        var m = new Fixture()
            .Incident("checkpoint").Incident("three-days", mayInclude: ["checkpoint"])
            .Claim("s1", "injured", 57, source: "sdf-a", incident: "three-days", blames: "government")
            .Claim("s2", "injured", 2, source: "sdf-a", incident: "checkpoint", blames: "government")
            .Claim("g1", "killed", 2, source: "gov-a", incident: "shelling", blames: "sdf")
            .Claim("g2", "injured", 3, source: "gov-a", incident: "unknown-cause")
            .Analyse();
        var rows = m.Attribution.ToDictionary(r => (r.ClaimantSide, r.Blamed, r.Metric.Id));
        Assert.Equal(new FigureRange(57, 59), rows[(Side.Sdf, Blame.Government, "injured")].Total!.Range);
        Assert.Equal(["s1", "s2"], rows[(Side.Sdf, Blame.Government, "injured")].ClaimIds);
        Assert.Equal(new FigureRange(2, 2), rows[(Side.Government, Blame.Sdf, "killed")].Total!.Range);
        Assert.Equal(new FigureRange(3, 3), rows[(Side.Government, Blame.NotStated, "injured")].Total!.Range);
        Assert.False(rows[(Side.Government, Blame.NotStated, "injured")].BlamesOtherSide);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void A_mention_without_a_figure_is_listed_under_its_blame_but_counted_in_no_total()
    {
        var m = new Fixture()
            .Claim("fig", "injured", 4, source: "gov-a", incident: "a", blames: "sdf")
            .Claim("mention", "injured", null, qualifier: "unquantified", source: "gov-b", incident: "b", blames: "sdf")
            .Analyse();
        var row = Assert.Single(m.Attribution);
        Assert.Equal(new FigureRange(4, 4), row.Total!.Range);
        Assert.Equal("mention", Assert.Single(row.Mentions).Claim.Claim.Id);
        Assert.Equal(["fig", "mention"], row.ClaimIds);
        Assert.All(m.Totals, t => Assert.DoesNotContain("mention", t.ClaimIds));
        Assert.Equal(new FigureRange(4, 4), m.Headlines.Single(h => h.Metric.Id == "injured").Overall!.Range);
        Assert.Null(m.Claims.Single(c => c.Claim.Id == "mention").Range);
        Assert.Equal("mention", Assert.Single(m.Mentions).Claim.Id);
        // PRODUCT.md's own words for a mention: shown as "mentioned, no figure".
        Assert.Contains("mentioned, no figure", Report(m));
    }

    [Fact]
    public void A_mention_alone_gives_a_row_with_no_total_and_no_headline_figure()
    {
        var m = new Fixture()
            .Claim("mention", "killed", null, qualifier: "unquantified", source: "ind-a", incident: "a")
            .Analyse();
        var row = Assert.Single(m.Attribution);
        Assert.Null(row.Total);
        Assert.Null(m.Headlines.Single(h => h.Metric.Id == "killed").Overall);
        Assert.Empty(m.IncidentRanges);
    }

    [Fact]
    public void A_contention_quoted_from_one_side_says_so()
    {
        var m = new Fixture()
            .Contention("both", ("gov-a", "asserts"), ("sdf-a", "denies"))
            .Contention("one", ("sdf-a", "asserts"))
            .Analyse();
        Assert.Equal([false, true], m.Contentions.Select(c => c.OneSided));
        Assert.Equal([Side.Government, Side.Sdf], m.Contentions[0].Sides);
        Assert.Contains("Quoted from one side only (SDF sources)", Report(m));
    }

    [Fact]
    public void Without_removes_claims_and_the_totals_follow()
    {
        var valid = new Fixture().Claim("c1", "killed", 2).Claim("c2", "killed", 8, source: "sdf-a", incident: "i2").Validated();
        var m = AnalysedModel.Build(valid.Without(c => c.Source == "sdf-a"));
        Assert.Equal(["c1"], m.Claims.Select(c => c.Claim.Id));
        Assert.Equal(new FigureRange(2, 2), m.Headlines.Single(h => h.Metric.Id == "killed").Overall!.Range);
        Assert.Equal(2, valid.Dataset.Claims.Length);
    }

    [Theory]
    [InlineData("d2", "d1", "c-original")] // the rendering's claim comes first in the file: the original is still quoted
    [InlineData("d1", "d2", "c-original")]
    public void A_statement_is_quoted_from_its_original_whatever_the_claims_order(string firstDocument, string secondDocument, string quoted)
    {
        // d2 renders d1; the same statement (gov-a, killed, i1) is carried by both.
        var fixture = new Fixture().Renders("d2", "d1");
        foreach (var document in new[] { firstDocument, secondDocument })
        {
            fixture.Claim(document == "d1" ? "c-original" : "c-rendering", "killed", 4, document: document);
        }
        var m = fixture.Analyse();
        var quotation = m.QuotationOf(Assert.Single(m.Statements));
        Assert.Equal((quoted, "d1"), (quotation.Claim.Claim.Id, quotation.Document.Id));
    }

    [Fact]
    public void A_statement_only_renderings_carry_is_quoted_from_its_first_claim()
    {
        var fixture = new Fixture().Renders("d2", "d1").Renders("d3", "d1")
            .Claim("c-late", "killed", 4, document: "d3").Claim("c-early", "killed", 4, document: "d2");
        var m = fixture.Analyse();
        var quotation = m.QuotationOf(Assert.Single(m.Statements));
        Assert.Equal(("c-late", "d3"), (quotation.Claim.Claim.Id, quotation.Document.Id));
    }

    [Fact]
    public void Only_harm_laid_on_the_other_party_counts_as_blaming_the_other_side()
    {
        // Government sources blaming the SDF blame the other side; blaming their own side, or no
        // one, does not; SDF sources blaming the government do.
        var m = new Fixture()
            .Claim("g-sdf", "killed", 2, source: "gov-a", incident: "a", blames: "sdf")
            .Claim("g-gov", "killed", 1, source: "gov-a", incident: "b", blames: "government")
            .Claim("g-none", "killed", 3, source: "gov-a", incident: "c")
            .Claim("s-gov", "killed", 8, source: "sdf-a", incident: "d", blames: "government")
            .Analyse();
        var other = m.Attribution.ToDictionary(r => r.Claim(), r => r.BlamesOtherSide);
        Assert.Equal(new Dictionary<string, bool> { ["g-sdf"] = true, ["g-gov"] = false, ["g-none"] = false, ["s-gov"] = true }, other);
    }

    [Fact]
    public void A_contentions_positions_are_read_side_by_side_in_the_datasets_order()
    {
        var m = new Fixture()
            .Contention("truce", ("sdf-a", "asserts"), ("gov-a", "denies"), ("gov-b", "asserts"))
            .Analyse();
        var view = Assert.Single(m.Contentions);
        Assert.Equal(["truce-p1", "truce-p2"], view.Of(Side.Government).Select(p => p.Position.Id));
        Assert.Equal(["truce-p0"], view.Of(Side.Sdf).Select(p => p.Position.Id));
        Assert.Empty(view.Of(Side.Independent));
    }
}

file static class AttributionRowNames
{
    /// <summary>The single claim behind a row, for tests whose rows each hold one.</summary>
    public static string Claim(this AttributionRow row) => Assert.Single(row.ClaimIds);
}
