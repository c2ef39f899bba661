using System.Security.Cryptography;
using System.Text;
using Dashboard.Loading;
using Dashboard.Model;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Validation;

/// <summary>
/// A claim's value must be written in its evidence; a vague claim, whose bounds come from a rule,
/// must give the reason in its note.
/// </summary>
public class FigureInWordsTests
{
    private const string HealthToll = "وأعلنت مديرية الصحة في حلب وقوع قتيلين و8 مصابين جراء قصف قسد لأحياء حلب";

    private static Claim Claim(double? value, string evidence, Qualifier qualifier = Qualifier.Exact, double? low = null, string? note = null) =>
        new("c1", "d1", "gov-a", "killed", value, qualifier, low, null, Affected.Unspecified, "i1", "Aleppo", null, evidence, "gloss", note);

    [Theory]
    [InlineData(2, HealthToll)]
    [InlineData(8, HealthToll)]
    [InlineData(46000, "بأن أكثر من 46 ألف شخص نزحوا")]
    [InlineData(90, "أكثر من 90% من مساحة حي الشيخ مقصود")]
    [InlineData(4, "الفصائل شنّت أربع هجمات متتالية")]
    [InlineData(2, "the injury of two civil defense personnel")]
    [InlineData(9, "إصابة ٩ أشخاص")]
    public void A_value_written_in_its_evidence_passes(double value, string evidence) =>
        Assert.Null(FigureInWords.Problem(Claim(value, evidence)));

    [Theory]
    [InlineData(3, HealthToll, "3 is not written in the evidence, which writes 2, 8")]
    [InlineData(3, "وقوع قتيلين", "3 is not written in the evidence, which writes 2")]
    [InlineData(2, "وقوع مصابين", "2 is not written in the evidence, which writes no number")]
    [InlineData(4, "أكثر من 46 مصابا", "4 is not written in the evidence, which writes 46")]
    [InlineData(46, "أكثر من 46 ألف شخص", "46 is not written in the evidence, which writes 46000")]
    [InlineData(6, "ستة وأربعين", "6 is not written in the evidence, which writes 46")]
    [InlineData(3, "two members were injured", "3 is not written in the evidence, which writes 2")]
    [InlineData(20, "نزوح عشرات العائلات", "20 is not written in the evidence, which writes no number")]
    public void A_value_not_written_in_its_evidence_is_refused(double value, string evidence, string expected) =>
        Assert.StartsWith(expected, FigureInWords.Problem(Claim(value, evidence)));

    [Fact]
    public void A_note_does_not_excuse_a_value_the_evidence_does_not_write() =>
        Assert.NotNull(FigureInWords.Problem(Claim(3, "وقوع قتيلين", note: "'قتيلين' is the Arabic dual: exactly two.")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_vague_figure_without_a_note_is_refused(string? note) =>
        Assert.Contains("the note must give the reason", FigureInWords.Problem(Claim(null, "نزوح عشرات العائلات", Qualifier.Vague, low: 20, note: note)));

    [Fact]
    public void A_vague_figure_with_its_reason_in_the_note_passes() =>
        Assert.Null(FigureInWords.Problem(Claim(null, "نزوح عشرات العائلات", Qualifier.Vague, low: 20, note: "'عشرات': low 20 by the codebook's rule.")));

    [Fact]
    public void Every_bundled_claim_writes_its_figure_in_its_evidence()
    {
        var (valid, problems) = ValidatedDataset.Load(Repo.BundledData);
        Assert.True(valid is not null, string.Join("\n", problems));
        var failing = valid!.Dataset.Claims.Select(c => (c.Id, Problem: FigureInWords.Problem(c))).Where(x => x.Problem is not null).ToList();
        Assert.True(failing.Count == 0, string.Join("\n", failing));
    }

    /// <summary>
    /// A fixture whose three documents all hold <paramref name="text"/>, so the one digest the
    /// fixture gives every document matches each file.
    /// </summary>
    private static (string DataFile, string Json) WriteDataset(TempDir dir, double value, string text, string evidence)
    {
        var docs = Directory.CreateDirectory(dir.File("docs")).FullName;
        foreach (var id in new[] { "d1", "d2", "d3" }) File.WriteAllText(Path.Combine(docs, id + ".txt"), text, new UTF8Encoding(false));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var json = new Fixture().Claim("c1", "killed", value, evidence: evidence).Json().Replace(new string('a', 64), sha);
        var file = dir.File("claims.json");
        File.WriteAllText(file, json, new UTF8Encoding(false));
        return (file, json);
    }

    private static (int Code, string Out, string Err) Validate(string dataFile, string documents)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Dashboard.Cli.Cli.Run(["validate", "--data", dataFile, "--documents", documents], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_documents_refuses_three_killed_quoting_two_killed_at_the_value()
    {
        using var dir = new TempDir();
        var (file, json) = WriteDataset(dir, 3, HealthToll, "وقوع قتيلين");

        var (code, stdout, stderr) = Validate(file, dir.File("docs"));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        var (line, column) = TextPosition.Of(json, "\"value\":3");
        column += "\"value\":".Length;
        var only = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith(file + ":", StringComparison.Ordinal));
        Assert.StartsWith($"{file}:{line}:{column}: $.claims[0].value: 3 is not written in the evidence, which writes 2;", only);
    }

    [Fact]
    public void Validate_documents_accepts_the_same_dataset_when_the_value_is_two()
    {
        using var dir = new TempDir();
        var (file, _) = WriteDataset(dir, 2, HealthToll, "وقوع قتيلين");

        var (code, _, stderr) = Validate(file, dir.File("docs"));

        Assert.True(code == 0, stderr);
    }

    [Fact]
    public void Document_checks_locate_a_vague_claim_without_a_note_at_its_value()
    {
        using var dir = new TempDir();
        var text = "وسط نزوح عشرات العائلات";
        var docs = Directory.CreateDirectory(dir.File("docs")).FullName;
        foreach (var id in new[] { "d1", "d2", "d3" }) File.WriteAllText(Path.Combine(docs, id + ".txt"), text, new UTF8Encoding(false));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var json = new Fixture().Claim("c1", "displaced_families", null, qualifier: "vague", low: 20, evidence: "نزوح عشرات العائلات")
            .Json().Replace(new string('a', 64), sha);

        var problems = ValidatedDataset.From(DatasetLoader.Load(Encoding.UTF8.GetBytes(json), "bad.json"), docs).Problems;

        var p = Assert.Single(problems);
        Assert.Equal("$.claims[0].value", p.Path);
        var (line, column) = TextPosition.Of(json, "\"value\":null");
        Assert.Equal((line, column + "\"value\":".Length), (p.Line, p.Column));
    }
}
