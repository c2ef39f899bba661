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

    [Fact]
    public void Claims_bound_on_every_core_share_the_incident_ids_read_before_them()
    {
        // Each core pools its strings apart; the incidents' pools are taken into the shared one, so
        // a claim holds its incident's id itself rather than a copy per core (a million claims: 43 MiB).
        var loaded = DatasetLoader.Load(File.ReadAllBytes(Repo.BundledData), "claims.json", fastPath: true, parallelFrom: 0);
        var ids = loaded.Dataset!.Incidents.ToDictionary(i => i.Id, i => i.Id, StringComparer.Ordinal);
        Assert.All(loaded.Dataset.Claims, c => Assert.Same(ids[c.Incident], c.Incident));
    }

    private static void AssertSamePaths(string text, bool? expectProblems = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var careful = DatasetLoader.Load(bytes, "claims.json", fastPath: false);
        // On one core, and binding on every core as a large file does.
        foreach (var parallelFrom in new[] { int.MaxValue, 0 })
        {
            var fast = DatasetLoader.Load(bytes, "claims.json", fastPath: true, parallelFrom);
            Assert.Equal(careful.Problems.Select(p => p.ToString()), fast.Problems.Select(p => p.ToString()));
            Assert.Equal(careful.Dataset?.Incidents.Select(RecordText.Of), fast.Dataset?.Incidents.Select(RecordText.Of));
            Assert.Equal(careful.Dataset?.Claims.AsEnumerable(), fast.Dataset?.Claims.AsEnumerable());
            if (expectProblems is { } expected) Assert.Equal(expected, !fast.Problems.IsEmpty);
        }
    }
}
