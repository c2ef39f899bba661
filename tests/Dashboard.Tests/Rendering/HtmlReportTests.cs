using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Analysis;
using Dashboard.Pipeline;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Rendering;

public class HtmlReportTests
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IDocument Report(AnalysedModel model, GenerateOptions? options = null) => Parse(Render.Text(model, "report.html", options));

    [Fact]
    public void Every_section_is_present_with_a_heading()
    {
        var doc = Report(Bundled);
        foreach (var id in new[] { "headline", "charts", "by-side", "by-source", "claims", "method", "provenance" })
        {
            var section = doc.GetElementById(id);
            Assert.True(section is not null, $"section #{id} missing");
            Assert.Equal("SECTION", section!.TagName);
            Assert.NotNull(section.QuerySelector("h2"));
        }
    }

    [Fact]
    public void A_tile_per_metric_with_overall_and_each_sides_figure()
    {
        var doc = Report(Bundled);
        var tiles = doc.QuerySelectorAll("#headline .tile");
        Assert.Equal(Bundled.Dataset.Metrics.Select(m => m.Id), tiles.Select(t => t.GetAttribute("data-metric")));
        var displaced = tiles.Single(t => t.GetAttribute("data-metric") == "displaced_people");
        Assert.Equal("46,000+", displaced.QuerySelector(".figure")!.TextContent);
        var killed = tiles.Single(t => t.GetAttribute("data-metric") == "killed");
        Assert.Equal("2", killed.QuerySelector("li[data-side=government] strong")!.TextContent);
        Assert.Equal("8", killed.QuerySelector("li[data-side=sdf] strong")!.TextContent);
        Assert.Contains("2 sources · 3 documents", killed.QuerySelector(".backing")!.TextContent);
    }

    [Fact]
    public void Each_chart_is_inline_svg_with_an_accessible_name_a_caption_and_a_table_fallback()
    {
        var doc = Report(Bundled);
        var figures = doc.QuerySelectorAll("#charts figure");
        Assert.Equal(4, figures.Length);
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg");
            Assert.NotNull(svg);
            Assert.Equal("img", svg!.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
            Assert.Contains("Source:", figure.QuerySelector("figcaption")!.TextContent);
            Assert.Contains("people", figure.QuerySelector("figcaption")!.TextContent);
            Assert.NotEmpty(figure.QuerySelectorAll("details table tbody tr"));
        }
        Assert.DoesNotContain("<?xml", doc.GetElementById("charts")!.InnerHtml);
        // Ids are unique across the inlined charts.
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_claims_evidence_is_in_the_table_in_its_language_and_direction()
    {
        var doc = Report(Bundled);
        var languages = Bundled.Dataset.Documents.ToDictionary(d => d.Id, d => d.Language);
        foreach (var c in Bundled.Dataset.Claims)
        {
            var row = doc.GetElementById("claim-" + c.Id);
            Assert.True(row is not null, c.Id);
            var cell = row!.QuerySelectorAll("td").Single(td => td.HasAttribute("lang"));
            Assert.Equal(c.Evidence, cell.TextContent);
            Assert.Equal(languages[c.Document], cell.GetAttribute("lang"));
            Assert.Equal(languages[c.Document] == "ar" ? "rtl" : "ltr", cell.GetAttribute("dir"));
            Assert.Contains(c.EvidenceEn, row.TextContent);
        }
        Assert.Equal(Bundled.Dataset.Claims.Length, doc.QuerySelectorAll("#claims-table tbody tr").Length);
    }

    [Fact]
    public void Hostile_text_is_shown_as_text_and_runs_nothing()
    {
        const string script = "<script>alert('x')</script>";
        const string img = "<img src=x onerror=alert(1)>";
        var model = new Fixture().Claim("c1", "killed", 2, evidence: script, note: img).Analyse();
        var html = Render.Text(model, "report.html");
        var doc = Parse(html);
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var row = doc.GetElementById("claim-c1")!;
        Assert.Contains(script, row.TextContent);
        Assert.Contains(img, row.TextContent);
    }

    [Fact]
    public void Nothing_is_loaded_from_anywhere_and_only_the_pages_own_script_may_run()
    {
        var doc = Report(Bundled);
        var csp = doc.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains("default-src 'none'", csp);
        var script = doc.QuerySelector("script")!.TextContent;
        var hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src '{hash}'", csp);
        Assert.Empty(doc.QuerySelectorAll("link, iframe, object, embed, img"));
        Assert.DoesNotContain(doc.All, e => e.GetAttribute("src") is not null);
        Assert.All(doc.QuerySelectorAll("a[href]"), a => Assert.DoesNotContain("//", a.GetAttribute("href")));
    }

    [Fact]
    public void Provenance_gives_the_input_digest_the_version_and_links_to_the_other_outputs()
    {
        var doc = Report(Bundled);
        var provenance = doc.GetElementById("provenance")!.TextContent;
        Assert.Contains(Bundled.Input.Sha256, provenance);
        Assert.Contains("Dashboard 0.1.0", provenance);
        var links = doc.QuerySelectorAll("#provenance a").Select(a => a.GetAttribute("href")).ToList();
        var written = Generator.Outputs(Bundled).Select(o => o.RelativePath).Where(p => p != "report.html");
        Assert.All(written, p => Assert.Contains(p, links));
    }

    [Fact]
    public void No_clock_time_unless_source_date_epoch_is_given()
    {
        Assert.DoesNotContain("Generated:", Report(Bundled).GetElementById("provenance")!.TextContent);
        var at = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        Assert.Contains("Generated: 2023-11-14 22:13 UTC", Report(Bundled, new GenerateOptions(at)).GetElementById("provenance")!.TextContent);
    }

    [Fact]
    public void Two_runs_in_one_process_give_identical_bytes_for_every_output()
    {
        foreach (var output in Generator.Outputs(Bundled))
        {
            Assert.True(Render.Bytes(Bundled, output.RelativePath).SequenceEqual(Render.Bytes(Bundled, output.RelativePath)), output.RelativePath);
        }
    }

    [Fact]
    public void Readable_with_scripts_off_filters_hidden_until_the_script_shows_them()
    {
        var doc = Report(Bundled);
        Assert.True(doc.GetElementById("claims-filters")!.HasAttribute("hidden"));
        Assert.All(doc.QuerySelectorAll("#claims-table tbody tr"), tr => Assert.False(tr.HasAttribute("hidden")));
    }
}
