using System.Text;
using System.Text.Json;
using Dashboard.Analysis;
using Dashboard.Rendering.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Rendering;

public class AggregatesJsonTests
{
    // A fixed fixture: gov-a 2 killed in i1 (d1, d2, and d4, the English rendering of d1), sdf-a's
    // toll of 8 in i2 may include i3, where sdf-a also reports 2; more than 46,000 displaced (gov-b);
    // dozens of families (vague); gov-b mentions injuries with no figure. gov-a blames the SDF,
    // sdf-a the government; one contention with a position from each side.
    private static Fixture Fixed() => new Fixture()
        .Document("d4", "en", renderingOf: "d1")
        .Incident("i2", mayInclude: ["i3"])
        .Claim("c1", "killed", 2, document: "d1", blames: "sdf")
        .Claim("c2", "killed", 2, document: "d2", blames: "sdf")
        .Claim("c7", "killed", 2, document: "d4", blames: "sdf")
        .Claim("c3", "killed", 8, source: "sdf-a", incident: "i2", affected: "unspecified", document: "d2", blames: "government")
        .Claim("c4", "killed", 2, source: "sdf-a", incident: "i3", affected: "sdf_forces", document: "d2", blames: "government")
        .Claim("c5", "displaced_people", 46000, "more_than", source: "gov-b", incident: "i4", document: "d3")
        .Claim("c6", "displaced_families", null, "vague", incident: "i5", low: 20, high: 99, document: "d1", blames: "sdf")
        .Claim("c8", "injured", null, "unquantified", source: "gov-b", incident: "i6", document: "d1", blames: "sdf")
        .Contention("shelling", ("gov-a", "asserts"), ("sdf-a", "denies"));

