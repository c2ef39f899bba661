using System.Globalization;
using System.Text;
using System.Text.Json;
using Dashboard.Synthesis;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Scale;

/// <summary>A 50,000-claim synthetic run, end to end: every output holds every claim, and they agree. No timing is asserted.</summary>
public sealed class LargeRunTests : IClassFixture<LargeRunTests.Run>
{
    public sealed class Run : IDisposable
    {
        public const int Claims = 50_000;
        public TempDir Dir { get; } = new();
        public string Data => Dir.File("synth.json");
        public string Out => Dir.File("out");
        public int Code { get; }
        public string Errors { get; }

        public Run()
        {
            using (var stream = File.Create(Data)) SyntheticDataset.Write(stream, Claims, seed: 7);
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Code = Dashboard.Cli.Cli.Run(["generate", "--data", Data, "--out", Out], stdout, stderr);
            Errors = stderr.ToString();
        }

        public void Dispose() => Dir.Dispose();
    }

    private readonly Run _run;

    public LargeRunTests(Run run)
    {
        _run = run;
        Assert.True(run.Code == 0, run.Errors);
    }

    private static string Key(string group, string key, string metric) => $"{group}|{key}|{metric}";

    private static string Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "" : e.GetDouble().ToString("R", CultureInfo.InvariantCulture);

    [Fact]
    public void Synth_output_validates_and_is_reproducible_from_its_seed()
    {
        var (valid, problems) = ValidatedDataset.Load(_run.Data);
        Assert.Empty(problems);
        Assert.Equal(Run.Claims, valid!.Dataset.Claims.Length);
        Assert.Equal(7, valid.Dataset.Claims.Select(c => c.Qualifier).Distinct().Count());
        Assert.Equal(3, valid.Dataset.Claims.Select(c => c.Blames).Distinct().Count());
        Assert.NotEmpty(valid.Dataset.Contentions);
        Assert.Equal(3, valid.Dataset.Sources.Select(s => s.Side).Distinct().Count());
        Assert.Contains(valid.Dataset.Incidents, i => i.MayInclude.Length > 0);
        Assert.Contains(valid.Dataset.Claims, c => c.Evidence.Contains("<script>", StringComparison.Ordinal));
        using var again = new MemoryStream();
        SyntheticDataset.Write(again, Run.Claims, seed: 7);
        Assert.Equal(File.ReadAllBytes(_run.Data), again.ToArray());
    }

    [Fact]
    public void Workbook_csv_and_aggregates_agree_on_every_claim()
    {
        var csv = CsvReader.Read(File.ReadAllText(Path.Combine(_run.Out, "claims.csv"), Encoding.UTF8));
        var header = csv[0];
        int Col(string name) => header.IndexOf(name);
        var fromCsv = csv.Skip(1).ToDictionary(r => r[Col("id")], r => (r[Col("range_low")], r[Col("range_high")]));
        Assert.Equal(Run.Claims, fromCsv.Count);

        var sheet = XlsxSheetReader.Read(Path.Combine(_run.Out, "figures.xlsx"), "Claims");
        var names = sheet[0].ToList();
        var fromXlsx = sheet.Skip(1).ToDictionary(r => r[names.IndexOf("id")]!, r => (r[names.IndexOf("range_low")] ?? "", r[names.IndexOf("range_high")] ?? ""));
        Assert.Equal(fromCsv, fromXlsx);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_run.Out, "aggregates.json")));
        var overallIds = json.RootElement.GetProperty("totals").EnumerateArray()
            .Where(t => t.GetProperty("group").GetString() == "overall")
            .SelectMany(t => t.GetProperty("claims").EnumerateArray().Select(e => e.GetString()!)).ToList();
        // Every claim with a figure is in exactly one overall total; a mention with none is in no total
        // (and has no range in the CSV or the workbook).
        var figured = fromCsv.Where(kv => kv.Value.Item1 != "").Select(kv => kv.Key).ToList();
        Assert.True(figured.Count < Run.Claims && figured.Count > Run.Claims / 2);
        Assert.Equal(figured.Order(StringComparer.Ordinal), overallIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Workbook_and_aggregates_agree_on_every_total()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_run.Out, "aggregates.json")));
        var totals = json.RootElement.GetProperty("totals").EnumerateArray()
            .Where(t => t.GetProperty("group").GetString() != "overall")
            .ToDictionary(t => Key(t.GetProperty("group").GetString()!, t.GetProperty("key").GetString()!, t.GetProperty("metric").GetString()!),
                t => (Number(t.GetProperty("range_low")), Number(t.GetProperty("range_high")), t.GetProperty("claims").GetArrayLength()));
        var seen = 0;
        foreach (var (sheet, group) in new[] { ("By side", "side"), ("By source", "source"), ("By affected", "affected"), ("By document", "document") })
        {
            var rows = XlsxSheetReader.Read(Path.Combine(_run.Out, "figures.xlsx"), sheet);
            var header = rows[0].ToList();
            foreach (var r in rows.Skip(1))
            {
                var (low, high, count) = totals[Key(group, r[0]!, r[header.IndexOf("metric")]!)];
                Assert.Equal((low, high), (r[header.IndexOf("range_low")], r[header.IndexOf("range_high")] ?? ""));
                // The claims cell lists every id, unless it says the list was cut to fit Excel's cell limit.
                var listed = r[header.IndexOf("claims")]!;
                if (listed.Contains("claims in all", StringComparison.Ordinal)) Assert.Contains($"{count:N0} claims in all", listed);
                else Assert.Equal(count, listed.Split(' ').Length);
                seen++;
            }
        }
        Assert.Equal(totals.Count, seen);
    }

    [Fact]
    public void Both_editions_stay_under_2_mib_and_say_where_the_full_list_is()
    {
        foreach (var (file, says) in new[] { ("report.html", "Showing 1,000 of 50,000 claims"), ("report.ar.html", "تُعرض 1,000 من أصل 50,000 رقم معلن") })
        {
            var report = Path.Combine(_run.Out, file);
            Assert.True(new FileInfo(report).Length <= 2 * 1024 * 1024, $"{file} is {new FileInfo(report).Length:N0} bytes");
            var html = File.ReadAllText(report);
            Assert.Contains(says, html);
            Assert.Contains("figures.xlsx, claims.csv", html);
        }
    }
}
