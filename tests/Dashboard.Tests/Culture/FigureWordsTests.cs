using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Words;

namespace Dashboard.Tests.Culture;

/// <summary>
/// Figures and counts as each language writes them. The Arabic forms are worked out from the
/// grammar of counted nouns: ألف (1), ألفان / ألفين (2, nominative / genitive), آلاف after 3 to 10,
/// ألفًا after 11 to 99, ألف after round hundreds; «أكثر من» governs the genitive.
/// </summary>
public class FigureWordsTests
{
    private static FigureRange MoreThan(double n) => new(n, null) { LowExclusive = true };

    private static FigureRange AtLeast(double n) => new(n, null);

    /// <summary>The words as a reader sees them, without the direction marks that keep digits left to right.</summary>
    private static string Plain(string text) => text.Replace("\u2066", "").Replace("\u2069", "");

    [Theory]
    [InlineData(46000, true, "more than 46,000")]
    [InlineData(4, false, "at least 4")]
    [InlineData(1000, true, "more than 1,000")]
    public void English_words_an_open_figure_by_its_qualifier(double low, bool exclusive, string expected)
    {
        var range = exclusive ? MoreThan(low) : AtLeast(low);
        Assert.Equal(expected, Words.English.Figure(range, Unit.People));
    }

    [Theory]
    [InlineData(46000, true, "أكثر من 46 ألفًا")]
    [InlineData(46000, false, "46 ألفًا على الأقل")]
    [InlineData(4, false, "4 على الأقل")]
    [InlineData(9, true, "أكثر من 9")]
    [InlineData(1000, true, "أكثر من ألف")]
    [InlineData(1000, false, "ألف على الأقل")]
    [InlineData(2000, true, "أكثر من ألفين")]
    [InlineData(2000, false, "ألفان على الأقل")]
    [InlineData(3000, true, "أكثر من 3 آلاف")]
    [InlineData(10000, false, "10 آلاف على الأقل")]
    [InlineData(11000, true, "أكثر من 11 ألفًا")]
    [InlineData(100000, true, "أكثر من 100 ألف")]
    [InlineData(103000, true, "أكثر من 103 آلاف")]
    [InlineData(46500, true, "أكثر من 46,500")]
    [InlineData(2000000, false, "مليونان على الأقل")]
    [InlineData(3000000, true, "أكثر من 3 ملايين")]
    public void Arabic_words_an_open_figure_by_its_qualifier_with_the_counted_noun_agreeing(double low, bool exclusive, string expected)
    {
        var range = exclusive ? MoreThan(low) : AtLeast(low);
        Assert.Equal(expected, Plain(Words.Arabic.Figure(range, Unit.People)));
    }

    [Fact]
    public void A_percentage_keeps_its_sign_and_takes_no_counted_noun()
    {
        Assert.Equal("more than 90%", Words.English.Figure(MoreThan(90), Unit.Percent));
        Assert.Equal("أكثر من 90%", Plain(Words.Arabic.Figure(MoreThan(90), Unit.Percent)));
    }

    [Fact]
    public void Closed_figures_are_digits_in_both_languages_and_isolated_left_to_right_in_arabic()
    {
        Assert.Equal("57–59", Words.English.Figure(new FigureRange(57, 59), Unit.People));
        Assert.Equal("8", Words.English.Figure(new FigureRange(8, 8), Unit.People));
        // Inside Arabic text an en dash between digits would read from the right without the isolate.
        Assert.Equal("\u206657–59\u2069", Words.Arabic.Figure(new FigureRange(57, 59), Unit.People));
        Assert.Equal("أكثر من \u206646\u2069 ألفًا", Words.Arabic.Figure(MoreThan(46000), Unit.People));
        Assert.Equal(new FigureText("أكثر من ", "46", " ألفًا"), Words.Arabic.FigureParts(MoreThan(46000), Unit.People));
    }

    [Fact]
    public void Charts_write_an_open_figure_the_same_compact_way_in_both_languages()
    {
        Assert.Equal("46,000+", Words.ChartFigure(MoreThan(46000), Unit.People));
        Assert.Equal("4+", Words.ChartFigure(AtLeast(4), Unit.People));
        Assert.Contains("+", Words.English.OpenEndedKey);
        Assert.Contains("+", Words.Arabic.OpenEndedKey);
    }

    [Theory]
    [InlineData(1, Noun.Claim, "رقم معلن واحد")]
    [InlineData(2, Noun.Claim, "رقمان معلنان")]
    [InlineData(3, Noun.Claim, "3 أرقام معلنة")]
    [InlineData(30, Noun.Claim, "30 رقمًا معلنًا")]
    [InlineData(2, Noun.Side, "طرفان")]
    [InlineData(2, Noun.PressDocument, "وثيقتان صحفيتان")]
    [InlineData(5, Noun.PressDocument, "5 وثائق صحفية")]
    [InlineData(100, Noun.Source, "100 مصدر")]
    public void Arabic_counts_agree_with_their_number(int n, Noun noun, string expected) => Assert.Equal(expected, Words.Arabic.Count(n, noun));

    [Fact]
    public void After_a_preposition_the_arabic_dual_is_genitive()
    {
        // «من طرفان» was the report's error; after «من» or «في» the dual ends in -ين.
        var arabic = (ArabicWords)Words.Arabic;
        Assert.Equal("طرفين", arabic.CountAfter(2, Noun.Side));
        Assert.Equal("وثيقتين صحفيتين", arabic.CountAfter(2, Noun.PressDocument));
        Assert.Contains("من وثيقتين صحفيتين", Words.Arabic.ChartSourceLine(17, 2, "claims.json"));
        Assert.Equal("3 وثائق", arabic.CountAfter(3, Noun.Document));
    }

    [Fact]
    public void English_press_documents_are_a_noun_of_their_own()
    {
        Assert.Equal("1 press document", Words.English.Count(1, Noun.PressDocument));
        Assert.Equal("5 press documents", Words.English.Count(5, Noun.PressDocument));
    }

    [Fact]
    public void The_arabic_interface_uses_the_neutral_words_the_review_chose()
    {
        var ar = Words.Arabic;
        Assert.Equal("الرسوم البيانية", ar.Heading("charts"));
        Assert.Equal("لا تذكر مصادر قسد رقمًا", ar.NoFigureFrom(Side.Sdf));
        Assert.Equal("لا يحدد النص الفئة المتضررة", ar.AboutGroup(Affected.Unspecified));
        Assert.Equal("كل الأرقام المعلنة", ar.Heading("claims"));
        // Not «ادعاء» (allegation) for a figure a source states.
        foreach (var text in new[] { ar.Heading("claims"), ar.CountTemplate, ar.ClaimsIntro, ar.Caveat, ar.Footer("1", "x"), ar.Count(3, Noun.Claim), ar.ChartSourceLine(3, 3, "x") })
        {
            Assert.DoesNotContain("ادعاء", text);
        }
    }
}