    private static byte[] Write(AnalysedModel model)
    {
        using var stream = new MemoryStream();
        new AggregatesJson().Write(model, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Output_matches_the_reviewed_golden_file()
    {
        var actual = Encoding.UTF8.GetString(Write(Fixed().Analyse()));
        var golden = Path.Combine(Repo.Root, "tests", "Dashboard.Tests", "Golden", "aggregates.fixture.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllText(golden, actual);
        Assert.Equal(File.ReadAllText(golden), actual);
    }

    [Fact]
    public void Hand_worked_figures_appear_in_the_file()
    {
        using var doc = JsonDocument.Parse(Write(Fixed().Analyse()));
        var totals = doc.RootElement.GetProperty("totals").EnumerateArray().ToList();
        JsonElement Find(string group, string key, string metric) =>
            totals.Single(t => t.GetProperty("group").GetString() == group && t.GetProperty("key").GetString() == key && t.GetProperty("metric").GetString() == metric);

        // killed overall: i1 = 2 (one statement, three documents); i2 = 8 may include i3 = 2 -> [8, 10]; sum [10, 12].
        var killed = Find("overall", "all", "killed");
        Assert.Equal((10, 12), (killed.GetProperty("range_low").GetInt32(), killed.GetProperty("range_high").GetInt32()));
        Assert.Equal(["c1", "c2", "c3", "c4", "c7"], killed.GetProperty("claims").EnumerateArray().Select(e => e.GetString()));
        // d1, d2 and d4 carry killed claims; d4 renders d1, so two separate witnesses.
        Assert.Equal(3, killed.GetProperty("documents").GetInt32());
        Assert.Equal(2, killed.GetProperty("independent_documents").GetInt32());
        // The sdf side's claims are all in d2: one document, one witness.
        Assert.Equal((1, 1), (Find("side", "sdf", "killed").GetProperty("documents").GetInt32(), Find("side", "sdf", "killed").GetProperty("independent_documents").GetInt32()));
        // Document d4 alone: one document, one witness (the original is not in the group).
        Assert.Equal(1, Find("document", "d4", "killed").GetProperty("independent_documents").GetInt32());
        // sdf side: [8, 10]; government side: 2.
        Assert.Equal(10, Find("side", "sdf", "killed").GetProperty("range_high").GetInt32());
        Assert.Equal(2, Find("side", "government", "killed").GetProperty("range_high").GetInt32());
        // displaced: 46,000 open above, high null.
        var displaced = Find("overall", "all", "displaced_people");
        Assert.Equal(JsonValueKind.Null, displaced.GetProperty("range_high").ValueKind);
        Assert.True(displaced.GetProperty("open_above").GetBoolean());
        var headline = doc.RootElement.GetProperty("headlines").EnumerateArray().Single(h => h.GetProperty("metric").GetString() == "displaced_people");
        Assert.Equal("46,000+", headline.GetProperty("overall").GetProperty("display").GetString());
        Assert.Equal(JsonValueKind.Null, headline.GetProperty("by_side").GetProperty("sdf").ValueKind);
    }

    [Fact]
    public void The_file_has_the_sections_and_fields_the_contract_names()
    {
        // Written from README.md ("provenance (input digest, edition), the headline per metric, and
        // every total with the ids of the claims behind it"), PRODUCT.md (documents counted beside
        // independent_documents) and issue 17 (attribution rows and contentions with each position's
        // side), not from the writer. More fields are allowed; none of these may go missing.
        // The fixed fixture has attribution rows and one contention, asserted by the SDF's
        // opponents and denied by it.
        using var doc = JsonDocument.Parse(Write(Fixed().Analyse()));
        var root = doc.RootElement;
        static void Has(JsonElement o, params string[] keys) =>
            Assert.All(keys, k => Assert.True(o.TryGetProperty(k, out _), $"missing '{k}' in {o}"));
        Has(root, "provenance", "headlines", "totals", "attribution", "contentions");
        Has(root.GetProperty("provenance"), "input", "sha256", "edition");
        Assert.All(root.GetProperty("headlines").EnumerateArray(), h => Has(h, "metric", "overall", "by_side"));
        Assert.All(root.GetProperty("totals").EnumerateArray(), t =>
            Has(t, "group", "key", "metric", "range_low", "range_high", "open_above", "documents", "independent_documents", "claims"));
        var attribution = root.GetProperty("attribution").EnumerateArray().ToList();
        Assert.NotEmpty(attribution);
        Assert.All(attribution, a => Has(a, "claimant_side", "blamed", "metric", "range_low", "range_high", "open_above", "display", "claims"));
        var contention = Assert.Single(root.GetProperty("contentions").EnumerateArray());
        Has(contention, "id", "question", "question_ar", "positions");
        Assert.All(contention.GetProperty("positions").EnumerateArray(), p => Has(p, "id", "source", "side", "document", "stance", "evidence", "evidence_en"));
        Assert.Equal(["government", "sdf"], contention.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("side").GetString()));
    }

    [Fact]
    public void Two_runs_give_identical_bytes() => Assert.Equal(Write(Fixed().Analyse()), Write(Fixed().Analyse()));

    [Fact]
    public void Provenance_names_the_input_and_its_digest()
    {
        var model = Fixed().Analyse();
        using var doc = JsonDocument.Parse(Write(model));
        var p = doc.RootElement.GetProperty("provenance");
        Assert.Equal("fixture.json", p.GetProperty("input").GetString());
        // The digest of the bytes the fixture hands the loader, computed here, not read from the model.
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Fixed().Json())));
        Assert.Equal(digest, p.GetProperty("sha256").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", p.GetProperty("generator_version").GetString());
    }
    [Fact]
    public void A_compared_figure_lists_the_claims_behind_it_sorted_and_no_claim_that_gives_no_figure()
    {
        // Synthetic statements mix claims with and without a figure, and incidents have several
        // statements: a figure's list once took every claim of its statements, in statement order.
        var model = SyntheticModel.Of(1_000, seed: 1);
        using var json = JsonDocument.Parse(Write(model));
        var listed = json.RootElement.GetProperty("comparisons").EnumerateArray().ToList();
        Assert.Equal(model.Comparisons.Count, listed.Count);
        var (mixed, several) = (0, 0);
        for (var k = 0; k < listed.Count; k++)
        {
            foreach (var (name, figure) in new[] { ("first", model.Comparisons[k].First), ("second", model.Comparisons[k].Second) })
            {
                var statements = figure.Quotations.Select(q => q.Statement).ToHashSet();
                var expected = model.Claims.Where(c => c.HasFigure && statements.Contains(c.StatementOf)).Select(c => c.Claim.Id).Order(StringComparer.Ordinal).ToList();
                var actual = listed[k].GetProperty(name).GetProperty("claims").EnumerateArray().Select(e => e.GetString()!).ToList();
                Assert.Equal(expected, actual);
                if (model.Claims.Any(c => !c.HasFigure && statements.Contains(c.StatementOf))) mixed++;
                if (statements.Count > 1) several++;
            }
        }
        Assert.True(mixed > 0 && several > 0, $"the data exercised {mixed} figures with a mention and {several} of several statements");
    }
}
