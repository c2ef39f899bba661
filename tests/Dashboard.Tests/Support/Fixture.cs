using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JsonArray = System.Text.Json.Nodes.JsonArray;
using JsonNode = System.Text.Json.Nodes.JsonNode;
using JsonObject = System.Text.Json.Nodes.JsonObject;
using Dashboard.Analysis;
using Dashboard.Loading;
using Dashboard.Validation;

namespace Dashboard.Tests.Support;

/// <summary>
/// Builds small datasets in the data contract for tests: two documents, a source per side, the six
/// required metrics, and whatever incidents and claims the test adds. Written one record per line
/// so positions in messages are easy to predict.
/// </summary>
public sealed class Fixture
{
    private readonly List<JsonObject> _documents = [];
    private readonly List<JsonObject> _sources = [];
    private readonly List<JsonObject> _incidents = [];
    private readonly List<JsonObject> _claims = [];
    private readonly List<JsonObject> _contentions = [];

    private readonly string _title = "fixture";
    private readonly string? _hostile;

    /// <summary>
    /// The standard fixture; <paramref name="sideOf"/> can move sources to another side, and
    /// <paramref name="hostile"/> is appended to every free text the outputs show (title, source
    /// names, metric labels, incident descriptions and places, claim glosses and places).
    /// </summary>
    public Fixture(Func<string, string>? sideOf = null, string? hostile = null)
    {
        _hostile = hostile;
        if (hostile is not null) _title = "fixture " + hostile;
        Document("d1").Document("d2").Document("d3");
        foreach (var (id, side) in new[] { ("gov-a", "government"), ("gov-b", "government"), ("sdf-a", "sdf"), ("ind-a", "independent") })
        {
            Source(id, sideOf?.Invoke(id) ?? side);
        }
    }

    private string Text(string text) => _hostile is null ? text : text + " " + _hostile;

    public static readonly string[] Metrics = ["killed", "injured", "displaced_people", "displaced_families", "area_cleared_pct", "attacks"];

    public Fixture Document(string id, string language = "ar", string? renderingOf = null)
    {
        var o = new JsonObject { ["id"] = id, ["language"] = language, ["outlet"] = null, ["sha256"] = new string('a', 64), ["title"] = Text("title " + id), ["title_ar"] = Text("عنوان " + id) };
        if (renderingOf is not null) o["rendering_of"] = renderingOf;
        return Add(_documents, o);
    }

    /// <summary>Makes an existing document a rendering of another.</summary>
    public Fixture Renders(string id, string original)
    {
        _documents.Single(d => (string?)d["id"] == id)["rendering_of"] = original;
        return this;
    }

    /// <summary>Names an existing document's outlet (and its Arabic name), with the words that name it.</summary>
    public Fixture Outlet(string id, string outlet, string? outletAr = null)
    {
        var d = _documents.Single(d => (string?)d["id"] == id);
        (d["outlet"], d["outlet_evidence"]) = (outlet, "نص");
        if (outletAr is not null) d["outlet_ar"] = outletAr;
        return this;
    }

    /// <summary>Says when an existing document was written, in both languages, standing on the words <paramref name="evidence"/>.</summary>
    public Fixture Reported(string id, string reported, string reportedAr, string evidence = "نص")
    {
        var d = _documents.Single(d => (string?)d["id"] == id);
        (d["reported"], d["reported_ar"], d["reported_evidence"]) = (reported, reportedAr, evidence);
        return this;
    }

    public Fixture Source(string id, string side) =>
        Add(_sources, new JsonObject { ["id"] = id, ["name"] = Text(id), ["name_ar"] = Text("مصدر"), ["side"] = side, ["kind"] = "official" });

    public Fixture Incident(string id, string[]? includes = null, string[]? mayInclude = null, string? note = null, string? noteAr = null)
    {
        var o = new JsonObject
        {
            ["id"] = id, ["description"] = Text("incident " + id), ["description_ar"] = Text("حادثة " + id), ["place"] = Text("Aleppo"), ["place_ar"] = Text("حلب"),
            ["label"] = Text("label " + id), ["label_ar"] = Text("تسمية " + id),
        };
        if (includes is not null) o["includes"] = new JsonArray(includes.Select(x => (JsonNode)x).ToArray());
        if (mayInclude is not null) o["may_include"] = new JsonArray(mayInclude.Select(x => (JsonNode)x).ToArray());
        if (note is not null) (o["note"], o["note_ar"]) = (note, noteAr ?? "ملاحظة الحادثة");
        return Add(_incidents, o);
    }

