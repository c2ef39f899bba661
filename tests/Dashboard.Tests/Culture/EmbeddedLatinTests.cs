using Dashboard.Rendering.Words;

namespace Dashboard.Tests.Culture;

/// <summary>Latin stretches inside Arabic text, found so the Arabic page can mark them English.</summary>
public class EmbeddedLatinTests
{
    private static List<string> Latin(string text) => EmbeddedLatin.Runs(text).Where(r => r.Latin).Select(r => r.Text).ToList();

    [Fact]
    public void An_english_phrase_quoted_in_an_arabic_note_is_one_run_without_its_quotes()
    {
        Assert.Equal(["shelling that targeted residential neighborhoods"], Latin("تُسقط الترجمة الإنجليزية 003 اسم الجهة القاصفة (\"shelling that targeted residential neighborhoods\")، فلا موقف لها."));
    }

    [Fact]
    public void A_quoted_english_sentence_keeps_its_full_stop()
    {
        Assert.Equal(["The clashes resulted in deaths and injuries among civilians."], Latin("جملة \"The clashes resulted in deaths and injuries among civilians.\" (أسفرت الاشتباكات)"));
    }

    [Fact]
    public void File_and_product_names_end_at_the_arabic_punctuation_and_the_sentences_own_full_stop_stays_arabic()
    {
        Assert.Equal(["figures.xlsx", "claims.csv"], Latin("القائمة الكاملة في figures.xlsx، claims.csv."));
        Assert.Equal(["Dashboard 0.1.0", "claims.json"], Latin("أُعدّت بأداة Dashboard 0.1.0 من claims.json. كل رقم"));
        Assert.Equal(["Excel"], Latin("مصنف Excel (بالإنجليزية)"));
    }

    [Fact]
    public void Arabic_text_and_digits_alone_have_no_run_and_every_character_is_kept()
    {
        Assert.Empty(Latin("أكثر من 46 ألفًا، الوثيقة 003"));
        const string text = "ملاحظة \"Damascus, Syria\" في رأسها، وSANA.";
        Assert.Equal(text, string.Concat(EmbeddedLatin.Runs(text).Select(r => r.Text)));
        Assert.Equal(["Damascus, Syria", "SANA"], Latin(text));
    }
}
