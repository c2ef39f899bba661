using System.Text;
using Dashboard.Rendering.Csv;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Rendering;

public class ClaimsCsvTests
{
    private static string Csv(Fixture fixture)
    {
        using var stream = new MemoryStream();
        new ClaimsCsv().Write(fixture.Analyse(), stream);
        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Formula_looking_text_is_guarded(string hostile)
    {
        var csv = Csv(new Fixture().Claim("c1", "killed", 2, note: hostile));
        var expected = "\"'" + hostile.Replace("\"", "\"\"") + "\"";
        Assert.Contains(expected, csv);
        Assert.DoesNotContain("," + "\"" + hostile[0], csv.Replace(expected, ""));
    }

    [Fact]
    public void Plain_text_and_arabic_pass_through_and_quotes_are_doubled()
    {
        var csv = Csv(new Fixture().Claim("c1", "killed", 2, evidence: "قال \"المصدر\", نعم", note: "a note"));
        Assert.Contains("\"قال \"\"المصدر\"\", نعم\"", csv);
        Assert.Contains("\"a note\"", csv);
    }

    /// <summary>
    /// The columns README.md declares for claims.csv, written out here rather than read from the
    /// writer: the claim's fields as the data contract names them, with what analysis derives
    /// (range, display, statement, corroboration, independent documents) beside them.
    /// </summary>
    private static readonly string[] DeclaredColumns =
    [
        "id", "document", "source", "source_name", "side", "metric", "unit", "value", "qualifier", "low", "high",
        "range_low", "range_high", "open_above", "display", "affected", "incident", "blames", "statement",
        "corroboration", "independent_documents", "place", "period", "evidence", "evidence_en", "note",
    ];

    [Fact]
    public void The_readme_declares_the_columns_this_test_expects()
    {
        var row = File.ReadLines(Path.Combine(Repo.Root, "README.md")).Single(l => l.StartsWith("| `claims.csv` |", StringComparison.Ordinal));
        var named = System.Text.RegularExpressions.Regex.Matches(row, "`([a-z_]+)`").Select(m => m.Groups[1].Value);
        Assert.Equal(DeclaredColumns, named);
    }

    [Fact]
    public void One_row_per_claim_with_the_documented_header_and_open_ranges_blank()
    {
        var fixture = new Fixture().Claim("c1", "killed", 2).Claim("c2", "displaced_people", 46000, "more_than", incident: "i2");
        var csv = Csv(fixture);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Join(',', DeclaredColumns), lines[0]);
        var header = lines[0].Split(',');
        var row = lines[2].Split(',');
        Assert.Equal("46000", row[Array.IndexOf(header, "range_low")]);
        Assert.Equal("", row[Array.IndexOf(header, "range_high")]);
        Assert.Equal("true", row[Array.IndexOf(header, "open_above")]);
    }
}
