using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Dashboard.Analysis;
using DatasetLoader = Dashboard.Loading.DatasetLoader;
using Dashboard.Tests.Support;
using Dashboard.Validation;
using Xunit.Abstractions;

namespace Dashboard.Tests.Fuzzing;

/// <summary>
/// Mutates the bundled dataset a thousand ways a run and feeds each result to the loader and the
/// validator: they never throw, every refusal points at a line, a column and a JSON path, and every
/// input they accept analyses with low &lt;= high everywhere. The run is drawn from one PCG seed,
/// printed in the test output; set FUZZ_SEED to that value to replay it case for case, and
/// FUZZ_CASES to run more cases. Each input is also loaded with the fast paths for claims and
/// incidents turned off, and with them binding on every core: all must give the same records and
/// the same problems.
/// </summary>
public class LoaderFuzzTests(ITestOutputHelper output)
{
    /// <summary>A thousand a run in the suite; FUZZ_CASES asks for more when hunting.</summary>
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1_000;

    [Fact]
    public void Mutated_datasets_never_crash_the_loader_and_every_refusal_is_located()
    {
        var seed = Environment.GetEnvironmentVariable("FUZZ_SEED") is { Length: > 0 } given ? PCG.Parse(given) : new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64());
        var seedText = seed.ToString();
        output.WriteLine($"fuzz seed: {seedText} (replay: FUZZ_SEED={seedText} dotnet test --filter LoaderFuzzTests)");

