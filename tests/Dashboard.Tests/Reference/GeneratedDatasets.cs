using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboard.Tests.Reference;

/// <summary>
/// Random valid datasets aimed at the analysis rules: a forest of incidents linked by includes and
/// may_include (chains three links deep and more, mixed links, incidents without claims in
/// between), claims of every qualifier (open ranges, up to, vague with and without a ceiling,
/// unquantified mentions), statements carried by several documents and renderings, the same source
/// saying different things, several sources on each side, every blame, and percentages. One
/// <see cref="Random"/> drives everything, so a seed gives the same file.
/// </summary>
public static class GeneratedDatasets
{
    private static readonly string[] Qualifiers = ["exact", "about", "more_than", "at_least", "up_to", "vague", "unquantified"];
    private static readonly int[] QualifierWeights = [30, 8, 12, 10, 10, 15, 15];
    private static readonly string[] MetricIds = ["killed", "injured", "displaced_people", "displaced_families", "area_cleared_pct", "attacks"];
    private static readonly int[] MetricWeights = [35, 30, 8, 5, 14, 8];
    private static readonly string[] Affected = ["civilians", "government_forces", "sdf_forces", "civil_defense", "mixed", "unspecified"];

    /// <summary>What a generated dataset holds, so a run can show it covered the cases it claims to.</summary>
    public sealed record Shape(int DeepestChain, bool MixedChain, bool AbsentIntermediate, bool OpenFigure, bool UpTo, bool Unquantified, bool Rendering, bool SharedStatement, bool Percentage);

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static int Weighted(Random rng, int[] weights)
    {
        var n = rng.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if (n < weights[i]) return i;
            n -= weights[i];
        }
        return weights.Length - 1;
    }

    /// <summary>One dataset as JSON text, and what it holds.</summary>
    public static (string Json, Shape Shape) Make(Random rng)
    {
        // Documents: some render an earlier one (a rendering of a rendering too).
        var documentCount = rng.Next(2, 5);
        var documents = new List<JsonObject>();
        var renderingOf = new string?[documentCount];
        for (var k = 0; k < documentCount; k++)
        {
            var d = new JsonObject { ["id"] = "d" + k, ["language"] = "ar", ["outlet"] = null, ["sha256"] = new string('a', 64), ["title"] = "document " + k, ["title_ar"] = "وثيقة " + k };
            if (k > 0 && rng.Next(3) == 0)
            {
                renderingOf[k] = "d" + rng.Next(k);
                d["rendering_of"] = renderingOf[k];
                d["language"] = "en";
            }
            documents.Add(d);
        }

        // Sources: two to five, on any side; the first two on opposite sides so both often speak.
        var sourceCount = rng.Next(2, 6);
        var sources = new List<JsonObject>();
        for (var k = 0; k < sourceCount; k++)
        {
            var side = k switch { 0 => "government", 1 => "sdf", _ => Pick(rng, ReferenceAnalysis.Sides) };
            sources.Add(new JsonObject { ["id"] = "s" + k, ["name"] = "source " + k, ["name_ar"] = "مصدر", ["side"] = side, ["kind"] = "official" });
        }

        var metrics = new JsonArray();
        foreach (var m in MetricIds)
        {
            metrics.Add(new JsonObject
            {
                ["id"] = m, ["label"] = m,
                ["unit"] = m switch { "area_cleared_pct" => "percent", "displaced_families" => "families", "attacks" => "events", _ => "people" },
                ["additive"] = m != "area_cleared_pct",
            });
        }

        // Incidents: a forest. Incident k hangs below an earlier one, most often the one just before
        // it, so chains run deep; the link is includes or may_include at random.
        var incidentCount = rng.Next(3, 10);
        var parent = new int[incidentCount];
        var certain = new bool[incidentCount];
        for (var k = 0; k < incidentCount; k++)
        {
            parent[k] = k == 0 || rng.Next(4) == 0 ? -1 : rng.Next(2) == 0 ? k - 1 : rng.Next(k);
            certain[k] = rng.Next(2) == 0;
        }
        var incidents = new List<JsonObject>();
        for (var k = 0; k < incidentCount; k++)
        {
            var o = new JsonObject
            {
                ["id"] = "i" + k, ["description"] = "incident " + k, ["description_ar"] = "حادثة", ["place"] = "Aleppo", ["place_ar"] = "حلب",
                ["label"] = "label " + k, ["label_ar"] = "تسمية",
            };
            var includes = Enumerable.Range(0, incidentCount).Where(c => parent[c] == k && certain[c]).Select(c => (JsonNode)("i" + c)).ToArray();
            var may = Enumerable.Range(0, incidentCount).Where(c => parent[c] == k && !certain[c]).Select(c => (JsonNode)("i" + c)).ToArray();
            if (includes.Length > 0) o["includes"] = new JsonArray(includes);
            if (may.Length > 0) o["may_include"] = new JsonArray(may);
            incidents.Add(o);
        }
        // The file order of records must not matter; the model sorts by id where it says it does.
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(documents));
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sources));
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(incidents));

        // Claims: a fresh figure, or another document carrying (or the same source restating) an earlier one.
        var claimCount = rng.Next(1, 25);
        var claims = new List<JsonObject>();
        var claimed = new HashSet<int>();
        bool open = false, upTo = false, unquantified = false, shared = false, percentage = false;
        for (var k = 0; k < claimCount; k++)
        {
            JsonObject c;
            if (claims.Count > 0 && rng.Next(4) == 0)
            {
                c = (JsonObject)Pick(rng, claims).DeepClone();
                c["document"] = "d" + rng.Next(documentCount);
                // Now and then the restatement says something else.
                if (rng.Next(3) == 0) Figure(rng, c, (string)c["metric"]!);
                shared = true;
            }
            else
            {
                var metric = MetricIds[Weighted(rng, MetricWeights)];
                c = new JsonObject
                {
                    ["document"] = "d" + rng.Next(documentCount), ["source"] = "s" + rng.Next(sourceCount), ["metric"] = metric,
                };
                Figure(rng, c, metric);
                c["affected"] = Pick(rng, Affected);
                c["incident"] = "i" + rng.Next(incidentCount);
                c["place"] = "Aleppo";
                c["period"] = null;
                c["blames"] = Pick(rng, ReferenceAnalysis.Blames);
                c["evidence"] = "نص";
                c["evidence_en"] = "gloss";
                c["note"] = null;
            }
            c["id"] = "c" + k.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var q = (string)c["qualifier"]!;
            open |= q is "more_than" or "at_least" || (q == "vague" && c["high"] is null);
            upTo |= q == "up_to";
            unquantified |= q == "unquantified";
            percentage |= (string)c["metric"]! == "area_cleared_pct" && q != "unquantified";
            if (q != "unquantified") claimed.Add(int.Parse(((string)c["incident"]!)[1..], System.Globalization.CultureInfo.InvariantCulture));
            claims.Add(c);
        }
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(claims));

        var root = new JsonObject
        {
            ["title"] = "generated",
            ["documents"] = new JsonArray([.. documents]), ["sources"] = new JsonArray([.. sources]), ["metrics"] = metrics,
            ["incidents"] = new JsonArray([.. incidents]), ["claims"] = new JsonArray([.. claims]), ["contentions"] = new JsonArray(),
        };
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // What the forest and the claims cover, for the run's tally.
        int deepest = 0;
        bool mixed = false, absent = false;
        for (var k = 0; k < incidentCount; k++)
        {
            int depth = 0, at = k;
            bool sawCertain = false, sawMay = false, sawAbsent = false;
            while (parent[at] >= 0)
            {
                if (certain[at]) sawCertain = true; else sawMay = true;
                at = parent[at];
                depth++;
                if (parent[at] >= 0 && !claimed.Contains(at) && claimed.Contains(k)) sawAbsent = true;
            }
            deepest = Math.Max(deepest, depth);
            mixed |= sawCertain && sawMay && depth >= 2;
            absent |= sawAbsent;
        }
        var rendering = renderingOf.Any(r => r is not null);
        return (json, new Shape(deepest, mixed, absent, open, upTo, unquantified, rendering, shared, percentage));
    }

    /// <summary>Sets a claim's value, qualifier and bounds: a figure of any qualifier, or a mention with none.</summary>
    private static void Figure(Random rng, JsonObject c, string metric)
    {
        var ceiling = metric == "area_cleared_pct" ? 100 : 60;
        var qualifier = Qualifiers[Weighted(rng, QualifierWeights)];
        c["qualifier"] = qualifier;
        c.Remove("low");
        c.Remove("high");
        c["value"] = null;
        if (qualifier == "vague")
        {
            var low = rng.Next(ceiling + 1);
            c["low"] = low;
            c["high"] = rng.Next(2) == 0 ? null : Math.Min(ceiling, low + rng.Next(41));
        }
        else if (qualifier != "unquantified")
        {
            c["value"] = rng.Next(ceiling + 1);
        }
    }
}
