using Dashboard.Validation;

namespace Dashboard.Tests.Validation;

/// <summary>
/// What numbers a span writes, read by hand from each text: digits in either numeral system, Arabic
/// and English number words, Arabic duals, and the vague plurals that are no number at all.
/// </summary>
public class WrittenNumbersTests
{
    private static double[] Read(string text) => WrittenNumbers.In(text).Select(n => (double)n).ToArray();

    [Theory]
    [InlineData("وأعلنت مديرية الصحة وقوع قتيلين و8 مصابين", new double[] { 2, 8 })]
    [InlineData("سقوط 8 قتلى و57 جريحًا", new double[] { 8, 57 })]
    [InlineData("إصابة ٩ أشخاص", new double[] { 9 })]
    [InlineData("نزوح ۱۲ عائلة", new double[] { 12 })]
    [InlineData("أصيب ٥٧ شخصا و٨ آخرون", new double[] { 57, 8 })]
    [InlineData("46,000 people", new double[] { 46000 })]
    [InlineData("٤٦٬٠٠٠ نازح", new double[] { 46000 })]
    [InlineData("أكثر من 90% من مساحة الحي", new double[] { 90 })]
    [InlineData("أكثر من ٩٠٪ من مساحة الحي", new double[] { 90 })]
    [InlineData("نسبة 12.5 بالمئة", new double[] { 12.5 })]
    [InlineData("نسبة ١٢٫٥", new double[] { 12.5 })]
    [InlineData("the toll rose to 8.", new double[] { 8 })]
    [InlineData("2,50 and 8", new double[] { 2, 50, 8 })]
    public void Digits_are_read_whole_in_every_numeral_system(string text, double[] expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("أدى لإصابة بـ4 قذائف", new double[] { 4 })]
    [InlineData("استهدف لـ٣ عناصر", new double[] { 3 })]
    [InlineData("وثلاثة مصابين", new double[] { 3 })]
    [InlineData("بثلاثة آلاف نازح", new double[] { 3000 })]
    [InlineData("للقتيلين", new double[] { 2 })]
    [InlineData("والقتيلين", new double[] { 2 })]
    [InlineData("خلال الأيام الثلاثة الماضية", new double[] { 3 })]
    [InlineData("وألف نازح", new double[] { 1000 })]
    [InlineData("واحد من العناصر", new double[] { 1 })]
    public void Arabic_words_are_read_through_their_attached_prefixes(string text, double[] expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("أكثر من 46 ألف شخص", new double[] { 46000 })]
    [InlineData("أكثر من ٤٦ ألفًا", new double[] { 46000 })]
    [InlineData("ثلاثة آلاف نازح", new double[] { 3000 })]
    [InlineData("ألف شخص", new double[] { 1000 })]
    [InlineData("نحو ألفين", new double[] { 2000 })]
    [InlineData("مليون و200 ألف", new double[] { 1200000 })]
    [InlineData("ألف وخمسمائة", new double[] { 1500 })]
    [InlineData("مئة وخمسة وعشرون", new double[] { 125 })]
    [InlineData("ثلاث مئة", new double[] { 300 })]
    [InlineData("ثلاثمائة", new double[] { 300 })]
    [InlineData("مئتين", new double[] { 200 })]
    [InlineData("تسعين شخصا", new double[] { 90 })]
    [InlineData("عشرون", new double[] { 20 })]
    [InlineData("ستة وأربعين", new double[] { 46 })]
    [InlineData("خمسة و عشرين", new double[] { 25 })]
    [InlineData("ثلاثة عشر", new double[] { 13 })]
    [InlineData("اثنا عشر", new double[] { 12 })]
    [InlineData("إحدى عشرة", new double[] { 11 })]
    [InlineData("عشرة", new double[] { 10 })]
    [InlineData("أربع هجمات متتالية", new double[] { 4 })]
    [InlineData("أربعةً", new double[] { 4 })]
    [InlineData("ثلاثه", new double[] { 3 })]
    [InlineData("اثنين من كوادر الدفاع المدني", new double[] { 2 })]
    [InlineData("إثنتين", new double[] { 2 })]
    // «في المئة», «بالمئة»: per cent, not a hundred.
    [InlineData("في المئة", new double[] { })]
    [InlineData("بالمائة", new double[] { })]
    public void Arabic_cardinals_and_scales_make_one_number(string text, double[] expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("ثلاثة وأربعة", new double[] { 3, 4 })]
    [InlineData("ثلاثة، أربعة", new double[] { 3, 4 })]
    [InlineData("عشرين وثلاثين", new double[] { 20, 30 })]
    [InlineData("ثلاثة وعشرة", new double[] { 3, 10 })]
    [InlineData("between 3 and 4", new double[] { 3, 4 })]
    public void Two_counts_side_by_side_stay_two_numbers(string text, double[] expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("وقوع قتيلين", new double[] { 2 })]
    [InlineData("عنصرين من قواته", new double[] { 2 })]
    [InlineData("جريحان", new double[] { 2 })]
    [InlineData("نزوح عائلتين", new double[] { 2 })]
    [InlineData("مقتل امرأتين", new double[] { 2 })]
    [InlineData("مصابان", new double[] { 2 })]
    // «مصابين» and «مدنيين» are the plurals as well as the duals: no number.
    [InlineData("وقوع مصابين", new double[] { })]
    [InlineData("إصابة مدنيين", new double[] { })]
    [InlineData("قتلى وجرحى", new double[] { })]
    public void Duals_count_two_only_for_nouns_whose_dual_cannot_be_a_plural(string text, double[] expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("two people were killed and eight others were injured", new double[] { 2, 8 })]
    [InlineData("Two members", new double[] { 2 })]
    [InlineData("forty-six thousand people", new double[] { 46000 })]
    [InlineData("forty six", new double[] { 46 })]
    [InlineData("one hundred and five", new double[] { 105 })]
    [InlineData("two hundred", new double[] { 200 })]
    [InlineData("twelve", new double[] { 12 })]
    [InlineData("1.5 million", new double[] { 1500000 })]
    [InlineData("46 thousand", new double[] { 46000 })]
    public void English_words_and_digits(string text, double[] expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("نزوح عشرات العائلات")]
    [InlineData("عشرات الآلاف")]
    [InlineData("آلاف النازحين")]
    [InlineData("مئات الأشخاص")]
    [InlineData("dozens of families")]
    [InlineData("thousands of people")]
    public void Vague_plurals_are_no_number(string text) => Assert.Empty(Read(text));

    [Fact]
    public void Digits_too_long_for_any_count_do_not_overflow()
    {
        // 26 nines fit a decimal but times a billion would not: the two stay apart.
        Assert.Equal([99999999999999999999999999d, 1e9], Read(new string('9', 26) + " مليار"));
        // Forty digits are no number at all; the billion after them still is one.
        Assert.Equal([1e9], Read("1" + new string('0', 39) + " مليار"));
    }
}
