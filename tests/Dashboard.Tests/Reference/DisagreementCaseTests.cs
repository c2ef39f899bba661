using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Reference;

/// <summary>
/// The cases where the model and the reference first disagreed, each worked out by hand from the
/// rules: what the right answer is, and that both now give it.
/// </summary>
public class DisagreementCaseTests
{
    private static AttributionRow Row(AnalysedModel m, Side side, Blame blamed, string metric) =>
        Assert.Single(m.Attribution, r => r.ClaimantSide == side && r.Blamed == blamed && r.Metric.Id == metric);

    [Fact]
    public void A_mention_blaming_someone_else_than_the_figure_of_its_statement_has_its_own_row()
    {
        // gov-a says 6 killed in i1 blaming the SDF (d1), and mentions deaths in i1 with no number
        // blaming the government (d2): one statement (same source, metric, incident), two blames.
        // The SDF row has the 6; the government row has the mention alone, no total, no figure quoted.
        var f = new Fixture()
            .Claim("fig", "killed", 6, blames: "sdf", document: "d1")
            .Claim("mention", "killed", null, qualifier: "unquantified", blames: "government", document: "d2");
        var m = f.Analyse();
        var sdf = Row(m, Side.Government, Blame.Sdf, "killed");
        Assert.Equal(new FigureRange(6, 6), sdf.Total!.Range);
        Assert.Equal(["fig"], sdf.ClaimIds);
        Assert.Empty(sdf.Mentions);
        var government = Row(m, Side.Government, Blame.Government, "killed");
        Assert.Null(government.Total);
        Assert.Empty(government.Quotations);
        Assert.Equal("mention", Assert.Single(government.Mentions).Claim.Claim.Id);
        Assert.Equal(["mention"], government.MentionIds);
        Assert.Equal(["mention"], government.ClaimIds);
        Assert.Equal("", ReferenceAgreementTests.Disagreement(f.Json()));
    }

    [Fact]
    public void A_mention_beside_a_figure_of_the_same_statement_and_blame_is_still_shown_as_a_mention()
    {
        // The same source, incident, metric and blame: 6 killed in d1, "deaths" in d2. The total is
        // the 6 and lists only it; the row also shows the mention, quoted from its own words.
        var f = new Fixture()
            .Claim("fig", "killed", 6, blames: "sdf", document: "d1")
            .Claim("mention", "killed", null, qualifier: "unquantified", blames: "sdf", document: "d2");
        var m = f.Analyse();
        var row = Row(m, Side.Government, Blame.Sdf, "killed");
        Assert.Equal(["fig"], row.Total!.ClaimIds);
        Assert.Equal("fig", Assert.Single(row.Quotations).Claim.Claim.Id);
        Assert.Equal("mention", Assert.Single(row.Mentions).Claim.Claim.Id);
        Assert.Equal(["fig", "mention"], row.ClaimIds);
        Assert.Equal("", ReferenceAgreementTests.Disagreement(f.Json()));
    }

    [Fact]
    public void An_incident_range_lists_only_the_claims_with_a_figure_even_where_a_mention_shares_their_statement()
    {
        // The statement holds both claims; the range [6, 6] stands on the figure alone.
        var f = new Fixture()
            .Claim("fig", "killed", 6, document: "d1")
            .Claim("mention", "killed", null, qualifier: "unquantified", document: "d2");
        var m = f.Analyse();
        Assert.Equal(["fig", "mention"], Assert.Single(m.Statements).ClaimIds);
        var range = Assert.Single(m.IncidentRanges);
        Assert.Equal(new FigureRange(6, 6), range.Range);
        Assert.Equal(["fig"], range.ClaimIds);
        Assert.Equal("", ReferenceAgreementTests.Disagreement(f.Json()));
    }

    [Fact]
    public void Two_renderings_of_one_original_are_one_witness_even_without_the_original()
    {
        // d2 and d3 both translate d1; only the translations carry the statement. Neither renders
        // the other, but both carry d1's words: one witness, not two.
        var f = new Fixture().Renders("d2", "d1").Renders("d3", "d1")
            .Claim("a", "killed", 4, document: "d2").Claim("b", "killed", 4, document: "d3");
        var s = Assert.Single(f.Analyse().Statements);
        Assert.Equal((2, 1), (s.Corroboration, s.IndependentDocuments));
        Assert.Equal("", ReferenceAgreementTests.Disagreement(f.Json()));
    }

    [Fact]
    public void A_rendering_of_a_rendering_is_no_second_witness_beside_the_original()
    {
        // d3 translates d2, which translates d1; d1 and d3 carry the statement: one witness.
        var f = new Fixture().Renders("d2", "d1").Renders("d3", "d2")
            .Claim("a", "killed", 4, document: "d1").Claim("b", "killed", 4, document: "d3");
        var m = f.Analyse();
        var s = Assert.Single(m.Statements);
        Assert.Equal((2, 1), (s.Corroboration, s.IndependentDocuments));
        var total = Assert.Single(m.Totals, t => t.Group == GroupKind.Overall);
        Assert.Equal((2, 1), (total.Documents, total.IndependentDocuments));
        Assert.Equal("", ReferenceAgreementTests.Disagreement(f.Json()));
    }

    [Fact]
    public void A_whole_said_to_be_more_than_its_figure_stays_more_than_in_the_reading_with_the_part_inside()
    {
        // The later toll is "more than 9" and may include the earlier 5. Inside: the later toll
        // alone, still more than 9, so its floor stays excluded; outside: more than 14.
        var f = new Fixture().Incident("earlier").Incident("later", mayInclude: ["earlier"])
            .Claim("e", "injured", 5, incident: "earlier")
            .Claim("l", "injured", 9, qualifier: "more_than", incident: "later");
        var c = Assert.Single(f.Analyse().Comparisons);
        Assert.Equal((9d, null, true), (c.IfInside!.Value.Low, c.IfInside.Value.High, c.IfInside.Value.LowExclusive));
        Assert.Equal((14d, null, true), (c.IfOutside!.Value.Low, c.IfOutside.Value.High, c.IfOutside.Value.LowExclusive));
        // With the part's floor higher than the whole's, the part's wording decides: at least 12.
        var g = new Fixture().Incident("earlier").Incident("later", mayInclude: ["earlier"])
            .Claim("e", "injured", 12, qualifier: "at_least", incident: "earlier")
            .Claim("l", "injured", 9, qualifier: "more_than", incident: "later");
        var d = Assert.Single(g.Analyse().Comparisons);
        Assert.Equal((12d, false), (d.IfInside!.Value.Low, d.IfInside.Value.LowExclusive));
        Assert.Equal("", ReferenceAgreementTests.Disagreement(f.Json()));
        Assert.Equal("", ReferenceAgreementTests.Disagreement(g.Json()));
    }
}