    /// <summary>Adds a claim; its incident is created when not yet defined.</summary>
    public Fixture Claim(string id, string metric, double? value, string qualifier = "exact", string source = "gov-a", string document = "d1",
        string incident = "i1", string affected = "civilians", double? low = null, double? high = null, string evidence = "نص", string? note = null, string blames = "not_stated", string? noteAr = null)
    {
        if (!_incidents.Any(i => (string?)i["id"] == incident)) Incident(incident);
        var o = new JsonObject
        {
            ["id"] = id, ["document"] = document, ["source"] = source, ["metric"] = metric, ["value"] = value, ["qualifier"] = qualifier,
        };
        if (low is not null || qualifier == "vague") o["low"] = low;
        if (high is not null || qualifier == "vague") o["high"] = high;
        o["affected"] = affected;
        o["incident"] = incident;
        o["place"] = Text("Aleppo");
        o["period"] = null;
        o["blames"] = blames;
        o["evidence"] = evidence;
        o["evidence_en"] = Text("gloss");
        o["note"] = note;
        if (note is not null) o["note_ar"] = noteAr ?? "ملاحظة";
        return Add(_claims, o);
    }

    /// <summary>Adds a contention with one position per (source, stance) given, all quoted from document d1.</summary>
    public Fixture Contention(string id, params (string Source, string Stance)[] positions)
    {
        var list = new JsonArray();
        var k = 0;
        foreach (var (source, stance) in positions)
        {
            list.Add(new JsonObject
            {
                ["id"] = $"{id}-p{k++}", ["source"] = source, ["document"] = "d1", ["stance"] = stance, ["evidence"] = "نص", ["evidence_en"] = Text("gloss"),
            });
        }
        return Add(_contentions, new JsonObject { ["id"] = id, ["question"] = Text("question " + id), ["question_ar"] = Text("سؤال"), ["positions"] = list });
    }

    /// <summary>The dataset as JSON text, one record per line.</summary>
    public string Json()
    {
        var sb = new StringBuilder();
        sb.Append("{\n  \"title\": ").Append(JsonSerializer.Serialize(_title, Compact)).Append(",\n");
        if (_hostile is not null) sb.Append("  \"title_ar\": ").Append(JsonSerializer.Serialize("عنوان " + _hostile, Compact)).Append(",\n");
        Section(sb, "documents", _documents);
        Section(sb, "sources", _sources);
        Section(sb, "metrics", Metrics.Select(m => new JsonObject
        {
            ["id"] = m, ["label"] = Text(m),
            ["unit"] = m switch { "area_cleared_pct" => "percent", "displaced_families" => "families", "attacks" => "events", _ => "people" },
            ["additive"] = m != "area_cleared_pct",
        }).ToList());
        Section(sb, "incidents", _incidents);
        Section(sb, "claims", _claims);
        Section(sb, "contentions", _contentions, last: true);
        sb.Append("}\n");
        return sb.ToString();
    }

    public LoadResult Load() => DatasetLoader.Load(Encoding.UTF8.GetBytes(Json()), "fixture.json");

    public ValidatedDataset Validated()
    {
        var (valid, problems) = ValidatedDataset.From(Load());
        Assert.True(valid is not null, "fixture invalid:\n" + string.Join("\n", problems));
        return valid!;
    }

    public AnalysedModel Analyse() => AnalysedModel.Build(Validated());

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void Section(StringBuilder sb, string name, List<JsonObject> items, bool last = false)
    {
        sb.Append("  \"").Append(name).Append("\": [\n");
        for (var i = 0; i < items.Count; i++)
        {
            sb.Append("    ").Append(items[i].ToJsonString(Compact)).Append(i < items.Count - 1 ? ",\n" : "\n");
        }
        sb.Append(last ? "  ]\n" : "  ],\n");
    }

    private Fixture Add(List<JsonObject> list, JsonObject o)
    {
        list.Add(o);
        return this;
    }
}
