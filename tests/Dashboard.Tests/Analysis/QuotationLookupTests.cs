using Dashboard.Analysis;
using Dashboard.Loading;
using Dashboard.Synthesis;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Analysis;

/// <summary>Each statement's quotation, found from the statement, follows the quoting rule.</summary>
public class QuotationLookupTests
{
    [Fact]
    public void Every_bundled_statement_is_quoted_by_its_first_claim_from_an_original_document()
    {
        var model = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);
        // The bundled data has a translation carrying statements its original also carries.
        Assert.Contains(model.Dataset.Documents, d => d.RenderingOf is not null);
        Follows_the_rule(model);
    }

    [Fact]
    public void A_translation_listed_first_still_yields_the_quotation_to_its_original()
    {
        // The bundled claims in reverse order: a translation's claim now comes before its
        // original's, so the rule's preference for the original decides the quotation.
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(Repo.BundledData))!;
        var reversed = json["claims"]!.AsArray().Select(c => c!.DeepClone()).Reverse().ToArray();
        json["claims"] = new System.Text.Json.Nodes.JsonArray(reversed);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
        var model = AnalysedModel.Build(ValidatedDataset.From(DatasetLoader.Load(bytes, "reversed.json")).Valid!);
        var documents = model.Dataset.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Assert.Contains(model.Statements, s => documents[model.Claims.First(c => ReferenceEquals(c.StatementOf, s)).Claim.Document].RenderingOf is not null
            && s.Documents.Any(d => documents[d].RenderingOf is null));
        Follows_the_rule(model);
    }

    [Theory]
    [InlineData(2_000, 3)]
    [InlineData(600, 11)]
    public void Every_synthetic_statement_is_quoted_by_its_first_claim(int claims, int seed) => Follows_the_rule(SyntheticModel.Of(claims, seed));

    private static void Follows_the_rule(AnalysedModel model)
    {
        var documents = model.Dataset.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        // The rule, from the claims alone: the first claim in dataset order whose document renders
        // no other, or the first claim when every carrying document is a rendering.
        var expected = new Dictionary<Statement, AnalysedClaim>(ReferenceEqualityComparer.Instance);
        foreach (var claim in model.Claims)
        {
            var rendering = documents[claim.Claim.Document].RenderingOf is not null;
            if (!expected.TryGetValue(claim.StatementOf, out var chosen)
                || (documents[chosen.Claim.Document].RenderingOf is not null && !rendering))
                expected[claim.StatementOf] = claim;
        }
        Assert.Equal(expected.Count, model.Statements.Length);
        foreach (var statement in model.Statements)
        {
            var quotation = model.QuotationOf(statement);
            Assert.Same(statement, quotation.Statement);
            Assert.Same(expected[statement], quotation.Claim);
            Assert.Same(documents[quotation.Claim.Claim.Document], quotation.Document);
        }
    }

    [Fact]
    public void A_statement_of_another_model_is_refused()
    {
        using var stream = new MemoryStream();
        SyntheticDataset.Write(stream, 300, 5);
        var bytes = stream.ToArray();
        var one = AnalysedModel.Build(ValidatedDataset.From(DatasetLoader.Load(bytes, "a.json")).Valid!);
        var other = AnalysedModel.Build(ValidatedDataset.From(DatasetLoader.Load(bytes, "b.json")).Valid!);
        // The same data gives statements with the same keys at the same places, but other objects.
        Assert.Throws<ArgumentException>(() => one.QuotationOf(other.Statements[0]));
        Assert.Throws<ArgumentException>(() => one.QuotationOf(other.Statements[^1]));
    }

    [Fact]
    public void A_statement_equals_another_whatever_their_places_in_a_model()
    {
        var ids = new[] { "c1" };
        var documents = new[] { "d1" };
        var key = new StatementKey("s", "killed", "i");
        var one = new Statement(key, new FigureRange(3, 3), ids, documents, 1) { Rank = 4 };
        var other = new Statement(key, new FigureRange(3, 3), ids, documents, 1) { Rank = 9 };
        Assert.Equal(one, other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
        Assert.NotEqual(one, other with { Key = key with { Incident = "j" } });
        Assert.NotEqual(one, new Statement(key, new FigureRange(3, 4), ids, documents, 1));
        // Lists are compared as objects, as the record always compared them.
        Assert.NotEqual(one, new Statement(key, new FigureRange(3, 3), ["c1"], documents, 1));
    }
}
