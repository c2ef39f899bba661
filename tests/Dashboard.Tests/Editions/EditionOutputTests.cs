using System.Text.Json;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Pipeline;
using Dashboard.Rendering.Html;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Editions;

/// <summary>The comparison as the outputs show it: diff on the console and as JSON, and generate --previous.</summary>
public class EditionOutputTests
{
    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Dashboard.Cli.Cli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Write(TempDir dir, string name, Fixture fixture)
    {
        var path = dir.File(name);
        File.WriteAllText(path, fixture.Json());
        return path;
    }

    private static Fixture Before() => new Fixture().Claim("c1", "killed", 2).Claim("c2", "killed", 8, source: "sdf-a", incident: "i2");

    private static Fixture After() => new Fixture().Claim("c1", "killed", 5).Claim("c2", "killed", 8, source: "sdf-a", incident: "i2").Document("d4").Claim("c3", "injured", 4, document: "d4", incident: "i3");

    [Fact]
    public void Diff_prints_headlines_claims_documents_and_totals_in_that_order()
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = Cli("diff", Write(dir, "old.json", Before()), Write(dir, "new.json", After()));
        Assert.True(code == 0, stderr);
        string[] order = ["Headline figures", "killed, overall: 10 → 13  (moved by c1)", "Claims added (1)", "+ c3", "Claims changed (1)", "~ c1", "value: \"2\" → \"5\"", "Documents added (1)", "+ \"title d4\" (d4)", "Totals whose range changed"];
        var at = order.Select(s => stdout.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.True(at.All(i => i >= 0), stdout);
        Assert.Equal(at.Order(), at);
    }

    [Fact]
    public void Diff_of_a_file_with_itself_says_no_change_and_exits_0()
    {
        using var dir = new TempDir();
        var path = Write(dir, "same.json", Before());
        var (code, stdout, _) = Cli("diff", path, path);
        Assert.Equal(0, code);
        Assert.EndsWith("no change\n", stdout);
    }

