using System.Collections.Frozen;
using System.Text;

namespace Dashboard.Validation;

/// <summary>What part a number word plays when words are put together into one number.</summary>
internal enum NumberWordKind
{
    /// <summary>1 to 9 (and zero): «ثلاثة», «أربع», "six". Before «عشر/عشرة» it forms a teen.</summary>
    Unit,
    /// <summary>Arabic «عشر/عشرة»: 10 alone, or the second half of a teen («ثلاثة عشر» = 13).</summary>
    Ten,
    /// <summary>English ten to nineteen: one word, complete.</summary>
    Teen,
    /// <summary>20 to 90: «تسعين», "forty".</summary>
    Tens,
    /// <summary>«مئة/مائة», "hundred": 100 alone, or a multiplier after a unit («ثلاث مئة», "two hundred").</summary>
    Hundred,
    /// <summary>One word for 200 to 900: «مئتين», «ثلاثمائة».</summary>
    Hundreds,
    /// <summary>«ألف», «مليون», "thousand": a multiplier after a count («46 ألف»), or one of it alone.</summary>
    Scale,
    /// <summary>«ألفين», «مليونين»: the dual of a scale word, twice it.</summary>
    ScaleDual,
    /// <summary>«آلاف», «ملايين», "thousands": a multiplier after a count («ثلاثة آلاف»); alone, vague.</summary>
    ScalePlural,
    /// <summary>The dual of a counted noun: «قتيلين» (two killed), «عنصرين» (two members).</summary>
    Dual,
}

/// <summary>A number word's kind and value.</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, decimal Value);

/// <summary>
/// The number words the evidence check recognises, in Arabic and English, and how a word is
/// matched: Arabic words after their short vowels, tatweel and hamza spellings are levelled and
/// their attached prefixes (و، ف، ب، ل، ك، ال) are taken off.
/// </summary>
internal static class NumberWords
{
    /// <summary>
    /// Nouns whose dual the check reads as 2. Only nouns whose dual in «ـين» cannot be a plural
    /// are here: «قتيلين» is two killed (the plural is «قتلى»).
    /// </summary>
    internal static readonly string[] DualNouns =
    [
        "قتيل", "جريح", "شهيد", "عنصر", "شخص", "فرد", "جندي", "طفل", "طفلة", "رجل", "امرأة", "سيدة", "ضحية",
        "عائلة", "أسرة", "هجوم", "هجمة", "قذيفة", "صاروخ", "حاجز",
    ];

    /// <summary>
    /// Nouns whose plural ends in «ـين» like the dual («مصابين» is both «مصابَيْن», two injured, and
    /// «مصابِين», the injured). Unvowelled text cannot tell them apart, so only the nominative dual
    /// in «ـان» («مصابان») counts as 2.
    /// </summary>
    internal static readonly string[] DualNounsNominativeOnly =
    [
        "مصاب", "مدني", "عسكري", "مقاتل", "مسلح", "مواطن", "متطوع", "مسعف", "موظف", "عامل", "نازح",
    ];

