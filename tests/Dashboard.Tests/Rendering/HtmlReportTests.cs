using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dashboard.Analysis;
using Dashboard.Pipeline;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Rendering;

/// <summary>Both editions of the report, parsed: the same checks run on the English and the Arabic page.</summary>
public partial class HtmlReportTests
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    public static TheoryData<string> Editions() => new() { "report.html", "report.ar.html" };

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IDocument Report(AnalysedModel model, string file = "report.html", GenerateOptions? options = null) => Parse(Render.Text(model, file, options));

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex Arabic();

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_section_is_present_in_order_with_a_heading_and_the_disagreements_follow_the_headline(string file)
    {
        var doc = Report(Bundled, file);
        var ids = doc.QuerySelectorAll("main > section").Select(s => s.Id).ToList();
        Assert.Equal(["headline", "disagreements", "charts", "by-side", "by-source", "claims", "method", "provenance"], ids);
        Assert.All(doc.QuerySelectorAll("main > section"), s => Assert.NotNull(s.QuerySelector("h2")));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void A_tile_per_metric_with_overall_and_each_sides_figure(string file)
    {
        var doc = Report(Bundled, file);
        var tiles = doc.QuerySelectorAll("#headline .tile");
        Assert.Equal(Bundled.Dataset.Metrics.Select(m => m.Id), tiles.Select(t => t.GetAttribute("data-metric")));
        var displaced = tiles.Single(t => t.GetAttribute("data-metric") == "displaced_people");
        Assert.Equal("46,000+", displaced.QuerySelector(".figure")!.TextContent);
        var killed = tiles.Single(t => t.GetAttribute("data-metric") == "killed");
        Assert.Equal("2", killed.QuerySelector("li[data-side=government] strong")!.TextContent);
        Assert.Equal("8", killed.QuerySelector("li[data-side=sdf] strong")!.TextContent);
        // Figures are isolated left to right, so "57–59" keeps its order in Arabic text.
        Assert.All(doc.QuerySelectorAll("#headline .figure"), f => Assert.Equal("ltr", (f.QuerySelector("bdi") ?? f).GetAttribute("dir") ?? "ltr"));
    }

    [Fact]
    public void Tiles_say_how_many_documents_back_a_figure_and_how_many_are_independent()
    {
        var killed = Report(Bundled).QuerySelectorAll("#headline .tile").Single(t => t.GetAttribute("data-metric") == "killed");
        Assert.Equal("2 sources · 3 documents, 2 independent · 4 claims", killed.QuerySelector(".backing")!.TextContent);
    }

    [Fact]
    public void The_arabic_edition_has_the_english_editions_headline_figures()
    {
        static List<string> Figures(IDocument d) => d.QuerySelectorAll("#headline .tile").SelectMany(t => t.QuerySelectorAll(".figure, li strong")).Select(e => e.TextContent).ToList();
        var english = Figures(Report(Bundled));
        Assert.Equal(english, Figures(Report(Bundled, "report.ar.html")));
        Assert.Contains("57–59", english);
    }

    [Fact]
    public void The_arabic_edition_is_arabic_right_to_left_and_every_heading_is_arabic()
    {
        var doc = Report(Bundled, "report.ar.html");
        Assert.Equal(("ar", "rtl"), (doc.DocumentElement.GetAttribute("lang"), doc.DocumentElement.GetAttribute("dir")));
        Assert.All(doc.QuerySelectorAll("h1, h2, h3"), h => Assert.Matches(Arabic(), h.TextContent));
        Assert.All(doc.QuerySelectorAll("nav a, label, th[scope=col], option, figcaption strong, .tile .what"), e => Assert.Matches(Arabic(), e.TextContent));
        // Sources by their Arabic names.
        Assert.Contains(doc.QuerySelectorAll("#by-source tbody th"), th => th.TextContent.StartsWith("مديرية الصحة في حلب", StringComparison.Ordinal));
        // The original words first, then the English gloss, marked as English.
        var entry = doc.GetElementById("claim-000-health-killed")!;
        var quote = entry.QuerySelector("blockquote")!;
        var gloss = entry.QuerySelector(".gloss [lang=en]")!;
        Assert.True(quote.CompareDocumentPosition(gloss).HasFlag(DocumentPositions.Following));
        Assert.Equal(("ar", "rtl"), (quote.GetAttribute("lang"), quote.GetAttribute("dir")));
        Assert.Equal("ltr", gloss.GetAttribute("dir"));
    }

    [Fact]
    public void Each_edition_links_to_the_other()
    {
        var english = Report(Bundled);
        var arabic = Report(Bundled, "report.ar.html");
        Assert.Equal("report.ar.html", english.QuerySelector(".editions a[hreflang=ar]")!.GetAttribute("href"));
        Assert.Equal("report.html", arabic.QuerySelector(".editions a[hreflang=en]")!.GetAttribute("href"));
        Assert.Contains(english.QuerySelectorAll("#provenance a"), a => a.GetAttribute("href") == "report.ar.html");
        Assert.Contains(arabic.QuerySelectorAll("#provenance a"), a => a.GetAttribute("href") == "report.html");
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Where_the_sides_disagree_killed_2_against_8_cannot_both_hold_injured_can(string file)
    {
        var doc = Report(Bundled, file);
        var killed = doc.QuerySelector("#disagreements article[data-metric=killed]")!;
        Assert.Contains("cannot-both-hold", killed.ClassList);
        Assert.Equal("2", killed.QuerySelector(".side[data-side=government] .side-figure bdi")!.TextContent);
        Assert.Equal("8", killed.QuerySelector(".side[data-side=sdf] .side-figure bdi")!.TextContent);
        Assert.Contains("6", killed.QuerySelector(".verdict")!.TextContent);
        // Each side's figure beside the words it stands on: the Arabic original and the gloss.
        Assert.Contains("قتيلين", killed.QuerySelector(".side[data-side=government] blockquote[lang=ar]")!.TextContent);
        Assert.Contains("8 قتلى", killed.QuerySelector(".side[data-side=sdf] blockquote[lang=ar]")!.TextContent);
        Assert.All(killed.QuerySelectorAll(".quote"), q => Assert.NotEmpty(q.QuerySelector(".gloss")!.TextContent));
        var injured = doc.QuerySelector("#disagreements article[data-metric=injured]")!;
        Assert.Contains("can-both-hold", injured.ClassList);
        Assert.Equal(("9+", "57–59"), (injured.QuerySelector(".side[data-side=government] .side-figure bdi")!.TextContent, injured.QuerySelector(".side[data-side=sdf] .side-figure bdi")!.TextContent));
        // Where only one side gives a figure, the section says so.
        var attacks = doc.QuerySelector("#disagreements article[data-metric=attacks]")!;
        Assert.Contains("one-side", attacks.ClassList);
        Assert.Single(attacks.QuerySelectorAll(".side"));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Each_chart_is_inline_svg_with_an_accessible_name_a_caption_and_a_table_fallback(string file)
    {
        var doc = Report(Bundled, file);
        var figures = doc.QuerySelectorAll("#charts figure");
        Assert.Equal(4, figures.Length);
        foreach (var figure in figures)
        {
            var svg = figure.QuerySelector("svg")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")));
            Assert.NotEmpty(figure.QuerySelectorAll("details table tbody tr"));
            Assert.NotEmpty(figure.QuerySelector("figcaption")!.TextContent);
        }
        Assert.DoesNotContain("<?xml", doc.GetElementById("charts")!.InnerHtml);
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_arabic_chart_label_is_one_text_with_one_position_not_glyph_by_glyph()
    {
        var doc = Report(Bundled, "report.ar.html");
        var arabicTexts = doc.QuerySelectorAll("#charts svg text").Where(t => Arabic().IsMatch(t.TextContent)).ToList();
        // Titles, one label per bar, unit, legend: at least one per chart.
        Assert.True(arabicTexts.Count >= 4 * 3, $"only {arabicTexts.Count} Arabic labels");
        Assert.All(arabicTexts, t =>
        {
            Assert.DoesNotContain(",", t.GetAttribute("x") ?? "");
            Assert.Equal("rtl", t.GetAttribute("direction"));
        });
        Assert.Contains(arabicTexts, t => t.TextContent == "القتلى والمصابون بحسب طرف المصدر");
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_claims_evidence_is_shown_in_its_language_and_direction(string file)
    {
        var doc = Report(Bundled, file);
        foreach (var c in Bundled.Dataset.Claims)
        {
            var entry = doc.GetElementById("claim-" + c.Id);
            Assert.True(entry is not null, c.Id);
            var quote = entry!.QuerySelector("blockquote.evidence")!;
            Assert.Equal(c.Evidence, quote.TextContent);
            var language = Bundled.Dataset.Documents.Single(d => d.Id == c.Document).Language;
            Assert.Equal((language, language == "ar" ? "rtl" : "ltr"), (quote.GetAttribute("lang"), quote.GetAttribute("dir")));
            Assert.Contains(c.EvidenceEn, entry.TextContent);
            // Ids are code, left to right, never broken inside.
            Assert.Contains(entry.QuerySelectorAll("code.id"), code => code.TextContent == c.Id && code.GetAttribute("dir") == "ltr");
        }
        Assert.Equal(Bundled.Dataset.Claims.Length, doc.QuerySelectorAll("#claims-list article.claim").Length);
    }

    [Fact]
    public void A_claim_carried_by_an_article_and_its_rendering_says_so_without_counting_it_twice()
    {
        var doc = Report(Bundled);
        Assert.Contains("carried by: 1 article, also in an English rendering", doc.GetElementById("claim-000-health-killed")!.TextContent);
        Assert.Contains("carried by: 1 article", doc.GetElementById("claim-001-social-affairs-displaced")!.TextContent);
        Assert.Contains("تنقله: مقال واحد، وترجمة إلى الإنجليزية", Report(Bundled, "report.ar.html").GetElementById("claim-000-health-killed")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Hostile_text_in_every_field_that_reaches_the_page_is_shown_as_text(string file)
    {
        const string script = "<script>alert('x')</script>";
        const string img = "<img src=x onerror=alert(1)>";
        const string formula = "=HYPERLINK(\"http://x\",\"y\")";
        var model = new Fixture(hostile: script + img + formula)
            .Claim("c1", "killed", 2, evidence: script + " " + img, note: formula)
            .Claim("c2", "killed", 8, source: "sdf-a", incident: "i2", evidence: formula)
            .Analyse();
        var doc = Parse(Render.Text(model, file));
        Assert.Single(doc.QuerySelectorAll("script"));
        Assert.Empty(doc.QuerySelectorAll("img"));
        Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var text = doc.Body!.TextContent;
        Assert.Contains(script, text);
        Assert.Contains(img, text);
        Assert.Contains(formula, text);
        // The fixture puts the hostile text in the title, source names (both languages), metric labels,
        // incident descriptions and glosses as well: the page title shows it as text too.
        Assert.Contains(script, doc.Title);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Nothing_is_loaded_from_anywhere_and_only_the_pages_own_script_may_run(string file)
    {
        var doc = Report(Bundled, file);
        var csp = doc.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains("default-src 'none'", csp);
        var script = doc.QuerySelector("script")!.TextContent;
        var hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src '{hash}'", csp);
        Assert.Empty(doc.QuerySelectorAll("link, iframe, object, embed, img"));
        Assert.DoesNotContain(doc.All, e => e.GetAttribute("src") is not null);
        Assert.All(doc.QuerySelectorAll("a[href]"), a => Assert.DoesNotContain("//", a.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Provenance_gives_the_input_digest_the_edition_the_version_and_links_to_every_output(string file)
    {
        var doc = Report(Bundled, file);
        var provenance = doc.GetElementById("provenance")!.TextContent;
        Assert.Contains(Bundled.Input.Sha256, provenance);
        Assert.Contains("2026-11-23", provenance);
        Assert.Contains("Dashboard", provenance);
        Assert.Contains(Dashboard.Rendering.Provenance.GeneratorVersion, provenance);
        var links = doc.QuerySelectorAll("#provenance a").Select(a => a.GetAttribute("href")).ToList();
        var suffix = file == "report.html" ? "" : ".ar";
        var written = Generator.Outputs(Bundled).Select(o => o.RelativePath)
            .Where(p => p != file && (!p.StartsWith("charts/", StringComparison.Ordinal) || p.EndsWith(suffix + ".svg", StringComparison.Ordinal) || p.EndsWith(suffix + ".png", StringComparison.Ordinal)))
            .Where(p => suffix.Length > 0 || !p.Contains(".ar.", StringComparison.Ordinal));
        Assert.All(written, p => Assert.Contains(p, links));
    }

    [Fact]
    public void No_clock_time_unless_source_date_epoch_is_given()
    {
        Assert.DoesNotContain("Generated:", Report(Bundled).GetElementById("provenance")!.TextContent);
        var at = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        Assert.Contains("Generated: 2023-11-14 22:13 UTC", Report(Bundled, options: new GenerateOptions(at)).GetElementById("provenance")!.TextContent);
    }

    [Fact]
    public void Two_runs_in_one_process_give_identical_bytes_for_every_output()
    {
        foreach (var output in Generator.Outputs(Bundled))
        {
            Assert.True(Render.Bytes(Bundled, output.RelativePath).SequenceEqual(Render.Bytes(Bundled, output.RelativePath)), output.RelativePath);
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Readable_with_scripts_off_controls_hidden_until_the_script_shows_them(string file)
    {
        var doc = Report(Bundled, file);
        Assert.True(doc.GetElementById("claims-filters")!.HasAttribute("hidden"));
        Assert.All(doc.QuerySelectorAll("#claims-list article"), a => Assert.False(a.HasAttribute("hidden")));
    }

    [Fact]
    public void Prose_that_counts_takes_its_counts_from_the_model()
    {
        var model = new Fixture().Claim("c1", "killed", 2).Analyse();
        var lede = Report(model).QuerySelector(".lede")!.TextContent;
        Assert.Contains("1 claim from 3 press documents, made by 4 sources on 1 side", lede);
        Assert.Contains("relayed by 3 press documents", Report(model).GetElementById("method")!.TextContent);
    }
}
