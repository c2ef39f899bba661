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

    [GeneratedRegex(@"\b\d{3}_[0-9a-f]{16}\b")]
    private static partial Regex DocumentId();

    [Fact]
    public void A_tiles_mentions_quote_claims_that_give_no_figure_one_per_statement()
    {
        // Synthetic statements mix claims with and without a figure; a tile once quoted such a
        // statement by its own quotation, which can be the claim that gives the number.
        var model = SyntheticModel.Of(1_000, seed: 1);
        var byId = model.Claims.ToDictionary(c => c.Claim.Id, StringComparer.Ordinal);
        foreach (var file in new[] { "report.html", "report.ar.html" })
        {
            var doc = Report(model, file);
            var quoted = doc.QuerySelectorAll("#headline .tile figure.quote.mention figcaption a[href^='#claim-']").Select(a => byId[a.GetAttribute("href")!["#claim-".Length..]]).ToList();
            Assert.NotEmpty(quoted);
            Assert.All(quoted, c => Assert.False(c.HasFigure, $"{c.Claim.Id} gives a figure but is quoted as a mention"));
            // Within a tile, a statement is quoted once.
            foreach (var tile in doc.QuerySelectorAll("#headline .tile"))
            {
                var statements = tile.QuerySelectorAll("figure.quote.mention figcaption a[href^='#claim-']").Select(a => byId[a.GetAttribute("href")!["#claim-".Length..]].StatementOf).ToList();
                Assert.Equal(statements.Count, statements.Distinct().Count());
            }
        }
        // The case the rule is for: a statement with mentions whose own quotation gives the figure.
        Assert.Contains(model.Mentions, m => model.QuotationOf(m.StatementOf).Claim.HasFigure);
    }

    private static IElement Tile(IDocument doc, string metric) => doc.QuerySelectorAll("#headline .tile").Single(t => t.GetAttribute("data-metric") == metric);

    /// <summary>The page's visible text outside the charts' drawings, where figures must be in words.</summary>
    private static string TextOutsideCharts(IDocument doc) =>
        string.Concat(doc.Body!.Descendants<IText>().Where(t => !t.Ancestors<IElement>().Any(e => e.LocalName is "svg" or "script" or "style")).Select(t => t.Data));

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_section_is_present_in_order_with_a_heading_and_the_contested_accounts_follow_the_headline(string file)
    {
        var doc = Report(Bundled, file);
        var ids = doc.QuerySelectorAll("main > section").Select(s => s.Id).ToList();
        Assert.Equal(["headline", "contested", "charts", "by-side", "by-source", "incidents", "claims", "method", "provenance"], ids);
        Assert.All(doc.QuerySelectorAll("main > section"), s => Assert.NotNull(s.QuerySelector("h2")));
        Assert.Empty(doc.QuerySelectorAll("#disagreements, .disagreement, .cannot-both-hold"));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Tiles_lead_with_each_sides_figure_and_the_sources_that_give_it(string file)
    {
        var doc = Report(Bundled, file);
        Assert.Equal(Bundled.Dataset.Metrics.Select(m => m.Id), doc.QuerySelectorAll("#headline .tile").Select(t => t.GetAttribute("data-metric")));
        var killed = Tile(doc, "killed");
        var government = killed.QuerySelector("li[data-side=government]")!;
        var sdf = killed.QuerySelector("li[data-side=sdf]")!;
        Assert.Equal("2", government.QuerySelector(".figure")!.TextContent);
        Assert.Equal("8", sdf.QuerySelector(".figure")!.TextContent);
        // Who claims it: the Health Directorate for the government's 2, the SDF for its 8.
        Assert.Contains(file == "report.html" ? "Aleppo Health Directorate" : "مديرية الصحة في حلب", government.QuerySelector(".who")!.TextContent);
        Assert.Contains(file == "report.html" ? "Syrian Democratic Forces" : "قوات سوريا الديمقراطية", sdf.QuerySelector(".who")!.TextContent);
        // Each side's figure comes before any combined one.
        var combined = killed.QuerySelector(".combined")!;
        Assert.True(sdf.CompareDocumentPosition(combined).HasFlag(DocumentPositions.Following));
        // Digits stay left to right inside Arabic text.
        Assert.All(doc.QuerySelectorAll("#headline bdi"), b => Assert.Equal("ltr", b.GetAttribute("dir")));
        Assert.NotEmpty(doc.QuerySelectorAll("#headline bdi"));
    }

    [Fact]
    public void A_combined_figure_is_labelled_as_both_sides_claims_added_no_source_states_with_the_reason()
    {
        var doc = Report(Bundled);
        var combined = Tile(doc, "killed").QuerySelector(".combined")!;
        // 2 (government, blamed on the SDF) + 8 (SDF, blamed on the army): different people, so 10.
        Assert.Equal("10", combined.QuerySelector("strong")!.TextContent);
        Assert.Contains("Both sides’ claims added", combined.TextContent);
        Assert.Contains("No source states this figure", combined.TextContent);
        Assert.Contains("each side counts the harm it blames on the other: different people", combined.TextContent);
        var arabic = Tile(Report(Bundled, "report.ar.html"), "killed").QuerySelector(".combined")!.TextContent;
        Assert.Contains("حاصل جمع رقمَي الطرفين", arabic);
        Assert.Contains("لا يذكر أي مصدر هذا الرقم", arabic);
        // One side only: no sum to make, so none is shown.
        Assert.Null(Tile(doc, "displaced_people").QuerySelector(".combined"));
    }

    [Fact]
    public void A_combined_figure_gives_another_reason_when_the_sides_do_not_blame_each_other()
    {
        var model = new Fixture()
            .Claim("g", "killed", 2, source: "gov-a", incident: "a", blames: "not_stated")
            .Claim("s", "killed", 3, source: "sdf-a", incident: "b", blames: "government")
            .Analyse();
        var combined = Tile(Report(model), "killed").QuerySelector(".combined")!.TextContent;
        Assert.Contains("separate incidents", combined);
        Assert.DoesNotContain("different people", combined);
    }

    [Fact]
    public void Tiles_and_tables_word_open_figures_by_their_qualifier_in_each_language()
    {
        var english = Report(Bundled);
        var arabic = Report(Bundled, "report.ar.html");
        // «أكثر من 46 ألف» (more than) and SANA's "at least".
        Assert.Equal("more than 46,000", Tile(english, "displaced_people").QuerySelector("li[data-side=government] .figure")!.TextContent);
        Assert.Equal("أكثر من 46 ألفًا", Tile(arabic, "displaced_people").QuerySelector("li[data-side=government] .figure")!.TextContent);
        Assert.Equal("at least 9", Tile(english, "injured").QuerySelector("li[data-side=government] .figure")!.TextContent);
        Assert.Equal("9 على الأقل", Tile(arabic, "injured").QuerySelector("li[data-side=government] .figure")!.TextContent);
        Assert.Equal("more than 90%", english.QuerySelector("#by-side tbody tr:nth-child(5) td")!.TextContent);
        // No compact "+" outside the charts' drawings, whose legend explains it.
        foreach (var doc in new[] { english, arabic })
        {
            Assert.DoesNotMatch(@"\d\+", TextOutsideCharts(doc));
        }
    }

    [Fact]
    public void The_arabic_edition_has_the_english_editions_figures_in_its_tiles()
    {
        // Closed figures are the same digits; open ones differ only in their words.
        static List<string> Closed(IDocument d) => d.QuerySelectorAll("#headline .fig").Select(e => e.TextContent).Where(t => t.All(ch => !char.IsLetter(ch))).ToList();
        var english = Report(Bundled);
        var arabic = Report(Bundled, "report.ar.html");
        Assert.Equal(Closed(english), Closed(arabic));
        Assert.Contains("57–59", Closed(english));
        Assert.Equal(english.QuerySelectorAll("#headline .fig").Length, arabic.QuerySelectorAll("#headline .fig").Length);
    }

    [Fact]
    public void Tiles_say_how_many_documents_back_a_figure_and_how_many_are_independent()
    {
        Assert.Equal("2 sources · 3 documents, 2 independent · 4 claims", Tile(Report(Bundled), "killed").QuerySelector(".backing")!.TextContent);
        // 003 renders 000: three documents are two articles and a translation.
        Assert.Equal("مصدران · 3 وثائق: مقالان وترجمة واحدة · 4 أرقام معلنة", Tile(Report(Bundled, "report.ar.html"), "killed").QuerySelector(".backing")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Harm_mentioned_without_a_number_sits_under_its_metric_and_side_with_its_words(string file)
    {
        var doc = Report(Bundled, file);
        var label = file == "report.html" ? "mentioned, no figure" : "إشارة بلا رقم";
        // The Defence Ministry's injuries among the security forces and army: the government side's, under injured.
        var government = Tile(doc, "injured").QuerySelector("li[data-side=government]")!;
        Assert.Equal(label, government.QuerySelector(".mention-label")!.TextContent);
        Assert.Contains(government.QuerySelectorAll(".mention blockquote[lang=ar]"), q => q.TextContent.Contains("ما أدى لوقوع إصابات بصفوف قوى الأمن والجيش", StringComparison.Ordinal));
        // In the list of claims too, in place of a figure.
        Assert.Equal(label, doc.GetElementById("claim-000-defence-injured")!.QuerySelector("h3 .figure")!.TextContent);
        // And in the attribution row of the government's accusations about injuries.
        var row = doc.QuerySelector("#contested tr.words[data-claimant=government][data-blamed=sdf][data-metric=injured]")!;
        Assert.Contains(row.QuerySelectorAll(".mention blockquote"), q => q.TextContent.Contains("إصابات بصفوف قوى الأمن والجيش", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_contested_section_quotes_each_sides_position_original_words_first_with_source_and_document_title(string file)
    {
        var doc = Report(Bundled, file);
        var section = doc.GetElementById("contested")!;
        Assert.Equal(Bundled.Dataset.Contentions.Length, section.QuerySelectorAll("article.contention").Length);
        var shelling = doc.GetElementById("contention-sdf-shelling-of-neighbourhoods")!;
        var question = Bundled.Dataset.Contentions.Single(c => c.Id == "sdf-shelling-of-neighbourhoods");
        Assert.Equal(file == "report.html" ? question.Question : question.QuestionAr, shelling.QuerySelector("h4")!.TextContent);
        // The SDF's denial, quoted in its Arabic words under the SDF side.
        var denial = shelling.QuerySelector(".side[data-side=sdf] .position[data-stance=denies]")!;
        Assert.Equal("ونفت قسد أي علاقة لها بالقصف على أحياء حلب", denial.QuerySelector("blockquote[lang=ar]")!.TextContent);
        // The Defence Ministry's denial that the army attacked.
        Assert.Contains(doc.QuerySelectorAll("#contention-government-attack-on-neighbourhoods .side[data-side=government] .position[data-stance=denies] blockquote"),
            q => q.TextContent.StartsWith("من جهتها، نفت وزارة الدفاع السورية", StringComparison.Ordinal));
        foreach (var position in section.QuerySelectorAll(".position"))
        {
            // Original words first, then the gloss; who said them and where closes the figure.
            var quote = position.QuerySelector("blockquote")!;
            var gloss = position.QuerySelector(".gloss")!;
            Assert.True(quote.CompareDocumentPosition(gloss).HasFlag(DocumentPositions.Following));
            Assert.Same(position.QuerySelector("figcaption"), position.LastElementChild);
        }
        var document = Bundled.Dataset.Documents.Single(d => d.Id == "000_3cb2511c3190433f");
        Assert.Contains(file == "report.html" ? document.Title : document.TitleAr, denial.QuerySelector("figcaption")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_attribution_table_gives_the_harm_each_side_blames_on_the_other_with_its_words(string file)
    {
        var doc = Report(Bundled, file);
        string Figure(string claimant, string blamed, string metric) =>
            doc.QuerySelector($"#contested tr[data-claimant={claimant}][data-blamed={blamed}][data-metric={metric}] td.num")!.TextContent;
        // Government sources blame the SDF for 2 killed; SDF sources blame government forces for 8 killed and 57–59 injured.
        Assert.Equal("2", Figure("government", "sdf", "killed"));
        Assert.Equal("8", Figure("sdf", "government", "killed"));
        Assert.Equal("57–59", Figure("sdf", "government", "injured"));
        const string sdfKilled = "#contested tr[data-claimant=sdf][data-blamed=government][data-metric=killed]";
        Assert.Contains("8 قتلى", doc.QuerySelector(sdfKilled + ".words blockquote[lang=ar]")!.TextContent);
        Assert.Contains(file == "report.html" ? "SDF sources blame the government side" : "مصادر قسد تحمّل الطرف الحكومي المسؤولية", doc.QuerySelector(sdfKilled + ".figure-row th")!.TextContent);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Neither_page_says_two_figures_about_different_people_cannot_both_hold(string file)
    {
        // The bundled data: no figures about the same people conflict, and the page says so once.
        var doc = Report(Bundled, file);
        var text = doc.Body!.TextContent;
        Assert.DoesNotContain("cannot both hold", text);
        Assert.DoesNotContain("لا يمكن أن يصح", text);
        Assert.DoesNotContain("لا يمكن أن يصحّ", text);
        Assert.NotNull(doc.GetElementById("no-conflict"));
        Assert.Empty(doc.QuerySelectorAll(".comparison.conflict"));

        // A synthetic conflict: two government sources disagree about one market, while each side
        // also blames the other for a toll of its own. Only the market's pair is called a conflict.
        var model = new Fixture()
            .Claim("g1", "killed", 2, source: "gov-a", incident: "market", blames: "sdf")
            .Claim("g2", "killed", 9, source: "gov-b", incident: "market", blames: "sdf")
            .Claim("s1", "killed", 40, source: "sdf-a", incident: "offensive", blames: "government")
            .Analyse();
        var synthetic = Report(model, file);
        Assert.Null(synthetic.GetElementById("no-conflict"));
        var conflict = Assert.Single(synthetic.QuerySelectorAll(".comparison.conflict"));
        Assert.Equal(("market", "market"), (conflict.GetAttribute("data-first"), conflict.GetAttribute("data-second")));
        var phrase = file == "report.html" ? "cannot both hold" : "لا يمكن أن يصحّ";
        var holders = synthetic.Body!.Descendants<IText>().Where(t => t.Data.Contains(phrase, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(holders);
        Assert.All(holders, t => Assert.Same(conflict, t.ParentElement!.Closest(".comparison")));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_citation_names_the_document_by_its_title_and_ids_stay_in_code(string file)
    {
        var doc = Report(Bundled, file);
        var titles = Bundled.Dataset.Documents.Select(d => file == "report.html" ? d.Title : d.TitleAr).ToList();
        var captions = doc.QuerySelectorAll("main figcaption").Where(f => f.Closest("#charts") is null).ToList();
        Assert.NotEmpty(captions);
        Assert.All(captions, f => Assert.Contains(titles, t => f.TextContent.Contains(t, StringComparison.Ordinal)));
        // A document id appears only as code (for machines), never as the name a reader is given.
        foreach (var text in doc.Body!.Descendants<IText>().Where(t => DocumentId().IsMatch(t.Data)))
        {
            Assert.True(text.ParentElement!.Closest("code") is not null, $"document id outside code: {text.Data}");
        }
        var entry = doc.GetElementById("claim-001-social-affairs-displaced")!.QuerySelector(".facts")!.TextContent;
        Assert.Contains(file == "report.html" ? "Thursday's fighting around Ashrafieh" : "معارك الخميس في محيط الأشرفية", entry);
    }

    [Fact]
    public void A_title_gets_its_outlet_in_each_language_unless_it_already_names_it()
    {
        var model = new Fixture().Outlet("d1", "Al Jazeera Net", "الجزيرة نت").Outlet("d2", "Some Outlet")
            .Claim("c1", "killed", 2).Claim("c2", "killed", 3, document: "d2", incident: "i2").Analyse();
        var english = Report(model).GetElementById("claim-c1")!.QuerySelector(".facts")!.TextContent;
        Assert.Contains("title d1 (Al Jazeera Net)", english);
        var arabic = Report(model, "report.ar.html");
        Assert.Contains("عنوان d1 (الجزيرة نت)", arabic.GetElementById("claim-c1")!.QuerySelector(".facts")!.TextContent);
        Assert.DoesNotContain("Al Jazeera", arabic.GetElementById("provenance")!.TextContent);
        // Known only by its Latin name: shown as written, marked English.
        Assert.Contains(arabic.QuerySelectorAll("#claim-c2 .facts [lang=en]"), e => e.TextContent.Contains("Some Outlet", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_provenance_table_gives_each_documents_title_id_and_what_its_text_says_of_when(string file)
    {
        var doc = Report(Bundled, file);
        foreach (var d in Bundled.Dataset.Documents)
        {
            var row = doc.GetElementById("document-" + d.Id)!;
            Assert.Contains(file == "report.html" ? d.Title : d.TitleAr, row.QuerySelector("th")!.TextContent);
            Assert.Contains(row.QuerySelectorAll("code.id"), c => c.TextContent == d.Id);
            if (d.ReportedEvidence is { } evidence)
            {
                Assert.Contains(file == "report.html" ? d.Reported! : d.ReportedAr!, row.TextContent);
                Assert.Equal(evidence, row.QuerySelector("blockquote.reported-evidence[lang=ar]")!.TextContent);
            }
        }
    }

    [Fact]
    public void The_arabic_edition_is_arabic_right_to_left_and_every_heading_is_arabic()
    {
        var doc = Report(Bundled, "report.ar.html");
        Assert.Equal(("ar", "rtl"), (doc.DocumentElement.GetAttribute("lang"), doc.DocumentElement.GetAttribute("dir")));
        Assert.All(doc.QuerySelectorAll("h1, h2, h3, h4"), h => Assert.Matches(Arabic(), h.TextContent));
        Assert.All(doc.QuerySelectorAll("nav a, label, th[scope=col], option, figcaption strong, .tile .what, summary"), e => Assert.Matches(Arabic(), e.TextContent));
        // Sources by their Arabic names.
        Assert.Contains(doc.QuerySelectorAll("#by-source tbody th"), th => th.TextContent.StartsWith("مديرية الصحة في حلب", StringComparison.Ordinal));
        // The original words first; the English gloss folded away, marked English.
        var entry = doc.GetElementById("claim-000-health-killed")!;
        var quote = entry.QuerySelector("blockquote")!;
        var gloss = entry.QuerySelector("details.gloss [lang=en]")!;
        Assert.True(quote.CompareDocumentPosition(gloss).HasFlag(DocumentPositions.Following));
        Assert.Equal(("ar", "rtl"), (quote.GetAttribute("lang"), quote.GetAttribute("dir")));
        Assert.Equal("ltr", gloss.GetAttribute("dir"));
    }

    /// <summary>Text holding Latin letters that is neither marked English, nor code, nor a document's own quoted words.</summary>
    private static List<string> LatinOutsideEnglish(IDocument doc) =>
        doc.Body!.Descendants<IText>()
            .Where(t => t.Data.Any(ch => ch < 0x0250 && char.IsLetter(ch)))
            .Where(t => !t.Ancestors<IElement>().Any(e => e.LocalName is "script" or "style" or "code" or "blockquote" || (e.GetAttribute("lang") ?? "").StartsWith("en", StringComparison.Ordinal)))
            .Select(t => $"<{t.ParentElement!.LocalName} class='{t.ParentElement.ClassName}'>{t.Data.Trim()}")
            .ToList();

    [Fact]
    public void The_arabic_edition_shows_no_latin_text_outside_what_is_marked_english()
    {
        var doc = Report(Bundled, "report.ar.html");
        var stray = LatinOutsideEnglish(doc);
        Assert.True(stray.Count == 0, string.Join("\n", stray));
        // The curators' Arabic notes quote the English rendering: those words are marked English too.
        Assert.Contains(doc.QuerySelectorAll("#contested .note-text [lang=en]"), e => e.TextContent == "shelling that targeted residential neighborhoods");
    }

    [Fact]
    public void Latin_text_in_any_arabic_field_is_marked_english_on_the_arabic_page()
    {
        // Every free text of the fixture carries Latin words, in its Arabic fields too.
        var model = new Fixture(hostile: "Latin words")
            .Incident("i1", note: "an English note", noteAr: "ملاحظة Latin")
            .Claim("c1", "killed", 2, note: "english", noteAr: "ملاحظة with Latin", blames: "sdf")
            .Claim("c2", "killed", 8, source: "sdf-a", incident: "i2", blames: "government")
            .Claim("c3", "injured", null, qualifier: "unquantified", source: "ind-a", incident: "i3")
            .Contention("who", ("gov-a", "asserts"), ("sdf-a", "denies"))
            .Outlet("d1", "Outlet Name").Reported("d1", "On a Thursday", "يوم خميس")
            .Analyse();
        var stray = LatinOutsideEnglish(Report(model, "report.ar.html"));
        Assert.True(stray.Count == 0, string.Join("\n", stray));
    }

    [Fact]
    public void The_arabic_edition_shows_the_curators_arabic_text_never_the_english()
    {
        var model = new Fixture()
            .Incident("i1", note: "English incident note", noteAr: "ملاحظة عربية عن الحادثة")
            .Claim("c1", "killed", 2, note: "English claim note", noteAr: "ملاحظة عربية عن الرقم")
            .Contention("who", ("gov-a", "asserts"), ("sdf-a", "denies"))
            .Reported("d1", "English reported", "يوم خميس")
            .Analyse();
        var arabic = Report(model, "report.ar.html").Body!.TextContent;
        foreach (var words in new[] { "English incident note", "English claim note", "incident i1", "label i1", "Aleppo", "question who", "English reported", "title d1" })
        {
            Assert.DoesNotContain(words, arabic);
        }
        foreach (var ar in new[] { "ملاحظة عربية عن الحادثة", "ملاحظة عربية عن الرقم", "حادثة i1", "تسمية i1", "حلب", "سؤال", "يوم خميس", "عنوان d1" })
        {
            Assert.Contains(ar, arabic);
        }
        var english = Report(model).Body!.TextContent;
        Assert.Contains("English incident note", english);
        Assert.Contains("label i1", english);
    }

    [Fact]
    public void A_claim_quoted_from_the_english_rendering_shows_the_arabic_originals_words_first_on_the_arabic_page()
    {
        var claim = Bundled.Dataset.Claims.Single(c => c.Id == "003-health-killed");
        var original = Bundled.Dataset.Claims.Single(c => c.Id == "000-health-killed");
        var entry = Report(Bundled, "report.ar.html").GetElementById("claim-003-health-killed")!;
        var quotes = entry.QuerySelectorAll("blockquote").ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("ar", original.Evidence), (quotes[0].GetAttribute("lang"), quotes[0].TextContent));
        Assert.Equal(("en", claim.Evidence), (quotes[1].GetAttribute("lang"), quotes[1].TextContent));
        // The English page quotes the rendering's own words only.
        Assert.Single(Report(Bundled).GetElementById("claim-003-health-killed")!.QuerySelectorAll("blockquote"));
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

    [Theory]
    [MemberData(nameof(Editions))]
    public void Charts_label_incidents_by_their_labels_never_their_ids(string file)
    {
        var doc = Report(Bundled, file);
        var chart = doc.GetElementById("chart-incident-ranges")!;
        var drawn = string.Join("\n", chart.QuerySelectorAll("svg text").Select(t => t.TextContent));
        var table = string.Join("\n", chart.QuerySelectorAll("details tbody td:first-child").Select(t => t.TextContent));
        foreach (var incident in Bundled.Dataset.Incidents)
        {
            Assert.DoesNotContain(incident.Id, drawn);
            Assert.DoesNotContain(incident.Id, table);
        }
        var label = Bundled.Dataset.Incidents.Single(i => i.Id == "sdf-three-day-toll");
        Assert.Contains(file == "report.html" ? label.Label : label.LabelAr, table);
        if (file != "report.html") Assert.Contains(label.LabelAr, drawn);
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
    public void The_incidents_section_gives_each_incident_in_the_editions_words_with_what_it_counts(string file)
    {
        var doc = Report(Bundled, file);
        var english = file == "report.html";
        var toll = doc.GetElementById("incident-sdf-three-day-toll")!;
        var incident = Bundled.Dataset.Incidents.Single(i => i.Id == "sdf-three-day-toll");
        var checkpoint = Bundled.Dataset.Incidents.Single(i => i.Id == "sdf-checkpoint-attack");
        Assert.Contains(english ? incident.Description : incident.DescriptionAr, toll.TextContent);
        Assert.Contains(english ? incident.Place : incident.PlaceAr, toll.TextContent);
        Assert.Contains((english ? "may include: " : "قد تشمل: ") + (english ? checkpoint.Label : checkpoint.LabelAr), toll.TextContent);
        // Each claim links to its incident.
        Assert.Equal("#incident-sdf-three-day-toll", doc.GetElementById("claim-001-sdf-killed-lead")!.QuerySelector(".facts a")!.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_method_says_in_a_readers_words_what_the_page_shows(string file)
    {
        var method = Report(Bundled, file).GetElementById("method")!.TextContent;
        if (file == "report.html")
        {
            Assert.Contains("each side counts the harm it blames on the other", method);
            Assert.Contains("stated by no source", method);
            Assert.Contains("“mentioned, no figure”", method);
            Assert.Contains("only when they count the same people", method);
            Assert.Contains("from 20 to 99", method);
        }
        else
        {
            Assert.Contains("يعدّ كل طرف الأضرار التي يحمّل الطرفَ الآخر مسؤوليتها", method);
            Assert.Contains("لا يذكره أي مصدر", method);
            Assert.Contains("«إشارة بلا رقم»", method);
            Assert.Contains("من 20 إلى 99", method);
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Hostile_text_in_every_field_that_reaches_the_page_is_shown_as_text(string file)
    {
        const string script = "<script>alert('x')</script>";
        const string img = "<img src=x onerror=alert(1)>";
        const string formula = "=HYPERLINK(\"http://x\",\"y\")";
        var model = new Fixture(hostile: script + img + formula)
            .Claim("c1", "killed", 2, evidence: script + " " + img, note: formula, noteAr: formula)
            .Claim("c2", "killed", 8, source: "sdf-a", incident: "i2", evidence: formula)
            .Contention("k", ("gov-a", "asserts"))
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
        // incident descriptions, labels and places, document titles and glosses as well: the page title shows it as text too.
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
        Assert.Contains(Bundled.Dataset.Edition!, provenance);
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
        // Two government sources, one SDF, one independent in the fixture.
        Assert.Contains("1 claim from 3 press documents, made by 4 sources (2 on the government side, 1 on the SDF side, 1 independent)", lede);
        Assert.Contains("relayed by 3 press documents", Report(model).GetElementById("method")!.TextContent);
        var arabic = Report(model, "report.ar.html").QuerySelector(".lede")!.TextContent;
        Assert.Contains("رقم معلن واحد من 3 وثائق صحفية، أعلنها 4 مصادر (2 من الطرف الحكومي، و1 من طرف قسد، و1 مستقل)", arabic);
    }

    [Fact]
    public void Long_lists_of_questions_positions_and_comparisons_are_cut_with_a_note_saying_where_the_rest_are()
    {
        var fixture = new Fixture();
        for (var i = 0; i < 25; i++) fixture.Contention($"q{i}", [.. Enumerable.Repeat(("gov-a", "asserts"), i == 0 ? 12 : 1), ("sdf-a", "denies")]);
        // Twelve statements about one market: 66 pairs compared.
        var sources = new[] { "gov-a", "gov-b", "sdf-a", "ind-a" };
        for (var i = 0; i < 12; i++)
        {
            if (i >= sources.Length) fixture.Source($"extra{i}", "government");
            fixture.Claim($"m{i}", "killed", i + 1, source: i < sources.Length ? sources[i] : $"extra{i}", incident: "market");
        }
        var doc = Report(fixture.Analyse());
        var contested = doc.GetElementById("contested")!;
        Assert.Equal(20, contested.QuerySelectorAll("article.contention").Length);
        Assert.Contains("Showing 20 of 25 questions", contested.TextContent);
        Assert.Equal(10, doc.GetElementById("contention-q0")!.QuerySelectorAll(".side[data-side=government] .position").Length);
        Assert.Contains("Showing 10 of 12 positions", doc.GetElementById("contention-q0")!.TextContent);
        Assert.Equal(50, contested.QuerySelectorAll("li.comparison").Length);
        Assert.Contains("Showing 50 of 66 comparisons: the conflicts first", contested.TextContent);
        Assert.Contains("aggregates.json", contested.QuerySelector("#same-people ~ .note")!.TextContent);
    }
}