    private static readonly (string Word, NumberWordKind Kind, decimal Value)[] Arabic =
    [
        ("صفر", NumberWordKind.Unit, 0),
        ("واحد", NumberWordKind.Unit, 1), ("واحدة", NumberWordKind.Unit, 1), ("أحد", NumberWordKind.Unit, 1), ("إحدى", NumberWordKind.Unit, 1),
        ("اثنان", NumberWordKind.Unit, 2), ("اثنين", NumberWordKind.Unit, 2), ("اثنتان", NumberWordKind.Unit, 2), ("اثنتين", NumberWordKind.Unit, 2),
        ("اثنا", NumberWordKind.Unit, 2), ("اثني", NumberWordKind.Unit, 2), ("اثنتا", NumberWordKind.Unit, 2), ("اثنتي", NumberWordKind.Unit, 2),
        ("ثنتان", NumberWordKind.Unit, 2), ("ثنتين", NumberWordKind.Unit, 2),
        ("ثلاث", NumberWordKind.Unit, 3), ("ثلاثة", NumberWordKind.Unit, 3), ("أربع", NumberWordKind.Unit, 4), ("أربعة", NumberWordKind.Unit, 4),
        ("خمس", NumberWordKind.Unit, 5), ("خمسة", NumberWordKind.Unit, 5), ("ست", NumberWordKind.Unit, 6), ("ستة", NumberWordKind.Unit, 6),
        ("سبع", NumberWordKind.Unit, 7), ("سبعة", NumberWordKind.Unit, 7), ("ثمان", NumberWordKind.Unit, 8), ("ثماني", NumberWordKind.Unit, 8),
        ("ثمانية", NumberWordKind.Unit, 8), ("تسع", NumberWordKind.Unit, 9), ("تسعة", NumberWordKind.Unit, 9),
        ("عشر", NumberWordKind.Ten, 10), ("عشرة", NumberWordKind.Ten, 10),
        ("عشرون", NumberWordKind.Tens, 20), ("عشرين", NumberWordKind.Tens, 20), ("ثلاثون", NumberWordKind.Tens, 30), ("ثلاثين", NumberWordKind.Tens, 30),
        ("أربعون", NumberWordKind.Tens, 40), ("أربعين", NumberWordKind.Tens, 40), ("خمسون", NumberWordKind.Tens, 50), ("خمسين", NumberWordKind.Tens, 50),
        ("ستون", NumberWordKind.Tens, 60), ("ستين", NumberWordKind.Tens, 60), ("سبعون", NumberWordKind.Tens, 70), ("سبعين", NumberWordKind.Tens, 70),
        ("ثمانون", NumberWordKind.Tens, 80), ("ثمانين", NumberWordKind.Tens, 80), ("تسعون", NumberWordKind.Tens, 90), ("تسعين", NumberWordKind.Tens, 90),
        ("مئة", NumberWordKind.Hundred, 100), ("مائة", NumberWordKind.Hundred, 100),
        ("مئتان", NumberWordKind.Hundreds, 200), ("مئتين", NumberWordKind.Hundreds, 200), ("مائتان", NumberWordKind.Hundreds, 200), ("مائتين", NumberWordKind.Hundreds, 200),
        ("ألف", NumberWordKind.Scale, 1_000), ("ألفا", NumberWordKind.Scale, 1_000), ("ألفان", NumberWordKind.ScaleDual, 2_000), ("ألفين", NumberWordKind.ScaleDual, 2_000),
        ("آلاف", NumberWordKind.ScalePlural, 1_000), ("ألوف", NumberWordKind.ScalePlural, 1_000),
        ("مليون", NumberWordKind.Scale, 1_000_000), ("مليونا", NumberWordKind.Scale, 1_000_000),
        ("مليونان", NumberWordKind.ScaleDual, 2_000_000), ("مليونين", NumberWordKind.ScaleDual, 2_000_000), ("ملايين", NumberWordKind.ScalePlural, 1_000_000),
        ("مليار", NumberWordKind.Scale, 1_000_000_000), ("مليارا", NumberWordKind.Scale, 1_000_000_000),
        ("ملياران", NumberWordKind.ScaleDual, 2_000_000_000), ("مليارين", NumberWordKind.ScaleDual, 2_000_000_000), ("مليارات", NumberWordKind.ScalePlural, 1_000_000_000),
    ];

