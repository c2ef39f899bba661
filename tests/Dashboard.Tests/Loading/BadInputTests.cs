using System.Text;
using Dashboard.Loading;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Loading;

/// <summary>One test per class of bad input: the message names the fault and points at its line and column.</summary>
public class BadInputTests
{
    private static Fixture Valid() => new Fixture()
        .Claim("c1", "killed", 2)
        .Claim("c2", "injured", 8, incident: "i2");

    private static IReadOnlyList<Problem> ProblemsOf(string json, string? documents = null, string name = "bad.json")
    {
        var (valid, problems) = ValidatedDataset.From(DatasetLoader.Load(Encoding.UTF8.GetBytes(json), name), documents);
        Assert.Null(valid);
        Assert.NotEmpty(problems);
        return problems;
    }

    private static void AssertAt(Problem p, string json, string marker, string path, string messagePart, int occurrence = 1)
    {
        var (line, column) = TextPosition.Of(json, marker, occurrence);
        Assert.Equal((line, column), (p.Line, p.Column));
        Assert.Equal(path, p.Path);
        Assert.Contains(messagePart, p.Message);
        Assert.StartsWith($"bad.json:{line}:{column}: {path}: ", p.ToString());
    }

    [Fact]
    public void The_fixture_itself_is_valid() => Assert.NotNull(Valid().Validated());

    [Fact]
    public void Syntax_error_points_at_the_offending_character()
    {
        var json = Valid().Json().Replace("\"title\": \"fixture\",", "\"title\": \"fixture\",,");
        var p = Assert.Single(ProblemsOf(json));
        var (line, column) = TextPosition.Of(json, ",,");
        Assert.Equal((line, column + 1), (p.Line, p.Column));
        Assert.StartsWith("invalid JSON:", p.Message);
    }

    [Fact]
    public void Truncated_file_is_a_syntax_error_not_a_crash()
    {
        var json = Valid().Json();
        var p = Assert.Single(ProblemsOf(json[..(json.Length / 2)]));
        Assert.StartsWith("invalid JSON:", p.Message);
    }

