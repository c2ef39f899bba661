using System.Security.Cryptography;
using System.Text;
using Dashboard.Loading;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Loading;

/// <summary>Bad contentions, positions and new fields: each problem is named and located.</summary>
public class ContentionInputTests
{
    private static Fixture Valid() => new Fixture()
        .Claim("c1", "killed", 2, blames: "sdf")
        .Contention("shelling", ("gov-a", "asserts"), ("sdf-a", "denies"));

    private static IReadOnlyList<Problem> ProblemsOf(string json, string? documents = null)
    {
        var (valid, problems) = ValidatedDataset.From(DatasetLoader.Load(Encoding.UTF8.GetBytes(json), "bad.json"), documents);
        Assert.Null(valid);
        Assert.NotEmpty(problems);
        return problems;
    }

    private static void AssertAt(Problem p, string json, string marker, string path, string messagePart)
    {
        var (line, column) = TextPosition.Of(json, marker);
        Assert.Equal((path, line, column), (p.Path, p.Line, p.Column));
        Assert.Contains(messagePart, p.Message);
    }

    [Fact]
    public void The_fixture_with_a_contention_is_valid() => Assert.Single(Valid().Validated().Dataset.Contentions);

    [Fact]
    public void An_unknown_source_in_a_position_is_located_at_its_source()
    {
        var json = Valid().Json().Replace("\"source\":\"sdf-a\",\"document\":\"d1\",\"stance\"", "\"source\":\"nobody\",\"document\":\"d1\",\"stance\"");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "\"nobody\"", "$.contentions[0].positions[1].source", "unknown source 'nobody'");
    }

    [Fact]
    public void An_unknown_document_in_a_position_is_located_at_its_document()
    {
        var json = Valid().Json().Replace("\"source\":\"gov-a\",\"document\":\"d1\"", "\"source\":\"gov-a\",\"document\":\"d9\"");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "\"d9\"", "$.contentions[0].positions[0].document", "unknown document 'd9'");
    }

    [Fact]
    public void An_empty_position_list_is_refused()
    {
        var json = new Fixture().Claim("c1", "killed", 2).Contention("empty").Json();
        AssertAt(Assert.Single(ProblemsOf(json)), json, "[]}", "$.contentions[0].positions", "at least one position");
    }

    [Fact]
    public void A_stance_out_of_the_vocabulary_is_refused()
    {
        var json = Valid().Json().Replace("\"stance\":\"denies\"", "\"stance\":\"doubts\"");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "\"doubts\"", "$.contentions[0].positions[1].stance", "expected one of: asserts, denies");
    }

    [Fact]
    public void A_missing_blames_is_refused_on_the_careful_and_the_fast_path()
    {
        var json = Valid().Json().Replace("\"blames\":\"sdf\",", "");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "{\"id\":\"c1\"", "$.claims[0].blames", "missing required field 'blames'");
    }

    [Fact]
    public void A_blame_out_of_the_vocabulary_is_refused()
    {
        var json = Valid().Json().Replace("\"blames\":\"sdf\"", "\"blames\":\"both\"");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "\"both\"", "$.claims[0].blames", "expected one of: government, sdf, not_stated");
    }

    [Fact]
    public void An_unquantified_claim_with_a_number_is_refused()
    {
        var json = new Fixture().Claim("c1", "injured", 3, qualifier: "unquantified").Json();
        AssertAt(Assert.Single(ProblemsOf(json)), json, "3,\"qualifier\"", "$.claims[0].value", "no number");
    }

    [Fact]
    public void A_note_without_its_arabic_is_refused()
    {
        var json = Valid().Json().Replace("\"note\":null", "\"note\":\"English only\"");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "\"English only\"", "$.claims[0].note", "note_ar");
    }

    [Fact]
    public void Reported_without_its_evidence_is_refused()
    {
        var json = Valid().Json().Replace("\"title\":\"title d1\",", "\"title\":\"title d1\",\"reported\":\"Thursday\",\"reported_ar\":\"الخميس\",");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "\"Thursday\"", "$.documents[0].reported", "go together");
    }

    [Fact]
    public void A_position_span_not_in_its_document_is_located_at_its_evidence()
    {
        using var dir = new TempDir();
        var folder = dir.File("docs");
        Directory.CreateDirectory(folder);
        // The claim quotes «قتيلين» (two killed), so its figure stands in its words too.
        var json = new Fixture().Claim("c1", "killed", 2, blames: "sdf", evidence: "قتيلين")
            .Contention("shelling", ("gov-a", "asserts"), ("sdf-a", "denies")).Json();
        foreach (var id in new[] { "d1", "d2", "d3" })
        {
            // Each document holds the claim's words but not the second position's.
            var bytes = Encoding.UTF8.GetBytes("نص الوثيقة عن قتيلين");
            File.WriteAllBytes(Path.Combine(folder, id + ".txt"), bytes);
            json = json.Replace($"\"id\":\"{id}\",\"language\":\"ar\",\"outlet\":null,\"sha256\":\"{new string('a', 64)}\"",
                $"\"id\":\"{id}\",\"language\":\"ar\",\"outlet\":null,\"sha256\":\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"");
        }
        json = json.Replace("\"stance\":\"denies\",\"evidence\":\"نص\"", "\"stance\":\"denies\",\"evidence\":\"ونفت قسد\"");
        AssertAt(Assert.Single(ProblemsOf(json, folder)), json, "\"ونفت قسد\"", "$.contentions[0].positions[1].evidence", "does not stand verbatim in document 'd1'");
    }
}
