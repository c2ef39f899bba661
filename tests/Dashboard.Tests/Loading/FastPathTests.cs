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
    public void The_bundled_records_take_the_fast_path_and_match_the_careful_one()
    {
        // Every bundled incident and claim is one the fast binders take whole, not one they hand on.
        var text = File.ReadAllText(Repo.BundledData);
        var root = JsonNode.Parse(text)!.AsObject();
        var pool = new Dashboard.Loading.StringPool();
        Assert.All(root["incidents"]!.AsArray(), incident =>
        {
            var reader = new System.Text.Json.Utf8JsonReader(Encoding.UTF8.GetBytes(incident!.ToJsonString()));
            reader.Read();
            Assert.NotNull(Dashboard.Loading.FastIncidentReader.TryRead(ref reader, pool));
        });
        Assert.All(root["claims"]!.AsArray(), claim =>
        {
            var reader = new System.Text.Json.Utf8JsonReader(Encoding.UTF8.GetBytes(claim!.ToJsonString()));
            reader.Read();
            Assert.NotNull(Dashboard.Loading.FastClaimReader.TryRead(ref reader, pool));
        });
        AssertSamePaths(text, expectProblems: false);
    }

    [Fact]
    public void Claims_bound_on_every_core_share_the_incident_ids_read_before_them()
    {
        // Each chunk of records pools its strings apart; the incidents' pools are taken into the
        // shared one before the claims are bound, so claims hold one copy of each incident id rather
        // than one per chunk (a million claims: 43 MiB). One record a chunk: every claim its own pool.
        var bytes = File.ReadAllBytes(Repo.BundledData);
        var apart = DatasetLoader.Load(bytes, "claims.json", fastPath: true, parallelFrom: 0, chunk: 1).Dataset!;
        Assert.All(apart.Claims.GroupBy(c => c.Incident), same => Assert.All(same, c => Assert.Same(same.First().Incident, c.Incident)));
        Assert.Contains(apart.Claims.GroupBy(c => c.Incident), same => same.Count() > 1);
        // In one chunk the incidents' own ids are that copy.
        var whole = DatasetLoader.Load(bytes, "claims.json", fastPath: true, parallelFrom: 0).Dataset!;
        var ids = whole.Incidents.ToDictionary(i => i.Id, i => i.Id, StringComparer.Ordinal);
        Assert.All(whole.Claims, c => Assert.Same(ids[c.Incident], c.Incident));
    }

    private static void AssertSamePaths(string text, bool? expectProblems = null)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var careful = DatasetLoader.Load(bytes, "claims.json", fastPath: false);
        // On one core, and binding on every core as a large file does, in one chunk and in many.
        foreach (var (parallelFrom, chunk) in new[] { (int.MaxValue, DatasetLoader.ParallelChunk), (0, DatasetLoader.ParallelChunk), (0, 1), (0, 3) })
        {
            var fast = DatasetLoader.Load(bytes, "claims.json", fastPath: true, parallelFrom, chunk);
            Assert.Equal(careful.Problems.Select(p => p.ToString()), fast.Problems.Select(p => p.ToString()));
            Assert.Equal(careful.Dataset?.Incidents.Select(RecordText.Of), fast.Dataset?.Incidents.Select(RecordText.Of));
            Assert.Equal(careful.Dataset?.Claims.AsEnumerable(), fast.Dataset?.Claims.AsEnumerable());
            if (expectProblems is { } expected) Assert.Equal(expected, !fast.Problems.IsEmpty);
        }
    }
}
