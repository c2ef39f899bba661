using System.Reflection;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Charts;
using Dashboard.Rendering.Excel.Sheets;
using Dashboard.Rendering.Text;
using Dashboard.Rendering.Words;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Rendering;

/// <summary>
/// One table of words for every output: every word exists in every language, none is borrowed
/// from English or made by editing another, and the workbook and the console take theirs from it.
/// </summary>
public partial class WordsTests
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    public static TheoryData<string> Languages => new() { "en", "ar" };

    private static Words Of(string code) => Words.All.Single(w => w.Code == code);

    private static void Distinct(IEnumerable<string> words)
    {
        var list = words.ToList();
        Assert.All(list, w => Assert.False(string.IsNullOrWhiteSpace(w)));
        Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_value_of_every_vocabulary_has_a_word_of_its_own(string code)
    {
        var words = Of(code);
        Distinct(Vocabulary.Sides.Select(s => words.Side(s.Value)).Append(words.BothSides));
        Distinct(Vocabulary.AffectedGroups.Select(a => words.Affected(a.Value)));
        Distinct(Vocabulary.Units.Select(u => words.Unit(u.Value)));
        Distinct(Vocabulary.Qualifiers.Select(q => words.Qualifier(q.Value)));
        Distinct(Vocabulary.SourceKinds.Select(words.SourceKind));
        Distinct(Vocabulary.Languages.Select(words.LanguageName));
        Distinct(Bundled.Dataset.Metrics.Where(m => Vocabulary.RequiredMetrics.Contains(m.Id)).Select(words.Metric));
        foreach (var n in new[] { 1, 2, 3, 11, 100 }) Distinct(Enum.GetValues<Noun>().Select(noun => words.Count(n, noun)));
        Distinct(ChartRecipes.Names.Select(words.ChartTitle));
        Distinct(ChartRecipes.Names.Select(words.ChartDescription));
        Distinct(new[] { "workbook", "csv", "json", "edition", "chart" }.Select(words.DownloadDescription));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_word_asked_by_a_name_the_table_does_not_have_fails_instead_of_borrowing_another(string code)
    {
        var words = Of(code);
        Assert.Throws<ArgumentOutOfRangeException>(() => words.ChartTitle("no-such-chart"));
        Assert.Throws<ArgumentOutOfRangeException>(() => words.ChartDescription("no-such-chart"));
        Assert.Throws<ArgumentOutOfRangeException>(() => words.Heading("no-such-section"));
        Assert.Throws<ArgumentOutOfRangeException>(() => words.DownloadDescription("no-such-file"));
        Assert.Throws<ArgumentOutOfRangeException>(() => words.SourceKind("no_such_kind"));
        Assert.Throws<ArgumentOutOfRangeException>(() => words.LanguageName("xx"));
    }

    /// <summary>Words that are codes, not prose: the same in every language.</summary>
    private static readonly string[] Codes = [nameof(Words.Code), nameof(Words.Direction)];

    [Fact]
    public void Every_word_of_the_arabic_table_is_written_in_arabic()
    {
        // Every word the table declares without arguments (labels, headings, notes, lists), read
        // from the Arabic table: each has Arabic letters, so none is an English word left in place.
        var arabic = Words.Arabic;
        var properties = typeof(Words).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod!.IsAbstract && !Codes.Contains(p.Name)).ToList();
        Assert.True(properties.Count > 60, $"only {properties.Count} words found");
        foreach (var p in properties)
        {
            var texts = p.GetValue(arabic) switch
            {
                string s => [s],
                IReadOnlyList<string> list => list,
                IReadOnlyList<(string, string)> pairs => pairs.Select(x => x.Item2).ToList(),
                IReadOnlyDictionary<string, string> map => map.Values.ToList(),
                var other => throw new InvalidOperationException($"{p.Name} is a {other?.GetType()}"),
            };
            Assert.True(texts.Count > 0, p.Name);
            Assert.All(texts, t => Assert.True(ArabicLetter().IsMatch(t), $"{p.Name}: '{t}' has no Arabic letter"));
        }
        // And the words made from arguments, the vocabularies and the counts.
        var made = Vocabulary.Sides.Select(s => arabic.Side(s.Value))
            .Concat(Vocabulary.AffectedGroups.Select(a => arabic.Affected(a.Value)))
            .Concat(Vocabulary.Qualifiers.Select(q => arabic.Qualifier(q.Value)))
            .Concat(Vocabulary.Units.Select(u => arabic.Unit(u.Value)))
            .Concat(Vocabulary.SourceKinds.Select(arabic.SourceKind))
            .Concat(Vocabulary.Languages.Select(arabic.LanguageName))
            .Concat(Bundled.Dataset.Metrics.Select(arabic.Metric))
            .Concat(Enum.GetValues<Noun>().Select(n => arabic.Count(3, n)));
        Assert.All(made, t => Assert.False(LatinLetter().IsMatch(t), $"'{t}' has Latin letters"));
    }

    [Fact]
    public void A_press_document_is_counted_as_one_noun_in_each_language()
    {
        Assert.Equal("1 press document", Words.English.Count(1, Noun.PressDocument));
        Assert.Equal("5 press documents", Words.English.Count(5, Noun.PressDocument));
        // Arabic: the adjective agrees with the noun, dual with dual, accusative after 11 to 99.
        Assert.Equal("وثيقة صحفية واحدة", Words.Arabic.Count(1, Noun.PressDocument));
        Assert.Equal("وثيقتان صحفيتان", Words.Arabic.Count(2, Noun.PressDocument));
        Assert.Equal("5 وثائق صحفية", Words.Arabic.Count(5, Noun.PressDocument));
        Assert.Equal("11 وثيقةً صحفيةً", Words.Arabic.Count(11, Noun.PressDocument));
        // The method's caveat with two documents, after «في»: the genitive dual with its adjective in agreement.
        var caveat = Words.Arabic.Method(new MethodFacts(2, 4, 2, null)).Last().Text;
        Assert.Contains("ونقلتها الصحافة في وثيقتين صحفيتين،", caveat);
        Assert.Contains("relayed by 2 press documents;", Words.English.Method(new MethodFacts(2, 4, 2, null)).Last().Text);
        Assert.Equal("and 1 more claim in the list below", Words.English.MoreInTheList(1));
        Assert.Equal("and 3 more claims in the list below", Words.English.MoreInTheList(3));
    }

    [Fact]
    public void No_word_is_made_by_replacing_part_of_another()
    {
        var folder = Path.Combine(Repo.Root, "src", "Dashboard", "Rendering", "Words");
        var hits = Directory.GetFiles(folder, "*.cs").SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains(".Replace(", StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 0, "a word is whole in the table, not edited out of another:\n" + string.Join("\n", hits.Select(h => $"{h.File}:{h.Line}: {h.Text.Trim()}")));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_columns_of_claims_are_described_in_every_language_in_the_sheets_order(string code)
    {
        var descriptions = Of(code).ClaimColumns;
        Assert.Equal(ClaimsSheet.Spec(Bundled).Headers, descriptions.Keys);
        Assert.All(descriptions.Values, d => Assert.False(string.IsNullOrWhiteSpace(d)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_console_table_names_each_side_as_the_report_does(string code)
    {
        var words = Of(code);
        var console = HeadlineTable.Format(Bundled, words).Split('\n')[0];
        var html = new HtmlParser().ParseDocument(Render.Text(Bundled, words.ReportFile));
        var reportHeaders = html.QuerySelectorAll("#by-side thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.NotEmpty(reportHeaders);
        // The metric header and every side the report names stand in the console's header line.
        Assert.All(reportHeaders, h => Assert.Contains(h, console));
        if (code == "en")
        {
            // Before, the console's own list said "Independent" where the report says "Independent sources".
            Assert.Equal(["Metric", "Government sources", "SDF sources", "Independent sources", "Overall", "Backed by"], ConsoleColumns().Split(console));
        }
    }

    [Fact]
    public void The_about_sheet_speaks_with_the_words_of_the_table()
    {
        using var wb = new XLWorkbook(new MemoryStream(Render.Bytes(Bundled, "figures.xlsx")));
        var text = string.Join("\n", wb.Worksheet("About").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Figures reported by 5 press documents about the clashes", text);
        Assert.All(Words.English.StorageNotes, n => Assert.Contains(n, text));
        Assert.All(Words.English.ClaimColumns.Values, d => Assert.Contains(d, text));
        Assert.Contains(Words.English.Heading("method"), text);
        Assert.Contains(Words.English.BySideSheetHolds, text);
        Assert.Contains(Words.English.ChartsSheetHolds, text);
        var charts = string.Join("\n", wb.Worksheet("Charts").CellsUsed().Select(c => c.GetString()));
        Assert.Contains(Words.English.ChartsSheetTitle, charts);
        Assert.Contains(Words.English.FiguresOfChart(Words.English.ChartTitle("by-side")), charts);
    }

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex(@"[A-Za-z]")]
    private static partial Regex LatinLetter();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex ConsoleColumns();
}
