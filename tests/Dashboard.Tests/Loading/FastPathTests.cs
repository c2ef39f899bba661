using System.Text;
using System.Text.Json.Nodes;
using DatasetLoader = Dashboard.Loading.DatasetLoader;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Loading;

/// <summary>
/// The loader binds well-formed claims and incidents straight from the reader and hands anything
/// else to the careful path. Whatever an incident holds, both ways must give the same records and
/// the same problems, at the same places.
/// </summary>
public class FastPathTests
{
    public static TheoryData<string, string?> IncidentFields => new()
    {
        { "includes", """["sheikh-maqsoud-clashes", ""]""" },
        { "includes", """["sheikh-maqsoud-clashes", 3]""" },
        { "includes", """[["sheikh-maqsoud-clashes"]]""" },
        { "includes", "null" },
        { "includes", "[]" },
        { "includes", "\"sheikh-maqsoud-clashes\"" },
        { "may_include", """["a", "b"]""" },
        { "may_include", "{}" },
        { "description", "\"  \"" },
        { "description", "null" },
        { "place", "null" },
        { "description_ar", "\"\"" },
        { "label", "7" },
        { "place", "\"Ash\\u0072afieh\"" },
        { "note", "\"\"" },
        { "note", "null" },
        { "note", "\"a remark\"" },
        { "note_ar", "\"ملاحظة\"" },
        { "unknown_field", "1" },
        { "label_ar", null },
        { "id", null },
        { "place_ar", "\"   \"" },
    };

    [Theory]
    [MemberData(nameof(IncidentFields))]
    public void An_incident_reads_the_same_on_both_paths(string field, string? value)
    {
        var root = JsonNode.Parse(File.ReadAllText(Repo.BundledData))!.AsObject();
        var incident = root["incidents"]![0]!.AsObject();
        incident.Remove(field);
        if (value is not null) incident[field] = "\u0001marker\u0001";
        var text = root.ToJsonString().Replace("\"\\u0001marker\\u0001\"", value, StringComparison.Ordinal);
        AssertSamePaths(text);
    }

    [Fact]
    public void An_incident_with_a_repeated_or_escaped_key_reads_the_same_on_both_paths()
    {
        var text = File.ReadAllText(Repo.BundledData);
        var id = text.IndexOf("\"id\"", text.IndexOf("\"incidents\"", StringComparison.Ordinal), StringComparison.Ordinal);
        AssertSamePaths(text.Insert(id, "\"label\": \"again\", "), expectProblems: true);
        AssertSamePaths(text.Insert(id, "\"label\": \"again\", \"label\": \"twice\", "), expectProblems: true);
        AssertSamePaths(text.Remove(id, 4).Insert(id, "\"\\u0069d\""), expectProblems: false);
    }

    [Fact]
    public void The_bundled_incidents_take_the_fast_path_and_match_the_careful_one()
    {
        AssertSamePaths(File.ReadAllText(Repo.BundledData), expectProblems: false);
    }

    private static void AssertSamePaths(string text, bool? expectProblems = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var fast = DatasetLoader.Load(bytes, "claims.json", fastPath: true);
        var careful = DatasetLoader.Load(bytes, "claims.json", fastPath: false);
        Assert.Equal(careful.Problems.Select(p => p.ToString()), fast.Problems.Select(p => p.ToString()));
        Assert.Equal(careful.Dataset?.Incidents.Select(RecordText.Of), fast.Dataset?.Incidents.Select(RecordText.Of));
        if (expectProblems is { } expected) Assert.Equal(expected, !fast.Problems.IsEmpty);
    }
}