        var mutator = new Mutator(File.ReadAllText(Repo.BundledData));
        int accepted = 0, refused = 0;
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Cases; i++)
        {
            var mutation = mutator.Inputs.Generate(seed, null, out _);
            var bytes = mutation.Apply();
            foreach (var kind in mutation.Kinds) kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            try
            {
                if (Check(bytes)) accepted++;
                else refused++;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"case {i} ({mutation}) threw (FUZZ_SEED={seedText}):\n{ex}\n--- input (first 2,000 characters) ---\n{Preview(bytes)}");
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                throw new Xunit.Sdk.XunitException($"case {i} ({mutation}) failed (FUZZ_SEED={seedText}): {ex.Message}\n--- input (first 2,000 characters) ---\n{Preview(bytes)}");
            }
        }
        output.WriteLine($"{Cases} cases: {accepted} accepted, {refused} refused");
        output.WriteLine("mutations: " + string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        // A fuzzer whose every case is refused would test only the first error path.
        Assert.InRange(accepted, 1, Cases - 1);
    }

    /// <summary>Loads, validates and, when valid, analyses one input. True when it was accepted.</summary>
    private static bool Check(byte[] bytes)
    {
        var lines = 1 + bytes.Count(b => b == (byte)'\n');
        var loaded = DatasetLoader.Load(bytes, "fuzz.json");
        // The fast paths for claims and incidents, on one core and on every core, and the careful one
        // must agree on every record and every problem.
        var careful = DatasetLoader.Load(bytes, "fuzz.json", fastPath: false);
        // Records a few at a time, so chunks, their pools and their order are exercised on a small file.
        var parallel = DatasetLoader.Load(bytes, "fuzz.json", fastPath: true, parallelFrom: 0, chunk: 3);
        foreach (var fast in new[] { loaded, parallel })
        {
            Assert.Equal(careful.Problems.Select(p => p.ToString()), fast.Problems.Select(p => p.ToString()));
            Assert.Equal(careful.Dataset?.Claims.AsEnumerable(), fast.Dataset?.Claims.AsEnumerable());
            // An incident's lists are immutable arrays, which a record compares by reference: compared as text.
            Assert.Equal(careful.Dataset?.Incidents.Select(RecordText.Of), fast.Dataset?.Incidents.Select(RecordText.Of));
        }
        var (valid, problems) = ValidatedDataset.From(loaded);
        // The validator places its problems by the offsets the loader kept: the same on every core.
        Assert.Equal(problems.Select(p => p.ToString()), ValidatedDataset.From(parallel).Problems.Select(p => p.ToString()));
        foreach (var p in problems)
        {
            Assert.True(p.Line >= 1 && p.Line <= lines, $"line {p.Line} outside 1..{lines}: {p}");
            Assert.True(p.Column >= 1, $"column {p.Column}: {p}");
            Assert.StartsWith("$", p.Path);
            Assert.False(string.IsNullOrWhiteSpace(p.Message), p.ToString());
            Assert.StartsWith($"fuzz.json:{p.Line}:{p.Column}: $", p.ToString());
        }
        if (valid is null)
        {
            Assert.NotEmpty(problems);
            return false;
        }
        var model = AnalysedModel.Build(valid);
        static void Ordered(FigureRange r, string what) => Assert.True(r.High is null || r.Low <= r.High, $"{what}: low {r.Low} > high {r.High}");
        foreach (var c in model.Claims) if (c.Range is { } range) Ordered(range, c.Claim.Id);
        foreach (var r in model.IncidentRanges) Ordered(r.Range, r.Incident.Id);
        foreach (var t in model.Totals) Ordered(t.Range, $"{t.GroupName}/{t.Key}/{t.Metric}");
        return true;
    }

    private static string Preview(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length <= 2_000 ? text : text[..2_000];
    }

    /// <summary>One input: up to three edits of the tree, then perhaps damage to the bytes.</summary>
    private sealed record Mutation(string Original, IReadOnlyList<Edit> Edits, ByteDamage? Damage)
    {
        public IEnumerable<string> Kinds => Edits.Select(e => e.Kind).Append(Damage?.Kind ?? "").Where(k => k.Length > 0);

        public byte[] Apply()
        {
            var root = JsonNode.Parse(Original)!;
            var raw = new List<(string Marker, string Text)>();
            foreach (var edit in Edits) edit.Apply(root, raw);
            var text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            // Values JSON nodes cannot hold (1e999, a duplicate key, 10,000 levels of nesting) go in as text.
            foreach (var (marker, value) in raw) text = text.Replace($"\"{marker}\"", value, StringComparison.Ordinal);
            var bytes = Encoding.UTF8.GetBytes(text);
            return Damage is null ? bytes : Damage.Apply(bytes);
        }

        public override string ToString() => string.Join("; ", Edits.Select(e => e.ToString()).Append(Damage?.ToString() ?? "").Where(s => s.Length > 0));
    }

    private abstract record Edit(string Kind)
    {
        public abstract void Apply(JsonNode root, List<(string Marker, string Text)> raw);

        protected static JsonNode? At(JsonNode root, IReadOnlyList<object> path)
        {
            JsonNode? node = root;
            foreach (var step in path)
            {
                node = step switch
                {
                    string key when node is JsonObject o => o[key],
                    int index when node is JsonArray a && index < a.Count => a[index],
                    _ => null,
                };
                if (node is null) return null;
            }
            return node;
        }

        protected static string Show(IReadOnlyList<object> path) => "$" + string.Concat(path.Select(p => p is int i ? $"[{i}]" : $".{p}"));
    }

    /// <summary>A field's value replaced by a value of any JSON type, or by raw text.</summary>
    private sealed record ReplaceValue(IReadOnlyList<object> Path, string Key, Value With) : Edit("value:" + With.Name)
    {
        public override void Apply(JsonNode root, List<(string Marker, string Text)> raw)
        {
            if (At(root, Path) is not JsonObject o) return;
            o[Key] = With.Node(raw);
        }

        public override string ToString() => $"{Show(Path)}.{Key} = {With.Name}";
    }

    private sealed record DropKey(IReadOnlyList<object> Path, string Key) : Edit("drop key")
    {
        public override void Apply(JsonNode root, List<(string Marker, string Text)> raw) => (At(root, Path) as JsonObject)?.Remove(Key);

        public override string ToString() => $"drop {Show(Path)}.{Key}";
    }

    /// <summary>The key written twice; JSON nodes refuse duplicates, so the second copy goes in as text.</summary>
    private sealed record DuplicateKey(IReadOnlyList<object> Path, string Key, Value With) : Edit("duplicate key")
    {
        public override void Apply(JsonNode root, List<(string Marker, string Text)> raw)
        {
            if (At(root, Path) is not JsonObject o || !o.ContainsKey(Key)) return;
            var marker = $"\u0001dup{raw.Count}\u0001";
            var value = With.Node(raw)?.ToJsonString() ?? "null";
            raw.Add((marker, $"{JsonSerializer.Serialize(Key)}: {value}, \"{Key}\": \"{marker}-orig\""));
            var original = o[Key]?.DeepClone();
            o.Remove(Key);
            o[marker] = marker;
            raw.Add(($"{marker}-orig", original?.ToJsonString() ?? "null"));
            // The marker key itself must vanish: "marker": "marker" becomes the two copies of the key.
            raw.Add(($"{marker}\": ", ""));
        }

        public override string ToString() => $"duplicate {Show(Path)}.{Key}";
    }

    private sealed record DropRecord(string Collection, int Index) : Edit("drop record")
    {
        public override void Apply(JsonNode root, List<(string Marker, string Text)> raw)
        {
            if (root[Collection] is JsonArray a && Index < a.Count) a.RemoveAt(Index);
        }

        public override string ToString() => $"drop $.{Collection}[{Index}]";
    }

    private sealed record DuplicateRecord(string Collection, int Index) : Edit("duplicate record")
    {
        public override void Apply(JsonNode root, List<(string Marker, string Text)> raw)
        {
            if (root[Collection] is JsonArray a && Index < a.Count) a.Add(a[Index]!.DeepClone());
        }

        public override string ToString() => $"duplicate $.{Collection}[{Index}]";
    }

    private sealed record ByteDamage(string Kind, int At, byte[] Stray)
    {
        public byte[] Apply(byte[] bytes)
        {
            var at = bytes.Length == 0 ? 0 : At % bytes.Length;
            return Kind == "truncate" ? bytes[..at] : [.. bytes[..at], .. Stray, .. bytes[at..]];
        }

        public override string ToString() => Kind == "truncate" ? $"truncate at byte {At}" : $"stray bytes {Convert.ToHexString(Stray)} at byte {At}";
    }

    /// <summary>A replacement value: a node, or raw JSON text for what a node cannot hold.</summary>
    private sealed record Value(string Name, Func<JsonNode?>? Make = null, string? Raw = null)
    {
        public JsonNode? Node(List<(string Marker, string Text)> raw)
        {
            if (Raw is null) return Make!();
            var marker = $"\u0002raw{raw.Count}\u0002";
            raw.Add((marker, Raw));
            return JsonValue.Create(marker);
        }
    }

    /// <summary>Generators over the places the bundled dataset has.</summary>
    private sealed class Mutator
    {
        private static readonly string[] Collections = ["documents", "sources", "metrics", "incidents", "claims"];

        private static readonly Value[] Values =
        [
            new("null", () => null), new("true", () => JsonValue.Create(true)), new("false", () => JsonValue.Create(false)),
            new("0", () => JsonValue.Create(0)), new("-1", () => JsonValue.Create(-1)), new("2.5", () => JsonValue.Create(2.5)),
            new("8", () => JsonValue.Create(8)), new("100", () => JsonValue.Create(100)), new("101", () => JsonValue.Create(101)),
            new("1e308", Raw: "1e308"), new("1e999", Raw: "1e999"), new("-0", Raw: "-0"), new("2^53+1", Raw: "9007199254740993"),
            new("8.00000000000000001", Raw: "8.00000000000000001"), new("8300000001", Raw: "8300000001"),
            new("empty string", () => JsonValue.Create("")), new("blank string", () => JsonValue.Create("  ")),
            new("unknown id", () => JsonValue.Create("no-such-id")), new("arabic", () => JsonValue.Create("قتيلين و8 مصابين")),
            new("hostile", () => JsonValue.Create("<script>alert(1)</script>=HYPERLINK(\"x\")")),
            new("control characters", () => JsonValue.Create("a\u0000b\u0007c\u001f")),
            new("lone surrogate", Raw: "\"\\ud800x\""),
            new("huge string", () => JsonValue.Create(new string('ق', 200_000))),
            new("empty object", () => new JsonObject()), new("empty array", () => new JsonArray()),
            new("array of ids", () => new JsonArray("health-toll-shelling", "no-such-incident")),
            new("array of numbers", () => new JsonArray(1, 2)),
            new("array with an empty id", () => new JsonArray("health-toll-shelling", "")),
            new("object", () => new JsonObject { ["id"] = "x", ["value"] = 3 }),
            new("deep nesting", Raw: new string('[', 10_000) + new string(']', 10_000)),
            new("moderate nesting", Raw: new string('[', 60) + new string(']', 60)),
            new("vocabulary word", () => JsonValue.Create("vague")),
        ];

        private readonly string _text;
        private readonly List<(IReadOnlyList<object> Path, string Key)> _fields = [];
        private readonly List<(string Collection, int Count)> _collections = [];

        public Mutator(string text)
        {
            _text = text;
            var root = JsonNode.Parse(text)!.AsObject();
            foreach (var (key, _) in root) _fields.Add(([], key));
            foreach (var name in Collections)
            {
                var items = root[name]!.AsArray();
                _collections.Add((name, items.Count));
                for (var i = 0; i < items.Count; i++)
                {
                    foreach (var (key, _) in items[i]!.AsObject()) _fields.Add(([name, i], key));
                }
            }
            // Optional fields the bundled data leaves out are worth adding too.
            foreach (var extra in new[] { "low", "high", "rendering_of", "includes", "may_include", "outlet_evidence", "unknown_field" })
            {
                _fields.Add(([ "claims", 0 ], extra));
                _fields.Add(([ "incidents", 0 ], extra));
                _fields.Add(([ "documents", 0 ], extra));
            }
            var field = Gen.Int[0, _fields.Count - 1].Select(i => _fields[i]);
            var value = Gen.Int[0, Values.Length - 1].Select(i => Values[i]);
            var record = Gen.Int[0, _collections.Count - 1].SelectMany(c => Gen.Int[0, _collections[c].Count - 1].Select(i => (_collections[c].Collection, i)));
            var edit = Gen.Frequency(
                (10, Gen.Select(field, value).Select(t => (Edit)new ReplaceValue(t.Item1.Path, t.Item1.Key, t.Item2))),
                (3, field.Select(f => (Edit)new DropKey(f.Path, f.Key))),
                (2, Gen.Select(field, value).Select(t => (Edit)new DuplicateKey(t.Item1.Path, t.Item1.Key, t.Item2))),
                (2, record.Select(r => (Edit)new DropRecord(r.Item1, r.Item2))),
                (2, record.Select(r => (Edit)new DuplicateRecord(r.Item1, r.Item2))));
            var damage = Gen.Frequency(
                (8, Gen.Const((ByteDamage?)null)),
                (1, Gen.Int[0, text.Length].Select(at => (ByteDamage?)new ByteDamage("truncate", at, []))),
                (1, Gen.Select(Gen.Int[0, text.Length], Gen.Byte.Array[1, 4]).Select(t => (ByteDamage?)new ByteDamage("stray bytes", t.Item1, t.Item2))));
            // A few cases with no edit at all keep the accepted path in the sample.
            Inputs = CsCheck.Gen.Select(edit.Array[0, 3], damage).Select(t => new Mutation(_text, t.Item1, t.Item2));
        }

        public Gen<Mutation> Inputs { get; }
    }
}
