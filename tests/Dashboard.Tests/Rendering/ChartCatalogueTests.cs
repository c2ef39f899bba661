using Dashboard.Analysis;
using Dashboard.Rendering.Charts;
using Dashboard.Rendering.Words;
using Dashboard.Tests.Support;
using Dashboard.Validation;
using Xunit.Abstractions;

namespace Dashboard.Tests.Rendering;

/// <summary>Every chart recipe, rendered; names and texts checked like a catalogue.</summary>
public class ChartCatalogueTests(ITestOutputHelper output)
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    [Fact]
    public void Every_recipe_renders_to_svg_and_png_and_is_saved_for_review()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "charts");
        Directory.CreateDirectory(folder);
        foreach (var spec in ChartRecipes.All(Bundled, Words.English))
        {
            var svg = RangeBarChart.Svg(spec);
            Assert.StartsWith("<svg role=\"img\"", svg);
            Assert.Contains(spec.Title, svg.Replace("&#39;", "'"));
            var png = RangeBarChart.Png(spec);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            File.WriteAllBytes(Path.Combine(folder, spec.Name + ".png"), png);
            output.WriteLine(Path.Combine(folder, spec.Name + ".png"));
        }
    }

    [Fact]
    public void Names_are_unique_file_safe_and_texts_are_non_empty()
    {
        var specs = ChartRecipes.All(Bundled, Words.English);
        Assert.Equal(specs.Count, specs.Select(s => s.Name).Distinct().Count());
        Assert.All(specs, s =>
        {
            Assert.Matches("^[a-z][a-z-]*$", s.Name);
            Assert.False(string.IsNullOrWhiteSpace(s.Title));
            Assert.False(string.IsNullOrWhiteSpace(s.Description));
            Assert.False(string.IsNullOrWhiteSpace(s.SourceLine));
            Assert.NotEmpty(s.Rows);
        });
    }

    [Fact]
    public void Each_source_line_counts_the_distinct_claims_behind_the_bars_and_their_documents()
    {
        // Synthetic data has statements with claims in several documents and incidents under others,
        // so bars can share documents; counted here from the bars' claim ids and the claims' documents.
        var synthetic = SyntheticModel.Of(1_000, seed: 6);
        foreach (var model in new[] { Bundled, synthetic })
        {
            var documentOf = model.Claims.ToDictionary(c => c.Claim.Id, c => c.Claim.Document, StringComparer.Ordinal);
            foreach (var words in Words.All)
            {
                foreach (var spec in ChartRecipes.All(model, words))
                {
                    var ids = spec.Rows.SelectMany(r => r.ClaimIds).Distinct(StringComparer.Ordinal).ToList();
                    var documents = ids.Select(id => documentOf[id]).Distinct(StringComparer.Ordinal).Count();
                    Assert.True(ids.Count > 0 && documents > 0);
                    var expected = words.ChartSourceLine(ids.Count, documents, words.InputWithEdition(model.Input.Name, model.Dataset.Edition));
                    Assert.StartsWith(expected, spec.SourceLine, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Chart_rows_carry_the_models_figures_and_side_colours()
    {
        var bySide = ChartRecipes.BySide(Bundled, Words.English);
        var sdfInjured = Assert.Single(bySide.Rows, r => r.Label == "Injured: SDF sources");
        Assert.Equal(new FigureRange(57, 59), sdfInjured.Range);
        Assert.Equal(Palette.Of(Dashboard.Model.Side.Sdf), sdfInjured.Colour);
        Assert.All(ChartRecipes.BySource(Bundled, Words.English).Rows.Where(r => r.Label.Contains("SANA")), r => Assert.Equal(Palette.Of(Dashboard.Model.Side.Government), r.Colour));
    }

    [Fact]
    public void One_plot_draws_the_same_svg_and_png_as_two_separate_plots_in_both_languages()
    {
        // The gallery draws each chart's two files from one plot; a reader must get the bytes a
        // plot of its own gives, left to right and right to left.
        foreach (var words in Words.All)
        {
            var gallery = new ChartGallery(Bundled, words);
            foreach (var spec in gallery.Specs)
            {
                Assert.Equal(RangeBarChart.Png(spec), gallery.Png(spec));
                Assert.Equal(RangeBarChart.Svg(spec), gallery.Svg(spec));
            }
        }
    }

    [Fact]
    public void The_png_has_the_pixels_scottplot_draws_itself()
    {
        // The chart files are encoded with faster settings than ScottPlot's; what a reader sees
        // must be ScottPlot's own image, pixel for pixel.
        foreach (var spec in ChartRecipes.All(Bundled, Words.English))
        {
            var reference = RangeBarChart.Plot(spec).GetImageBytes(RangeBarChart.Width, RangeBarChart.Height(spec), ScottPlot.ImageFormat.Png);
            using var expected = SkiaSharp.SKBitmap.Decode(reference);
            using var actual = SkiaSharp.SKBitmap.Decode(RangeBarChart.Png(spec));
            Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
            Assert.True(expected.Pixels.SequenceEqual(actual.Pixels), spec.Name + ": pixels differ");
        }
    }

    [Fact]
    public void Inlined_svg_ids_are_renumbered_per_chart()
    {
        var spec = ChartRecipes.BySide(Bundled, Words.English);
        var a = RangeBarChart.Svg(spec);
        var b = RangeBarChart.Svg(spec);
        Assert.Equal(a, b);
        Assert.Contains("by-side-clip-1", a);
        Assert.DoesNotContain("cl_", a);
    }

    [Fact]
    public void Both_editions_draw_the_same_figures_and_a_plus_only_where_a_legend_key_explains_it()
    {
        foreach (var (english, arabic) in ChartRecipes.All(Bundled, Words.English).Zip(ChartRecipes.All(Bundled, Words.Arabic)))
        {
            Assert.Equal(english.Rows.Select(r => r.Display), arabic.Rows.Select(r => r.Display));
            var open = english.Rows.Any(r => r.Range.IsOpen);
            Assert.Equal(open, english.Legend.Any(l => l.Label == Words.English.OpenEndedKey));
            Assert.Equal(open, arabic.Legend.Any(l => l.Label == Words.Arabic.OpenEndedKey));
            Assert.All(english.Rows, r => Assert.Equal(r.Range.IsOpen, r.Display.EndsWith('+')));
        }
        // SANA's "at least 4" is open: the by-side chart has the key; a dataset with closed figures only has none.
        Assert.Contains(ChartRecipes.BySide(Bundled, Words.English).Rows, r => r.Display == "9+");
        var closed = new Fixture().Claim("a", "killed", 2).Claim("b", "injured", 5, incident: "i2").Analyse();
        Assert.DoesNotContain(ChartRecipes.BySide(closed, Words.English).Legend, l => l.Label == Words.English.OpenEndedKey);
    }

    [Fact]
    public void The_incident_chart_labels_each_bar_with_the_incidents_label_in_the_charts_language()
    {
        var model = new Fixture().Claim("a", "killed", 2, incident: "market").Analyse();
        Assert.Equal(["killed: label market"], ChartRecipes.IncidentRanges(model, Words.English).Rows.Select(r => r.Label));
        Assert.Equal(["القتلى: تسمية market"], ChartRecipes.IncidentRanges(model, Words.Arabic).Rows.Select(r => r.Label));
    }

    [Fact]
    public void Latin_words_inside_an_arabic_chart_label_are_marked_english_in_the_svg()
    {
        var model = new Fixture(hostile: "Latin").Claim("a", "killed", 2, incident: "market").Analyse();
        var svg = RangeBarChart.Svg(ChartRecipes.IncidentRanges(model, Words.Arabic));
        Assert.Contains("<tspan lang=\"en\">market Latin</tspan>", svg);
    }

    [Fact]
    public void Only_sides_with_a_figure_get_a_legend_key()
    {
        // The independent source only mentions harm, with no number: no bar, so no key.
        var model = new Fixture().Claim("a", "killed", 2).Claim("m", "killed", null, qualifier: "unquantified", source: "ind-a", incident: "i2").Analyse();
        Assert.DoesNotContain(ChartRecipes.BySide(model, Words.English).Legend, l => l.Label == Words.English.Side(Dashboard.Model.Side.Independent));
    }
}
