using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>
/// Figures in Arabic words. An open figure reads as the texts write it: «أكثر من 46 ألفًا» (the
/// floor excluded) or «4 على الأقل» (included). A round count of thousands, millions or billions
/// takes its counted noun, agreeing with the number: ألف، ألفان، 3 آلاف، 11 ألفًا، 100 ألف.
/// </summary>
internal sealed partial class ArabicWords
{
    /// <summary>A scale word in its forms: one, dual (nominative, genitive), plural for 3–10, accusative singular for 11–99, genitive singular otherwise.</summary>
    private sealed record Scale(double Size, string One, string Two, string TwoGenitive, string Few, string Many, string Hundred);

    private static readonly Scale[] Scales =
    [
        new(1e9, "مليار", "ملياران", "مليارين", "مليارات", "مليارًا", "مليار"),
        new(1e6, "مليون", "مليونان", "مليونين", "ملايين", "مليونًا", "مليون"),
        new(1e3, "ألف", "ألفان", "ألفين", "آلاف", "ألفًا", "ألف"),
    ];

    public override FigureText FigureParts(FigureRange range, Unit unit)
    {
        if (range.High is not null) return new("", ClosedDigits(range, unit), "");
        // «أكثر من» governs the genitive (أكثر من ألفين); «… على الأقل» follows a nominative (ألفان على الأقل).
        var (number, noun) = Counted(range.Low, unit, genitive: range.LowExclusive);
        var after = noun.Length == 0 ? "" : (number.Length == 0 ? noun : " " + noun);
        return range.LowExclusive
            ? new("أكثر من ", number, after)
            : number.Length == 0 ? new(after, "", " على الأقل") : new("", number, after + " على الأقل");
    }

    /// <summary>
    /// A number as Arabic prose counts it: digits, then the scale's noun where the number is a whole
    /// count of thousands (millions, billions) below a thousand of them; otherwise the digits alone.
    /// </summary>
    private static (string Number, string Noun) Counted(double n, Unit unit, bool genitive)
    {
        if (unit != Model.Unit.Percent && n == Math.Floor(n))
        {
            foreach (var s in Scales)
            {
                if (n < s.Size || n % s.Size != 0 || n / s.Size >= 1000) continue;
                var k = (long)(n / s.Size);
                if (k == 1) return ("", s.One);
                if (k == 2) return ("", genitive ? s.TwoGenitive : s.Two);
                var number = FigureRange.Number(k);
                return (k % 100) switch
                {
                    >= 3 and <= 10 => (number, s.Few),
                    >= 11 => (number, s.Many),
                    _ => (number, s.Hundred),
                };
            }
        }
        return (Digits(n, unit), "");
    }

    // Opens with a word, not the mark: a label starting with neutral characters would take the chart's direction from them.
    public override string OpenEndedKey => "علامة «+»: لا يضع المصدر حدًّا أعلى للرقم";

    /// <summary>A count after a preposition or in a genitive construct («من طرفين», «في وثيقتين صحفيتين»): only the dual changes.</summary>
    internal string CountAfter(int n, Noun noun) => Counted(n, noun, genitive: true);

    /// <summary>
    /// A counted noun's forms: one, dual nominative and genitive, plural (3–10), accusative singular
    /// (11–99), genitive singular (round hundreds, zero). A claim is «رقم معلن», a stated figure:
    /// «ادعاء» reads as "allegation", which the page must not call every figure.
    /// </summary>
    private static string Counted(int n, Noun noun, bool genitive)
    {
        var (one, two, twoGenitive, few, many, hundred) = noun switch
        {
            Noun.Claim => ("رقم معلن واحد", "رقمان معلنان", "رقمين معلنين", "أرقام معلنة", "رقمًا معلنًا", "رقم معلن"),
            Noun.Source => ("مصدر واحد", "مصدران", "مصدرين", "مصادر", "مصدرًا", "مصدر"),
            Noun.Document => ("وثيقة واحدة", "وثيقتان", "وثيقتين", "وثائق", "وثيقةً", "وثيقة"),
            Noun.PressDocument => ("وثيقة صحفية واحدة", "وثيقتان صحفيتان", "وثيقتين صحفيتين", "وثائق صحفية", "وثيقةً صحفيةً", "وثيقة صحفية"),
            Noun.Side => ("طرف واحد", "طرفان", "طرفين", "أطراف", "طرفًا", "طرف"),
            Noun.Question => ("مسألة واحدة", "مسألتان", "مسألتين", "مسائل", "مسألةً", "مسألة"),
            Noun.Position => ("موقف واحد", "موقفان", "موقفين", "مواقف", "موقفًا", "موقف"),
            Noun.Comparison => ("مقارنة واحدة", "مقارنتان", "مقارنتين", "مقارنات", "مقارنةً", "مقارنة"),
            Noun.Article => ("مقال واحد", "مقالان", "مقالين", "مقالات", "مقالًا", "مقال"),
            Noun.Rendering => ("ترجمة واحدة", "ترجمتان", "ترجمتين", "ترجمات", "ترجمةً", "ترجمة"),
            Noun.Incident => ("حادثة واحدة", "حادثتان", "حادثتين", "حوادث", "حادثةً", "حادثة"),
        };
        if (n == 1) return one;
        if (n == 2) return genitive ? twoGenitive : two;
        var number = n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        return (n % 100) switch
        {
            >= 3 and <= 10 => $"{number} {few}",
            >= 11 => $"{number} {many}",
            _ => $"{number} {hundred}",
        };
    }
}
