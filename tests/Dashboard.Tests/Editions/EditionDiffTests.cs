using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Editions;

/// <summary>Pairs of editions written here, with what changed between them worked out by hand.</summary>
public class EditionDiffTests
{
    private static EditionDiff Diff(Fixture before, Fixture after) => EditionDiff.Between(before.Analyse(), after.Analyse());

    private static Fixture TwoSides(double governmentKilled = 2, string qualifier = "exact") => new Fixture()
        .Claim("c1", "killed", governmentKilled, qualifier)
        .Claim("c2", "killed", 8, source: "sdf-a", incident: "i2");

    private static (string, FigureRange?, FigureRange?) Line(HeadlineChange h) => (h.Side?.Wire() ?? "overall", h.Before, h.After);

    [Fact]
    public void The_same_edition_twice_is_no_change()
    {
        var d = Diff(TwoSides(), TwoSides());
        Assert.True(d.IsEmpty);
    }

    [Fact]
    public void A_claims_value_raised_moves_the_headline_of_its_side_and_overall()
    {
        var d = Diff(TwoSides(2), TwoSides(5));
        // Killed overall 2 + 8 = 10 becomes 5 + 8 = 13; the government's 2 becomes 5; the SDF's 8 stays.
        Assert.Equal([("overall", new FigureRange(10, 10), new FigureRange(13, 13)), ("government", new FigureRange(2, 2), new FigureRange(5, 5))], d.Headlines.Select(Line));
        Assert.All(d.Headlines, h => Assert.Equal(["c1"], h.MovedBy));
        var change = Assert.Single(d.ClaimsChanged);
        Assert.Equal(("c1", "value", "2", "5"), (change.Id, change.Fields.Single().Field, change.Fields.Single().Before, change.Fields.Single().After));
        // Every total holding c1 moved: overall, its side, its source, its affected group, its document.
        Assert.Equal(["overall all", "side government", "source gov-a", "affected civilians", "document d1"],
            d.Totals.Select(t => $"{t.Group.ToString().ToLowerInvariant()} {t.Key}"));
        Assert.Empty(d.ClaimsAdded);
        Assert.Empty(d.ClaimsRemoved);
    }

    [Fact]
    public void A_claim_blamed_on_someone_else_is_a_field_change_that_moves_no_total()
    {
        var before = new Fixture().Claim("c1", "killed", 2, blames: "not_stated");
        var after = new Fixture().Claim("c1", "killed", 2, blames: "sdf");
        var d = Diff(before, after);
        var change = Assert.Single(d.ClaimsChanged);
        Assert.Equal(("c1", "blames", "not_stated", "sdf"), (change.Id, change.Fields.Single().Field, change.Fields.Single().Before, change.Fields.Single().After));
        Assert.Empty(d.Totals);
        Assert.Empty(d.Headlines);
    }

    [Fact]
    public void A_new_document_relaying_an_existing_statement_moves_corroboration_not_totals()
    {
        var after = TwoSides().Document("d4").Claim("c3", "killed", 2, document: "d4");
        var d = Diff(TwoSides(), after);
        Assert.Equal(["c3"], d.ClaimsAdded.Select(c => c.Id));
        Assert.Equal(["d4"], d.DocumentsAdded);
        Assert.Empty(d.Headlines);
        // Only the new document's own total appears; no other total moves.
        var total = Assert.Single(d.Totals);
        Assert.Equal((GroupKind.Document, "d4", (FigureRange?)null, (FigureRange?)new FigureRange(2, 2)), (total.Group, total.Key, total.Before, total.After));
        var statement = new StatementKey("gov-a", "killed", "i1");
        Assert.Equal(1, TwoSides().Analyse().Statements.Single(s => s.Key == statement).Corroboration);
        Assert.Equal(2, after.Analyse().Statements.Single(s => s.Key == statement).Corroboration);
    }

    [Fact]
    public void A_claim_removed_takes_its_side_figure_away()
    {
        var after = new Fixture().Claim("c1", "killed", 2);
        var d = Diff(TwoSides(), after);
        Assert.Equal(["c2"], d.ClaimsRemoved.Select(c => c.Id));
        Assert.Equal([("overall", new FigureRange(10, 10), new FigureRange(2, 2)), ("sdf", new FigureRange(8, 8), null)], d.Headlines.Select(Line));
        Assert.All(d.Headlines, h => Assert.Equal(["c2"], h.MovedBy));
    }

    [Fact]
    public void Exact_becoming_more_than_opens_the_range()
    {
        var d = Diff(TwoSides(), TwoSides(qualifier: "more_than"));
        Assert.Equal([("overall", new FigureRange(10, 10), new FigureRange(10, null)), ("government", new FigureRange(2, 2), new FigureRange(2, null))], d.Headlines.Select(Line));
        var change = Assert.Single(d.ClaimsChanged);
        Assert.Equal(new FieldChange("qualifier", "exact", "more_than"), change.Fields.Single());
    }

    [Fact]
    public void An_incident_nested_under_a_toll_with_may_include_moves_the_high_not_the_low()
    {
        var before = new Fixture().Claim("c1", "killed", 5);
        var after = new Fixture().Incident("i1", mayInclude: ["i3"]).Claim("c1", "killed", 5).Claim("c3", "killed", 3, incident: "i3");
        var d = Diff(before, after);
        // The toll of 5 may already count the 3: at least 5, at most 8.
        Assert.Equal(("overall", new FigureRange(5, 5), new FigureRange(5, 8)), Line(d.Headlines.First()));
        Assert.Equal(["i3"], d.IncidentsAdded);
        var nesting = Assert.Single(d.IncidentsChanged);
        Assert.Equal(("i1", new FieldChange("may_include", "", "i3")), (nesting.Id, nesting.Fields.Single()));
        var overall = d.Totals.Single(t => t.Group == GroupKind.Overall);
        Assert.Equal(["c3"], overall.MovedBy);
        Assert.Equal(["i1"], overall.Incidents);
    }
}
