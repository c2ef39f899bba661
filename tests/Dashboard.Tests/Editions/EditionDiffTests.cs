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

    /// <summary>Loads JSON text as an edition, failing with the validator's problems.</summary>
    private static AnalysedModel Edition(string json) => Dashboard.Tests.Reference.ReferenceAgreementTests.Model(json, "edition.json");

    /// <summary>A dataset's JSON with one record's fields replaced.</summary>
    private static string Edit(Fixture fixture, string collection, int index, params (string Key, System.Text.Json.Nodes.JsonNode? Value)[] fields) =>
        Edit(fixture.Json(), collection, index, fields);

    private static string Edit(string json, string collection, int index, params (string Key, System.Text.Json.Nodes.JsonNode? Value)[] fields)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var record = root[collection]![index]!.AsObject();
        foreach (var (key, value) in fields) record[key] = value;
        return root.ToJsonString();
    }

    [Fact]
    public void Every_field_of_a_claim_is_compared_under_the_name_the_data_file_gives_it()
    {
        // Before: a vague 20 to 30 killed. After: every field the data contract lists for a claim
        // changed. The changes come in the contract's order, as the file writes each value.
        var before = new Fixture().Incident("i2").Claim("c1", "killed", null, "vague", low: 20, high: 30, note: "old note");
        var after = Edit(before, "claims", 0,
            ("document", "d2"), ("source", "sdf-a"), ("metric", "injured"), ("value", 5), ("qualifier", "exact"), ("low", null), ("high", null),
            ("affected", "mixed"), ("incident", "i2"), ("place", "Ashrafieh"), ("period", "three days"), ("blames", "government"),
            ("evidence", "نص آخر"), ("evidence_en", "another gloss"), ("note", "new note"), ("note_ar", "ملاحظة أخرى"));
        var d = EditionDiff.Between(before.Analyse(), Edition(after));
        var change = Assert.Single(d.ClaimsChanged);
        Assert.Equal(
        [
            new FieldChange("document", "d1", "d2"), new FieldChange("source", "gov-a", "sdf-a"), new FieldChange("metric", "killed", "injured"),
            new FieldChange("value", null, "5"), new FieldChange("qualifier", "vague", "exact"), new FieldChange("low", "20", null), new FieldChange("high", "30", null),
            new FieldChange("affected", "civilians", "mixed"), new FieldChange("incident", "i1", "i2"), new FieldChange("place", "Aleppo", "Ashrafieh"),
            new FieldChange("period", null, "three days"), new FieldChange("blames", "not_stated", "government"), new FieldChange("evidence", "نص", "نص آخر"),
            new FieldChange("evidence_en", "gloss", "another gloss"), new FieldChange("note", "old note", "new note"), new FieldChange("note_ar", "ملاحظة", "ملاحظة أخرى"),
        ], change.Fields);
        Assert.False(d.IsEmpty);
    }

    [Fact]
    public void Every_field_of_an_incident_is_compared_under_the_name_the_data_file_gives_it()
    {
        var before = new Fixture().Incident("a").Incident("b").Incident("i1", includes: ["a"], mayInclude: ["b"]).Claim("c1", "killed", 2);
        var after = Edit(before, "incidents", 2,
            ("description", "new"), ("description_ar", "جديد"), ("place", "Ashrafieh"), ("place_ar", "الأشرفية"), ("label", "new label"), ("label_ar", "تسمية جديدة"),
            ("includes", new System.Text.Json.Nodes.JsonArray("b")), ("may_include", new System.Text.Json.Nodes.JsonArray("a")), ("note", "why"), ("note_ar", "لماذا"));
        var d = EditionDiff.Between(before.Analyse(), Edition(after));
        var change = Assert.Single(d.IncidentsChanged);
        Assert.Equal(["description", "description_ar", "place", "place_ar", "label", "label_ar", "includes", "may_include", "note", "note_ar"], change.Fields.Select(f => f.Field));
        Assert.Equal((new FieldChange("includes", "a", "b"), new FieldChange("may_include", "b", "a")), (change.Fields[6], change.Fields[7]));
        Assert.False(d.IsEmpty);
    }

    [Fact]
    public void An_incidents_children_are_listed_comma_separated_as_the_field_changes()
    {
        var before = new Fixture().Incident("a").Incident("b").Incident("c").Incident("d").Incident("i1", includes: ["a"], mayInclude: ["c"]).Claim("c1", "killed", 2);
        var after = Edit(before, "incidents", 4, ("includes", new System.Text.Json.Nodes.JsonArray("a", "b")), ("may_include", new System.Text.Json.Nodes.JsonArray("c", "d")));
        var change = Assert.Single(EditionDiff.Between(before.Analyse(), Edition(after)).IncidentsChanged);
        Assert.Equal([new FieldChange("includes", "a", "a, b"), new FieldChange("may_include", "c", "c, d")], change.Fields);
    }

    [Fact]
    public void A_mention_added_alone_is_a_change_though_no_total_moves()
    {
        // A claim with no figure moves no total and no headline; the edition still differs.
        var after = TwoSides().Claim("m", "injured", null, "unquantified");
        var d = Diff(TwoSides(), after);
        Assert.Equal(["m"], d.ClaimsAdded.Select(c => c.Id));
        Assert.Empty(d.Totals);
        Assert.Empty(d.Headlines);
        Assert.False(d.IsEmpty);
    }

    [Fact]
    public void Records_added_or_removed_without_claims_are_changes_too()
    {
        Assert.False(Diff(TwoSides(), TwoSides().Document("d9")).IsEmpty);
        Assert.False(Diff(TwoSides().Document("d9"), TwoSides()).IsEmpty);
        Assert.False(Diff(TwoSides(), TwoSides().Source("new-source", "independent")).IsEmpty);
        Assert.False(Diff(TwoSides().Source("new-source", "independent"), TwoSides()).IsEmpty);
        Assert.False(Diff(TwoSides(), TwoSides().Incident("quiet")).IsEmpty);
        Assert.False(Diff(TwoSides().Incident("quiet"), TwoSides()).IsEmpty);
        Assert.False(Diff(TwoSides().Claim("m", "injured", null, "unquantified"), TwoSides()).IsEmpty);
    }

    [Fact]
    public void Moved_totals_come_by_group_then_key_then_metric_id_each_with_its_claims_and_incidents_by_id()
    {
        // gov-a's and gov-b's figures both rise, for injured and killed; both incidents gain a nesting change.
        static Fixture Tolls(double k) => new Fixture()
            .Claim("c2", "killed", k, source: "gov-b", incident: "i2")
            .Claim("c1", "killed", k, source: "gov-a", incident: "i1")
            .Claim("c4", "injured", k, source: "gov-b", incident: "i2")
            .Claim("c3", "injured", k, source: "gov-a", incident: "i1");
        var after = Edit(Edit(Tolls(2), "incidents", 0, ("note", "n"), ("note_ar", "م")), "incidents", 1, ("note", "n"), ("note_ar", "م"));
        var d = EditionDiff.Between(Tolls(1).Analyse(), Edition(after));
        var sources = d.Totals.Where(t => t.Group == GroupKind.Source).Select(t => $"{t.Key} {t.Metric}");
        Assert.Equal(["gov-a injured", "gov-a killed", "gov-b injured", "gov-b killed"], sources);
        var overall = d.Totals.First(t => t.Group == GroupKind.Overall);
        Assert.Equal("injured", overall.Metric);
        Assert.Equal(["c3", "c4"], overall.MovedBy);
        Assert.Equal(["i1", "i2"], overall.Incidents);
    }

    [Fact]
    public void A_percentages_unit_is_known_to_the_diff()
    {
        var d = Diff(new Fixture().Claim("p", "area_cleared_pct", 80), new Fixture().Claim("p", "area_cleared_pct", 90));
        Assert.Equal(Unit.Percent, d.UnitOf("area_cleared_pct"));
        Assert.Equal(Unit.People, d.UnitOf("killed"));
    }
}