    [Fact]
    public void Diff_writes_the_same_comparison_as_json()
    {
        using var dir = new TempDir();
        var json = dir.File("diff.json");
        Assert.Equal(0, Cli("diff", Write(dir, "old.json", Before()), Write(dir, "new.json", After()), "--json", json).Code);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
        var root = doc.RootElement;
        Assert.True(root.GetProperty("changed").GetBoolean());
        var overall = root.GetProperty("headlines").EnumerateArray().First(h => h.GetProperty("metric").GetString() == "killed" && h.GetProperty("side").ValueKind == JsonValueKind.Null);
        Assert.Equal((10, 13), (overall.GetProperty("before").GetProperty("range_low").GetInt32(), overall.GetProperty("after").GetProperty("range_low").GetInt32()));
        Assert.Equal(["c3"], root.GetProperty("claims").GetProperty("added").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var changed = root.GetProperty("claims").GetProperty("changed").EnumerateArray().Single();
        Assert.Equal("value", changed.GetProperty("fields")[0].GetProperty("field").GetString());
        Assert.Equal(["d4"], root.GetProperty("documents").GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(root.GetProperty("totals").EnumerateArray(), t => t.GetProperty("group").GetString() == "side" && t.GetProperty("key").GetString() == "government");
    }

    [Fact]
    public void Diff_refuses_bad_input_with_located_messages_and_exit_2()
    {
        using var dir = new TempDir();
        var bad = dir.File("bad.json");
        File.WriteAllText(bad, Before().Json().Replace("\"value\":8,", "\"value\":-8,", StringComparison.Ordinal));
        var (code, stdout, stderr) = Cli("diff", bad, Write(dir, "new.json", After()));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains($"{bad}:", stderr);
        Assert.Contains("negative count -8", stderr);
    }

    [Fact]
    public void Generate_with_previous_adds_the_changes_box_marks_claims_adds_a_changes_sheet_and_records_the_previous_digest()
    {
        using var dir = new TempDir();
        var old = Write(dir, "old.json", Before());
        var (code, _, stderr) = Cli("generate", "--data", Write(dir, "new.json", After()), "--previous", old, "--out", dir.File("out"));
        Assert.True(code == 0, stderr);
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir.File("out"), "report.html")));
        var box = html.GetElementById("changes")!;
        Assert.Contains("killed, overall: 10 → 13", box.TextContent);
        Assert.Contains(box.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#claim-c1");
        Assert.Contains("new", html.GetElementById("claim-c3")!.QuerySelector(".badge")!.TextContent);
        Assert.Contains("changed: value", html.GetElementById("claim-c1")!.QuerySelector(".badge")!.TextContent);
        Assert.Null(html.GetElementById("claim-c2")!.QuerySelector(".badge"));
        var arabic = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir.File("out"), "report.ar.html")));
        Assert.Contains("ما تغيّر منذ الإصدار السابق", arabic.GetElementById("changes")!.TextContent);

        using var wb = new XLWorkbook(Path.Combine(dir.File("out"), "figures.xlsx"));
        var rows = wb.Worksheet("Changes").RowsUsed().Skip(1).Select(r => (r.Cell(1).GetString(), r.Cell(2).GetString(), r.Cell(3).GetString(), r.Cell(4).GetString(), r.Cell(5).GetString())).ToList();
        Assert.Contains(("headline", "killed, Government sources", "", "2", "5"), rows);
        Assert.Contains(("claim changed", "c1", "value", "2", "5"), rows);
        Assert.Contains(rows, r => r.Item1 == "claim added" && r.Item2 == "c3");

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir.File("out"), "aggregates.json")));
        var previous = json.RootElement.GetProperty("provenance").GetProperty("previous");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(old))), previous.GetProperty("sha256").GetString());
    }

    [Fact]
    public void Without_previous_no_output_carries_a_trace_of_a_comparison()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Cli("generate", "--data", Write(dir, "new.json", After()), "--out", dir.File("out")).Code);
        foreach (var report in new[] { "report.html", "report.ar.html" })
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dir.File("out"), report)));
            Assert.Null(html.GetElementById("changes"));
            Assert.Empty(html.QuerySelectorAll(".badge"));
        }
        using var wb = new XLWorkbook(Path.Combine(dir.File("out"), "figures.xlsx"));
        Assert.DoesNotContain(wb.Worksheets, w => w.Name == "Changes");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir.File("out"), "aggregates.json")));
        Assert.False(json.RootElement.GetProperty("provenance").TryGetProperty("previous", out _));
    }

    [Fact]
    public void Hostile_text_in_changed_fields_stays_text_in_the_box_and_the_changes_sheet()
    {
        const string script = "<script>alert(1)</script>";
        const string formula = "=HYPERLINK(\"http://x\",\"y\")";
        const string id = "<img/src=x/onerror=alert(1)>";
        var before = new Fixture().Claim("c1", "killed", 2, evidence: "plain").Claim(id, "injured", 3, incident: "i2", evidence: script);
        var after = new Fixture().Claim("c1", "killed", 2, evidence: formula + script, note: formula);
        var diff = EditionDiff.Between(before.Analyse(), after.Analyse());
        var model = after.Analyse();

        foreach (var file in new[] { "report.html", "report.ar.html" })
        {
            var doc = new HtmlParser().ParseDocument(Render.Text(model, file, new GenerateOptions(Changes: diff)));
            Assert.Single(doc.QuerySelectorAll("script"));
            Assert.Empty(doc.QuerySelectorAll("img"));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            var box = doc.GetElementById("changes")!.TextContent;
            Assert.Contains(id, box);
            Assert.Contains(script, box);
        }

        using var wb = new XLWorkbook(new MemoryStream(Render.Bytes(model, "figures.xlsx", new GenerateOptions(Changes: diff))));
        var cells = wb.Worksheet("Changes").CellsUsed().ToList();
        Assert.Contains(cells, c => c.GetString() == formula + script);
        Assert.Contains(cells, c => c.GetString() == id);
        Assert.All(cells, c => Assert.False(c.HasFormula));
        Assert.All(cells.Where(c => c.GetString().StartsWith('=')), c => Assert.Equal(XLDataType.Text, c.DataType));
    }

    [Fact]
    public void Previous_that_is_broken_exits_2_names_it_and_leaves_the_output_folder_untouched()
    {
        using var dir = new TempDir();
        var data = Write(dir, "new.json", After());
        var outDir = dir.File("out");
        Assert.Equal(0, Cli("generate", "--data", data, "--out", outDir).Code);
        var before = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var broken = dir.File("broken.json");
        File.WriteAllText(broken, "{\"title\": \"x\",\n \"claims\": [");
        var (code, stdout, stderr) = Cli("generate", "--data", data, "--previous", broken, "--out", outDir);
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith($"{broken}:2:", stderr);
        Assert.Contains("nothing was written", stderr);
        var after = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }

    private static string Report(AnalysedModel model, EditionDiff diff, string file = "report.html")
    {
        var report = Generator.Outputs(model, new GenerateOptions(Changes: diff)).Single(o => o.RelativePath == file);
        using var stream = new MemoryStream();
        report.Write(model, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void A_large_comparison_keeps_the_changes_box_short_and_links_only_to_claims_the_page_lists()
    {
        // 250 claims go and 1,100 come: the overall toll moves by 1,350 claims, more are removed
        // than the page lists, and more are added than it has entries for.
        var before = new Fixture();
        for (var k = 0; k < 250; k++) before.Claim($"old{k:D4}", "killed", 1, incident: $"i{k}");
        var after = new Fixture();
        for (var k = 0; k < 1_100; k++) after.Claim($"new{k:D4}", "killed", 1, incident: $"i{k}");
        var current = after.Analyse();
        var diff = EditionDiff.Between(before.Analyse(), current);

        var html = new HtmlParser().ParseDocument(Report(current, diff));
        var box = html.GetElementById("changes")!;
        var overall = box.QuerySelectorAll("ul.moved li").Single(li => li.TextContent.Contains("killed, overall", StringComparison.Ordinal));
        Assert.Equal(ReportContext.MaxIdsListed, overall.QuerySelectorAll("code.id").Length);
        Assert.Contains("and 1,330 claims more, all listed in the Changes sheet", overall.TextContent);
        // Every link in the box lands on an entry of the page.
        var links = box.QuerySelectorAll("a[href^='#claim-']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, id => Assert.NotNull(html.GetElementById(id)));
        var removed = box.QuerySelector("details")!;
        Assert.Equal(ReportContext.MaxListRows, removed.QuerySelectorAll("li").Length);
        Assert.Contains("Showing 200 of 250 claims", removed.TextContent);
        // Each listed entry is marked new; the page lists 1,000 of the 1,100.
        Assert.Equal(ReportContext.MaxClaimRows, html.QuerySelectorAll("#claims-list .badge.new").Length);

        var arabic = new HtmlParser().ParseDocument(Report(current, diff, "report.ar.html"));
        Assert.Equal(ReportContext.MaxListRows, arabic.GetElementById("changes")!.QuerySelector("details")!.QuerySelectorAll("li").Length);
    }

    [Fact]
    public void A_removed_percentage_is_written_as_a_percentage_in_the_diff_and_the_changes_sheet()
    {
        // The area-combed claim is gone from the new edition: its total and the removed claim are
        // still written in the metric's unit ("90%+", not "90+").
        var before = new Fixture().Claim("k1", "killed", 2).Claim("p1", "area_cleared_pct", 90, qualifier: "more_than", incident: "i9");
        var after = new Fixture().Claim("k1", "killed", 2);
        var diff = EditionDiff.Between(before.Analyse(), after.Analyse());
        var text = Dashboard.Rendering.Text.DiffText.Format(diff, "old.json", "new.json");
        // The console words figures as the report does, and cites the document by its title.
        Assert.Contains("- p1: area_cleared_pct more than 90% (more_than), gov-a (gov-a), in \"title d1\" (d1)", text);
        Assert.Contains("overall all, area_cleared_pct: more than 90% → -", text);
        var row = Dashboard.Rendering.Excel.Sheets.ChangesSheet.Rows(diff).Single(r => r.Change == "claim removed");
        Assert.StartsWith("area_cleared_pct 90%+", row.Before);
    }
}
