using System.Security.Cryptography;
using System.Text;
using Dashboard.Loading;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Validation;

public class DocumentCheckTests
{
    private static (string Json, TempDir Dir) Setup(string documentText, string evidence)
    {
        var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "d1.txt"), documentText, new UTF8Encoding(false));
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir.Path, "d1.txt"))));
        var json = new Fixture().Claim("c1", "killed", 2, evidence: evidence).Json()
            .Replace("{\"id\":\"d2\"", "{\"id\":\"x2\"").Replace("{\"id\":\"d3\"", "{\"id\":\"x3\"")
            .Replace(new string('a', 64), sha);
        return (json, dir);
    }

    private static IReadOnlyList<Problem> Check(string json, string folder) =>
        ValidatedDataset.From(DatasetLoader.Load(Encoding.UTF8.GetBytes(json), "bad.json"), folder).Problems;

    [Fact]
    public void Evidence_matches_across_line_breaks_once_whitespace_is_folded()
    {
        var (json, dir) = Setup("قال المصدر\nإن قتيلين   سقطا في القصف.", "إن قتيلين سقطا");
        using (dir)
        {
            var problems = Check(json, dir.Path);
            // x2 and x3 have no files: those two problems only.
            Assert.Equal(["$.documents[1].id", "$.documents[2].id"], problems.Select(p => p.Path));
        }
    }

    [Fact]
    public void Evidence_not_in_the_document_is_reported_at_the_evidence()
    {
        var (json, dir) = Setup("قال المصدر إن قتيلين سقطا.", "ثلاثة قتلى");
        using (dir)
        {
            var p = Check(json, dir.Path).Single(p => p.Path == "$.claims[0].evidence");
            Assert.Equal(TextPosition.Of(json, "\"ثلاثة قتلى\""), (p.Line, p.Column));
            Assert.Contains("'ثلاثة قتلى' does not stand verbatim in document 'd1'", p.Message);
        }
    }

    [Fact]
    public void Hash_mismatch_gives_both_digests()
    {
        var (json, dir) = Setup("نص الوثيقة", "نص");
        using (dir)
        {
            File.AppendAllText(Path.Combine(dir.Path, "d1.txt"), "!");
            var p = Check(json, dir.Path).Single(p => p.Path == "$.documents[0].sha256");
            var actual = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir.Path, "d1.txt"))));
            Assert.Contains($"whose digest is {actual}", p.Message);
        }
    }

    [Theory]
    [InlineData("a\n b\u00a0\tc", "a b c")]
    [InlineData("  lead and trail  ", "lead and trail")]
    public void Fold_collapses_every_kind_of_white_space(string input, string expected) =>
        Assert.Equal(expected, DocumentChecks.Fold(input));
}