    [Fact]
    public void Missing_data_file_is_named()
    {
        using var dir = new TempDir();
        var path = dir.File("nowhere.json");
        var (valid, problems) = ValidatedDataset.Load(path);
        Assert.Null(valid);
        Assert.Equal($"{path}:1:1: $: the data file does not exist", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Empty_data_file_is_named()
    {
        using var dir = new TempDir();
        var path = dir.File("empty.json");
        File.WriteAllText(path, " \n");
        var (_, problems) = ValidatedDataset.Load(path);
        Assert.Equal($"{path}:1:1: $: the data file is empty", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Missing_field_points_at_its_object()
    {
        var json = Valid().Json().Replace(",\"evidence\":\"نص\"", "", StringComparison.Ordinal);
        var problems = ProblemsOf(json);
        Assert.Equal(2, problems.Count);
        AssertAt(problems[0], json, "{\"id\":\"c1\"", "$.claims[0].evidence", "missing required field 'evidence'");
        AssertAt(problems[1], json, "{\"id\":\"c2\"", "$.claims[1].evidence", "missing required field 'evidence'");
    }

    [Fact]
    public void Mistyped_field_names_what_was_found()
    {
        var json = Valid().Json().Replace("\"value\":2,", "\"value\":\"two\",");
        var p = Assert.Single(ProblemsOf(json));
        AssertAt(p, json, "\"two\"", "$.claims[0].value", "'value' must be a number or null, found a string");
    }

    [Fact]
    public void Value_outside_vocabulary_lists_the_allowed_values()
    {
        var json = Valid().Json().Replace("\"qualifier\":\"exact\"", "\"qualifier\":\"roughly\"");
        var problems = ProblemsOf(json);
        AssertAt(problems[0], json, "\"roughly\"", "$.claims[0].qualifier", "'roughly' is not a valid qualifier (expected one of: exact, more_than");
    }

    [Fact]
    public void Side_outside_vocabulary_is_reported_and_references_to_the_source_are_not()
    {
        var json = Valid().Json().Replace("\"side\":\"government\"", "\"side\":\"army\"");
        var problems = ProblemsOf(json);
        // gov-a and gov-b both carry the bad side; c1 and c2 cite gov-a but are not also called unknown.
        Assert.Equal(2, problems.Count);
        AssertAt(problems[0], json, "\"army\"", "$.sources[0].side", "'army' is not a valid side");
    }

    [Fact]
    public void Unknown_reference_names_the_missing_id()
    {
        var json = Valid().Json().Replace("\"source\":\"gov-a\"", "\"source\":\"nope\"");
        var problems = ProblemsOf(json);
        AssertAt(problems[0], json, "\"nope\"", "$.claims[0].source", "unknown source 'nope'");
        AssertAt(problems[1], json, "\"nope\"", "$.claims[1].source", "unknown source 'nope'", occurrence: 2);
    }

    [Fact]
    public void Unknown_incident_in_containment_is_reported_at_the_array_item()
    {
        var json = new Fixture().Incident("big", mayInclude: ["i1", "ghost"]).Claim("c1", "killed", 2).Json();
        var p = Assert.Single(ProblemsOf(json));
        AssertAt(p, json, "\"ghost\"", "$.incidents[0].may_include[1]", "unknown incident 'ghost'");
    }

    [Fact]
    public void Incident_contained_twice_or_in_a_cycle_is_refused()
    {
        var twice = new Fixture().Incident("a", mayInclude: ["c"]).Incident("b", includes: ["c"]).Incident("c").Claim("x", "killed", 1, incident: "c").Json();
        AssertAt(Assert.Single(ProblemsOf(twice)), twice, "\"c\"]", "$.incidents[1].includes[0]", "incident 'c' is contained twice", occurrence: 2);

        var cycle = new Fixture().Incident("a", mayInclude: ["b"]).Incident("b", includes: ["a"]).Claim("x", "killed", 1, incident: "a").Json();
        var problems = ProblemsOf(cycle);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Contains("through a cycle", p.Message));
    }

    [Fact]
    public void Duplicate_id_points_at_the_second_and_names_the_first()
    {
        var json = Valid().Json().Replace("\"id\":\"c2\"", "\"id\":\"c1\"");
        var p = Assert.Single(ProblemsOf(json));
        var (firstLine, _) = TextPosition.Of(json, "\"c1\"");
        AssertAt(p, json, "\"c1\"", "$.claims[1].id", $"duplicate id 'c1' (first defined on line {firstLine})", occurrence: 2);
    }

    [Fact]
    public void Duplicate_key_in_an_object_is_reported()
    {
        var json = Valid().Json().Replace("\"place\":\"Aleppo\",\"period\"", "\"place\":\"Aleppo\",\"place\":\"Homs\",\"period\"");
        var problems = ProblemsOf(json);
        AssertAt(problems[0], json, "\"place\":\"Homs\"", "$.claims[0].place", "duplicate key 'place'");
    }

    [Fact]
    public void Negative_count_is_refused()
    {
        var json = Valid().Json().Replace("\"value\":2,", "\"value\":-2,");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "-2", "$.claims[0].value", "negative count -2 for metric 'killed'");
    }

    [Fact]
    public void Fractional_people_count_is_refused()
    {
        var json = Valid().Json().Replace("\"value\":8,", "\"value\":8.5,");
        AssertAt(Assert.Single(ProblemsOf(json)), json, "8.5", "$.claims[1].value", "fractional count 8.5: metric 'injured' counts whole people");
    }

    [Theory]
    [InlineData("1e308")]             // the example: once printed as a 300-digit toll
    [InlineData("8300000001")]        // one more than the world's population
    [InlineData("12345678901234")]
    public void A_count_above_the_worlds_population_is_refused_as_implausible(string written)
    {
        var json = Valid().Json().Replace("\"value\":2,", $"\"value\":{written},");
        AssertAt(Assert.Single(ProblemsOf(json)), json, written, "$.claims[0].value", "implausible count");
        Assert.Contains("no count can exceed 8,300,000,000, the world's population", ProblemsOf(json)[0].Message);
    }

    [Fact]
    public void The_ceiling_itself_is_accepted()
    {
        var json = Valid().Json().Replace("\"value\":2,", "\"value\":8300000000,");
        Assert.Empty(ValidatedDataset.From(DatasetLoader.Load(Encoding.UTF8.GetBytes(json), "ok.json")).Problems);
    }

    [Theory]
    [InlineData("9007199254740993", "9007199254740992")]      // 2^53 + 1 reads as 2^53
    [InlineData("8.00000000000000001", "8")]                  // past a double's precision
    [InlineData("123456789012345678901234567890", "1.2345678901234568E+29")]
    public void A_number_a_double_cannot_hold_exactly_is_refused(string written, string readAs)
    {
        var json = Valid().Json().Replace("\"value\":8,", $"\"value\":{written},");
        var p = Assert.Single(ProblemsOf(json));
        AssertAt(p, json, written, "$.claims[1].value", $"'value' {written} cannot be held exactly (it would read as {readAs})");
    }

    [Theory]
    [InlineData("8")]
    [InlineData("8.0")]
    [InlineData("0.8e1")]
    [InlineData("80E-1")]
    public void Numbers_written_differently_but_exactly_are_accepted(string written)
    {
        var json = Valid().Json().Replace("\"value\":8,", $"\"value\":{written},");
        var (valid, problems) = ValidatedDataset.From(DatasetLoader.Load(Encoding.UTF8.GetBytes(json), "ok.json"));
        Assert.Empty(problems);
        Assert.Equal(8d, valid!.Dataset.Claims[1].Value);
    }

    [Fact]
    public void A_document_cannot_render_itself_directly_or_round_a_cycle()
    {
        var self = Valid().Renders("d1", "d1").Json();
        AssertAt(Assert.Single(ProblemsOf(self)), self, "\"d1\"}", "$.documents[0].rendering_of", "cannot be a rendering of itself");
        var cycle = Valid().Renders("d1", "d2").Renders("d2", "d1").Json();
        var problems = ProblemsOf(cycle);
        Assert.Equal(["$.documents[0].rendering_of", "$.documents[1].rendering_of"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Contains("renders itself through a cycle of rendering_of", p.Message));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_at_its_first_bad_byte_not_a_crash()
    {
        // Found by the fuzzer: the JSON reader decodes strings lazily and threw on a stray 0xBF.
        var json = Valid().Json();
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = bytes.AsSpan().IndexOf("gloss"u8);  // the first "gloss"; every byte before it is ASCII or whole Arabic letters
        bytes[at] = 0xE9;                          // Latin-1 'é': not a UTF-8 character on its own
        var p = Assert.Single(ValidatedDataset.From(DatasetLoader.Load(bytes, "bad.json")).Problems);
        var (line, column) = TextPosition.Of(json, "gloss");
        Assert.Equal((line, column, "$"), (p.Line, p.Column, p.Path));
        Assert.Contains("not UTF-8: byte 0xE9", p.Message);
    }

    [Fact]
    public void Percentage_over_100_is_refused()
    {
        var json = Valid().Claim("p", "area_cleared_pct", 120, "more_than", incident: "i3").Json();
        AssertAt(Assert.Single(ProblemsOf(json)), json, "120", "$.claims[2].value", "percentage 120 is outside 0..100");
    }

    [Fact]
    public void Vague_claim_without_low_is_refused()
    {
        var json = Valid().Claim("v", "displaced_families", null, "vague", incident: "i3").Json();
        AssertAt(Assert.Single(ProblemsOf(json)), json, "null,\"high\"", "$.claims[2].low", "a vague claim needs a number in 'low'");
    }

    [Fact]
    public void Low_above_high_is_refused()
    {
        var json = Valid().Claim("v", "displaced_families", null, "vague", incident: "i3", low: 30, high: 20).Json();
        AssertAt(Assert.Single(ProblemsOf(json)), json, "30,\"high\"", "$.claims[2].low", "low 30 is greater than high 20");
    }

    [Fact]
    public void Empty_evidence_is_refused()
    {
        var json = Valid().Claim("e", "attacks", 4, incident: "i3", evidence: " ").Json();
        AssertAt(Assert.Single(ProblemsOf(json)), json, "\" \"", "$.claims[2].evidence", "'evidence' is empty");
    }

    [Fact]
    public void Every_problem_is_reported_in_one_pass_in_file_order()
    {
        var json = Valid().Json()
            .Replace("\"value\":2,", "\"value\":-2,")
            .Replace("\"metric\":\"injured\"", "\"metric\":\"wounded\"")
            .Replace("\"language\":\"ar\"", "\"language\":\"fr\"");
        var problems = ProblemsOf(json);
        Assert.Equal(["$.documents[0].language", "$.documents[1].language", "$.documents[2].language", "$.claims[0].value", "$.claims[1].metric"], problems.Select(p => p.Path));
        Assert.Equal(problems.OrderBy(p => p.Line).ThenBy(p => p.Column), problems);
    }

    [Fact]
    public void Byte_order_mark_is_accepted_and_does_not_shift_columns()
    {
        var json = Valid().Json();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();
        Assert.Empty(ValidatedDataset.From(DatasetLoader.Load(bytes, "bom.json")).Problems);

        var bad = "{\"title\": 5}";
        var p = DatasetLoader.Load(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(bad)).ToArray(), "bom.json").Problems.Single(x => x.Path == "$.title");
        Assert.Equal((1, TextPosition.Of(bad, "5").Column), (p.Line, p.Column));
    }

    [Fact]
    public void Columns_count_characters_not_bytes_after_arabic_text()
    {
        var json = Valid().Json().Replace("\"evidence\":\"نص\",\"evidence_en\":\"gloss\"", "\"evidence\":\"نص عربي طويل\",\"evidence_en\":7");
        // Both fixture claims carry the same text, so both are reported; the first is checked.
        var problems = ProblemsOf(json);
        Assert.Equal(2, problems.Count);
        AssertAt(problems[0], json, "7,\"note\"", "$.claims[0].evidence_en", "'evidence_en' must be a string");
    }

    [Fact]
    public void Unknown_field_is_reported_as_a_likely_typo()
    {
        var json = Valid().Json().Replace("\"evidence_en\":\"gloss\"", "\"evidence_en\":\"gloss\",\"evidnece\":\"x\"");
        var problems = ProblemsOf(json);
        AssertAt(problems[0], json, "\"evidnece\"", "$.claims[0].evidnece", "unknown field 'evidnece'");
    }

    [Fact]
    public void Root_that_is_not_an_object_is_refused()
    {
        var p = Assert.Single(ProblemsOf("[1, 2]"));
        Assert.Equal("bad.json:1:1: $: the dataset must be a JSON object, found an array", p.ToString());
    }

    [Fact]
    public void Missing_top_level_collection_is_named()
    {
        var json = "{\"title\": \"t\", \"documents\": [], \"sources\": [], \"incidents\": [], \"claims\": []}";
        var problems = ProblemsOf(json);
        Assert.Contains(problems, p => p.Path == "$.metrics" && p.Message == "missing required field 'metrics'");
    }
}