    /// <summary>The units that make one-word hundreds: «ثلاثمئة», «ثمانمائة».</summary>
    private static readonly (string Stem, decimal Value)[] HundredStems =
        [("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("ثماني", 8), ("تسع", 9)];

    private static readonly (string Word, NumberWordKind Kind, decimal Value)[] English =
    [
        ("zero", NumberWordKind.Unit, 0), ("one", NumberWordKind.Unit, 1), ("two", NumberWordKind.Unit, 2), ("three", NumberWordKind.Unit, 3),
        ("four", NumberWordKind.Unit, 4), ("five", NumberWordKind.Unit, 5), ("six", NumberWordKind.Unit, 6), ("seven", NumberWordKind.Unit, 7),
        ("eight", NumberWordKind.Unit, 8), ("nine", NumberWordKind.Unit, 9),
        ("ten", NumberWordKind.Teen, 10), ("eleven", NumberWordKind.Teen, 11), ("twelve", NumberWordKind.Teen, 12), ("thirteen", NumberWordKind.Teen, 13),
        ("fourteen", NumberWordKind.Teen, 14), ("fifteen", NumberWordKind.Teen, 15), ("sixteen", NumberWordKind.Teen, 16), ("seventeen", NumberWordKind.Teen, 17),
        ("eighteen", NumberWordKind.Teen, 18), ("nineteen", NumberWordKind.Teen, 19),
        ("twenty", NumberWordKind.Tens, 20), ("thirty", NumberWordKind.Tens, 30), ("forty", NumberWordKind.Tens, 40), ("fifty", NumberWordKind.Tens, 50),
        ("sixty", NumberWordKind.Tens, 60), ("seventy", NumberWordKind.Tens, 70), ("eighty", NumberWordKind.Tens, 80), ("ninety", NumberWordKind.Tens, 90),
        ("hundred", NumberWordKind.Hundred, 100),
        ("thousand", NumberWordKind.Scale, 1_000), ("million", NumberWordKind.Scale, 1_000_000), ("billion", NumberWordKind.Scale, 1_000_000_000),
        ("thousands", NumberWordKind.ScalePlural, 1_000), ("millions", NumberWordKind.ScalePlural, 1_000_000), ("billions", NumberWordKind.ScalePlural, 1_000_000_000),
    ];

    private static readonly FrozenDictionary<string, NumberWord> Table = Build();

    /// <summary>The Arabic conjunction «و» and English "and" join the parts of one number («خمسة وعشرين», "one hundred and five").</summary>
    internal static bool IsJoiner(string normalised) => normalised is "و" or "and";

    /// <summary>
    /// Reads one word already passed through <see cref="Normalise"/>. <paramref name="joined"/> is
    /// true when the word carried «و» (and), which matters for how it combines with the word before.
    /// </summary>
    internal static bool TryRead(string word, out NumberWord number, out bool joined)
    {
        foreach (var start in PrefixEnds(word))
        {
            if (word.Length - start >= 2 && Table.TryGetValue(word[start..], out number))
            {
                // «بالمئة», «في المئة» are "per cent": the hundred with the article is no count.
                if (number.Kind == NumberWordKind.Hundred && start >= 2 && word[(start - 2)..start] is "ال" or "لل") break;
                joined = start > 0 && word[0] == 'و';
                return true;
            }
        }
        number = default;
        joined = false;
        return false;
    }

    /// <summary>
    /// Levels the spellings that vary without changing a word: short vowels, shadda and tatweel go
    /// («جريحًا», «بـ4»); hamza seats become a bare alef («أربعة», «إحدى», «آلاف»); final «ى» and «ة»
    /// become «ي» and «ه», which writers swap; Latin letters are lower-cased; Arabic-Indic and
    /// Persian digits become 0-9.
    /// </summary>
    internal static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640':
                    continue;
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    sb.Append('ا');
                    break;
                case 'ى':
                    sb.Append('ي');
                    break;
                case 'ة':
                    sb.Append('ه');
                    break;
                case >= '\u0660' and <= '\u0669':
                    sb.Append((char)('0' + (ch - '\u0660')));
                    break;
                case >= '\u06F0' and <= '\u06F9':
                    sb.Append((char)('0' + (ch - '\u06F0')));
                    break;
                case >= 'A' and <= 'Z':
                    sb.Append((char)(ch + ('a' - 'A')));
                    break;
                default:
                    sb.Append(ch);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Where the word may start once its attached prefixes are off, shortest strip first: a
    /// conjunction (و، ف), then a preposition (ب، ل، ك), then the article (ال; after ل it is written
    /// «لل»). «والثلاثة» may be «الثلاثة» or «ثلاثة»; the whole word is tried before any strip,
    /// so «واحد» stays one and «ألف» stays a thousand.
    /// </summary>
    private static IEnumerable<int> PrefixEnds(string word)
    {
        var starts = new SortedSet<int> { 0 };
        if (word.Length > 0 && word[0] is 'و' or 'ف') starts.Add(1);
        foreach (var s in starts.ToArray())
        {
            if (s < word.Length && word[s] is 'ب' or 'ل' or 'ك') starts.Add(s + 1);
        }
        foreach (var s in starts.ToArray())
        {
            if (string.CompareOrdinal(word, s, "ال", 0, 2) == 0 || string.CompareOrdinal(word, s, "لل", 0, 2) == 0) starts.Add(s + 2);
        }
        return starts;
    }

    private static FrozenDictionary<string, NumberWord> Build()
    {
        var table = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        void Add(string word, NumberWordKind kind, decimal value) => table.TryAdd(Normalise(word), new NumberWord(kind, value));
        foreach (var (word, kind, value) in Arabic) Add(word, kind, value);
        foreach (var (stem, value) in HundredStems)
        {
            Add(stem + "مئة", NumberWordKind.Hundreds, value * 100);
            Add(stem + "مائة", NumberWordKind.Hundreds, value * 100);
        }
        foreach (var (word, kind, value) in English) Add(word, kind, value);
        // A feminine noun's «ة» is written «ت» before the dual ending: «عائلة» → «عائلتين».
        static string DualStem(string noun) => noun.EndsWith('ة') ? noun[..^1] + "ت" : noun;
        foreach (var noun in DualNouns)
        {
            Add(DualStem(noun) + "ين", NumberWordKind.Dual, 2);
            Add(DualStem(noun) + "ان", NumberWordKind.Dual, 2);
        }
        foreach (var noun in DualNounsNominativeOnly) Add(DualStem(noun) + "ان", NumberWordKind.Dual, 2);
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
