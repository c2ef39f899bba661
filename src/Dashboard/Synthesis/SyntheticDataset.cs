using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dashboard.Model;

namespace Dashboard.Synthesis;

/// <summary>
/// Writes a valid dataset of any size for tests and benchmarks: many documents, sources on every
/// side, incidents shared by several claims and nested, every qualifier, Arabic evidence, and text
/// that tries to break HTML, CSV and spreadsheets. The same seed gives the same file.
/// </summary>
public static partial class SyntheticDataset
{
    private static readonly string[] ArabicPhrases =
    [
        "أعلنت المديرية سقوط {0} قتلى جراء القصف على الحي",
        "أفادت مصادر محلية بإصابة {0} أشخاص في الاشتباكات",
        "قال المركز الإعلامي إن {0} من عناصره أصيبوا",
        "نزوح أكثر من {0} شخص من الأحياء الشرقية",
        "وسط نزوح عشرات العائلات من محيط الدوار",
    ];

    private static readonly string[] Hostile =
    [
        "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)",
        "\tleading tab", "0012", "3-3.5", "\"quoted\", with comma", "line\nbreak",
    ];

    private static readonly string[] Kinds = Vocabulary.SourceKinds.ToArray();

    /// <summary>
    /// True when <paramref name="stream"/> starts as every file <see cref="Write"/> makes does, with its
    /// title "Synthetic dataset: N claims (seed S)". Lets <c>synth --out</c> replace its own earlier
    /// output but not a curated dataset.
    /// </summary>
    public static bool IsSynthetic(Stream stream)
    {
        var t = Output.JsonStart.Tokens(stream, 3);
        return t.Count == 3 && t[0].Kind == JsonTokenType.StartObject && t[1] == (JsonTokenType.PropertyName, "title")
            && t[2].Kind == JsonTokenType.String && SyntheticTitle().IsMatch(t[2].Text!);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Synthetic dataset: [0-9]+ claims \(seed -?[0-9]+\)$")]
    private static partial System.Text.RegularExpressions.Regex SyntheticTitle();

    /// <summary>Writes <paramref name="claims"/> claims to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, int claims, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(claims);
        var random = new Random(seed);
        var documents = Math.Max(5, claims / 50);
        var sources = Math.Max(6, claims / 500);
        var incidents = Math.Max(10, claims / 4);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("title", string.Create(CultureInfo.InvariantCulture, $"Synthetic dataset: {claims} claims (seed {seed})"));

        w.WriteStartArray("documents");
        for (var d = 0; d < documents; d++)
        {
            w.WriteStartObject();
            w.WriteString("id", DocumentId(d));
            w.WriteString("language", d % 5 == 3 ? "en" : "ar");
            w.WriteNull("outlet");
            // Synthetic documents have no files; the digest is of the id, so it is well formed.
            w.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(DocumentId(d)))));
            w.WriteString("title", string.Create(CultureInfo.InvariantCulture, $"Synthetic report {d}"));
            w.WriteString("title_ar", string.Create(CultureInfo.InvariantCulture, $"تقرير تجريبي رقم {d}"));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("sources");
        for (var s = 0; s < sources; s++)
        {
            w.WriteStartObject();
            w.WriteString("id", SourceId(s));
            w.WriteString("name", s % 97 == 5 ? Hostile[s % Hostile.Length] : $"Source {s}");
            w.WriteString("name_ar", $"مصدر رقم {s}");
            w.WriteString("side", Vocabulary.Sides[s % 3].Wire);
            w.WriteString("kind", Kinds[s % Kinds.Length]);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("metrics");
        foreach (var id in Vocabulary.RequiredMetrics)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("label", id.Replace('_', ' '));
            var unit = id switch { "area_cleared_pct" => Unit.Percent, "displaced_families" => Unit.Families, "attacks" => Unit.Events, _ => Unit.People };
            w.WriteString("unit", unit.Wire());
            w.WriteBoolean("additive", unit != Unit.Percent);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("incidents");
        for (var i = 0; i < incidents; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", IncidentId(i));
            w.WriteString("description", $"Synthetic incident {i}");
            w.WriteString("description_ar", $"حادثة تجريبية رقم {i}");
            w.WriteString("place", i % 2 == 0 ? "Sheikh Maqsoud" : "Ashrafieh");
            w.WriteString("place_ar", i % 2 == 0 ? "الشيخ مقصود" : "الأشرفية");
            w.WriteString("label", $"Incident {i}");
            w.WriteString("label_ar", $"الحادثة {i}");
            // A toll every ten incidents that may include the next one, and one that certainly includes it:
            // each incident is contained at most once, so containment stays a forest.
            if (i % 10 == 0 && i + 1 < incidents) { w.WriteStartArray("may_include"); w.WriteStringValue(IncidentId(i + 1)); w.WriteEndArray(); }
            if (i % 10 == 5 && i + 1 < incidents) { w.WriteStartArray("includes"); w.WriteStringValue(IncidentId(i + 1)); w.WriteEndArray(); }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("claims");
        for (var c = 0; c < claims; c++)
        {
            var metric = Vocabulary.RequiredMetrics[random.Next(Vocabulary.RequiredMetrics.Count)];
            var qualifier = Vocabulary.Qualifiers[c % Vocabulary.Qualifiers.Count].Value;
            var max = metric switch { "area_cleared_pct" => 100, "displaced_people" => 50_000, "attacks" => 10, _ => 200 };
            var value = random.Next(max + 1);
            w.WriteStartObject();
            w.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"c{c:D7}"));
            w.WriteString("document", DocumentId(random.Next(documents)));
            w.WriteString("source", SourceId(random.Next(sources)));
            w.WriteString("metric", metric);
            if (qualifier == Qualifier.Unquantified)
            {
                w.WriteNull("value");
                w.WriteString("qualifier", "unquantified");
            }
            else if (qualifier == Qualifier.Vague)
            {
                w.WriteNull("value");
                w.WriteString("qualifier", "vague");
                w.WriteNumber("low", Math.Min(value, max));
                if (c % 4 == 1) w.WriteNumber("high", Math.Min(max, value + 10)); else w.WriteNull("high");
            }
            else
            {
                w.WriteNumber("value", value);
                w.WriteString("qualifier", qualifier.Wire());
            }
            w.WriteString("affected", Vocabulary.AffectedGroups[random.Next(Vocabulary.AffectedGroups.Count)].Wire);
            w.WriteString("incident", IncidentId(random.Next(incidents)));
            w.WriteString("place", "Aleppo");
            if (c % 3 == 0) w.WriteNull("period"); else w.WriteString("period", "Three days up to the report");
            w.WriteString("blames", Vocabulary.Blames[c % Vocabulary.Blames.Count].Wire);
            w.WriteString("evidence", c % 50 == 7 ? Hostile[c / 50 % Hostile.Length] : string.Format(CultureInfo.InvariantCulture, ArabicPhrases[c % ArabicPhrases.Length], value));
            w.WriteString("evidence_en", string.Create(CultureInfo.InvariantCulture, $"Synthetic gloss for claim {c}: {value} {metric.Replace('_', ' ')}."));
            if (c % 11 == 0)
            {
                w.WriteString("note", Hostile[c % Hostile.Length]);
                w.WriteString("note_ar", "ملاحظة تجريبية");
            }
            else
            {
                w.WriteNull("note");
            }
            w.WriteEndObject();
            if (c % 4096 == 0) w.Flush();
        }
        w.WriteEndArray();

        // A contention per hundred claims (at least one), each with a position from two sources.
        w.WriteStartArray("contentions");
        for (var k = 0; k < Math.Max(1, claims / 100); k++)
        {
            w.WriteStartObject();
            w.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"contention-{k}"));
            w.WriteString("question", string.Create(CultureInfo.InvariantCulture, $"Synthetic question {k}?"));
            w.WriteString("question_ar", string.Create(CultureInfo.InvariantCulture, $"سؤال تجريبي رقم {k}؟"));
            w.WriteStartArray("positions");
            for (var p = 0; p < 2; p++)
            {
                w.WriteStartObject();
                w.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"position-{k}-{p}"));
                w.WriteString("source", SourceId((k + p) % sources));
                w.WriteString("document", DocumentId(k % documents));
                w.WriteString("stance", p == 0 ? "asserts" : "denies");
                w.WriteString("evidence", p == 0 ? "أكد المصدر ذلك" : "نفى المصدر ذلك");
                w.WriteString("evidence_en", p == 0 ? "The source said so." : "The source denied it.");
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string DocumentId(int d) => string.Create(CultureInfo.InvariantCulture, $"syn_{d:D6}");

    private static string SourceId(int s) => string.Create(CultureInfo.InvariantCulture, $"source-{s}");

    private static string IncidentId(int i) => string.Create(CultureInfo.InvariantCulture, $"incident-{i}");
}
