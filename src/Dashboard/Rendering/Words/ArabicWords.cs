using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

// Every switch over a vocabulary names each value and has no catch-all arm, so a value added
// without its word here is CS8509, a build error. CS8524 (a value outside the enum's names) is
// off: such a value throws SwitchExpressionException at run time instead of borrowing a word.
#pragma warning disable CS8524

/// <summary>
/// The Arabic words, written by the team for Arabic readers. Figures keep the Western digits the
/// documents themselves use ("8 مصابين", "46 ألف"), so a number reads the same in both editions.
/// </summary>
internal sealed partial class ArabicWords : Words
{
    /// <summary>
    /// A figure written inside Arabic prose, isolated left to right (U+2066 … U+2069): without it the
    /// "+" of "46,000+" takes the sentence's direction and lands on the wrong side.
    /// </summary>
    private static string Figure(string figure) => "\u2066" + figure + "\u2069";

    public override string Code => "ar";

    public override string Direction => "rtl";

    public override string Autonym => "العربية";

    public override string Side(Side side) => side switch
    {
        Model.Side.Government => "مصادر حكومية",
        Model.Side.Sdf => "مصادر قسد",
        Model.Side.Independent => "مصادر مستقلة",
    };

    public override string BothSides => "الطرفان";

    public override string Affected(Affected affected) => affected switch
    {
        Model.Affected.Civilians => "مدنيون",
        Model.Affected.GovernmentForces => "القوات الحكومية",
        Model.Affected.SdfForces => "قوات قسد",
        Model.Affected.CivilDefense => "الدفاع المدني",
        Model.Affected.Mixed => "فئات متعددة",
        Model.Affected.Unspecified => "غير محدد",
    };

    /// <summary>The six metrics the report has a tile for; a dataset's other metrics keep their own label.</summary>
    public override string Metric(Metric metric) => metric.Id switch
    {
        "killed" => "القتلى",
        "injured" => "المصابون",
        "displaced_people" => "النازحون",
        "displaced_families" => "العائلات النازحة",
        "area_cleared_pct" => "نسبة المساحة التي جرى تمشيطها",
        "attacks" => "الهجمات",
        _ => metric.Label,
    };

    public override string Unit(Unit unit) => unit switch
    {
        Model.Unit.People => "أشخاص",
        Model.Unit.Families => "عائلات",
        Model.Unit.Percent => "نسبة مئوية",
        Model.Unit.Events => "أحداث",
    };

    public override string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.Exact => "رقم محدد",
        Model.Qualifier.MoreThan => "أكثر من",
        Model.Qualifier.AtLeast => "على الأقل",
        Model.Qualifier.About => "نحو",
        Model.Qualifier.UpTo => "حتى",
        Model.Qualifier.Vague => "عبارة تقديرية",
        Model.Qualifier.Unquantified => "ذُكر دون رقم",
    };

    public override string SourceKind(string kind) => kind switch
    {
        "official" => "جهة رسمية",
        "state_media" => "إعلام رسمي",
        "party_media" => "إعلام حزبي",
        "military" => "جهة عسكرية",
        "security" => "جهة أمنية",
        "independent_media" => "إعلام مستقل",
        "political" => "جهة سياسية",
        _ => throw Unknown(nameof(SourceKind), kind),
    };

    public override string SourceName(Source source) => source.NameAr;

    public override string LanguageName(string code) => code switch { "ar" => "العربية", "en" => "الإنجليزية", _ => throw Unknown(nameof(LanguageName), code) };

    /// <summary>
    /// Arabic counts: one (with واحد), the dual, a plural from 3 to 10, an accusative singular from
    /// 11 to 99, and a genitive singular for round hundreds and zero.
    /// </summary>
    public override string Count(int n, Noun noun)
    {
        var (one, two, few, many, hundred) = noun switch
        {
            Noun.Claim => ("ادعاء واحد", "ادعاءان", "ادعاءات", "ادعاءً", "ادعاء"),
            Noun.Source => ("مصدر واحد", "مصدران", "مصادر", "مصدرًا", "مصدر"),
            Noun.Document => ("وثيقة واحدة", "وثيقتان", "وثائق", "وثيقةً", "وثيقة"),
            Noun.Side => ("طرف واحد", "طرفان", "أطراف", "طرفًا", "طرف"),
            Noun.Article => ("مقال واحد", "مقالان", "مقالات", "مقالًا", "مقال"),
            Noun.Rendering => ("ترجمة واحدة", "ترجمتان", "ترجمات", "ترجمةً", "ترجمة"),
            Noun.Incident => ("حادثة واحدة", "حادثتان", "حوادث", "حادثةً", "حادثة"),
            Noun.PressDocument => ("وثيقة صحفية واحدة", "وثيقتان صحفيتان", "وثائق صحفية", "وثيقةً صحفيةً", "وثيقة صحفية"),
        };
        if (n == 1) return one;
        if (n == 2) return two;
        var number = n.ToString("N0", CultureInfo.InvariantCulture);
        var rest = n % 100;
        return rest switch
        {
            >= 3 and <= 10 => $"{number} {few}",
            >= 11 => $"{number} {many}",
            _ => $"{number} {hundred}",
        };
    }

    protected override string WitnessesWithRenderings(int independent, IReadOnlyList<string> renderingLanguages) =>
        renderingLanguages.Count == 1
            ? $"{Count(independent, Noun.Article)}، وترجمة إلى {LanguageName(renderingLanguages[0])}"
            : $"{Count(independent, Noun.Article)}، و{Count(renderingLanguages.Count, Noun.Rendering)}";

    public override string ChartTitle(string chart) => chart switch
    {
        "by-side" => "القتلى والمصابون بحسب طرف المصدر",
        "by-source" => "القتلى والمصابون بحسب المصدر",
        "by-affected" => "القتلى والمصابون بحسب الفئة المتضررة",
        "incident-ranges" => "المدى المعلن لكل حادثة",
        _ => throw Unknown(nameof(ChartTitle), chart),
    };

    public override string ChartDescription(string chart) => chart switch
    {
        "by-side" => "مخطط أعمدة للقتلى والمصابين كما تذكرهم مصادر كل طرف، والجزء غير المؤكد من كل رقم بلون أفتح، وسهم على الأرقام المفتوحة من الأعلى.",
        "by-source" => "مخطط أعمدة للقتلى والمصابين كما يذكرهم كل مصدر، ملوّنًا بحسب الطرف الذي يتحدث المصدر باسمه.",
        "by-affected" => "مخطط أعمدة للقتلى والمصابين بحسب الفئة التي تقول الادعاءات إنها تضررت، و«غير محدد» حيث لا يذكر النص ذلك.",
        "incident-ranges" => "مخطط مدى: لكل حادثة أدنى رقم وأعلى رقم تذكره تصريحاتها؛ والعمود المنتهي بسهم مفتوح من الأعلى (هذا العدد على الأقل).",
        _ => throw Unknown(nameof(ChartDescription), chart),
    };

    public override string ChartSourceLine(int claims, int documents, string inputName) =>
        $"المصدر: {Count(claims, Noun.Claim)} وردت في {Count(documents, Noun.Document)} ({inputName}). ادعاءات صادرة عن أطراف القتال ووسائل الإعلام الرسمية، ولم يُتحقق منها.";

    public override string InputWithEdition(string input, string? edition) => edition is null ? input : $"{input}، الإصدار {Figure(edition)}";

    public override string ChartKeepsLargest(string metric, int kept, int of, Noun what) =>
        string.Create(CultureInfo.InvariantCulture, $"{metric}: أكبر {kept} من أصل {Count(of, what)}؛ القائمة الكاملة في figures.xlsx.");

    public override string LowestClaimed => "أدنى رقم معلن";

    public override string UpToHighest => "حتى أعلى رقم معلن";

    public override string OverallHeader => "الإجمالي";

    public override string BackedByHeader => "يستند إلى";

    public override IReadOnlyList<(string Lead, string Text)> Method(MethodFacts facts) =>
    [
        ("الادعاءات.", "الادعاء رقم واحد يذكره مصدر واحد في وثيقة واحدة: «مديرية الصحة تقول إن 8 أشخاص أصيبوا» كما ينقله أحد المقالات. والتصريح نفسه إذا ورد في وثيقتين فهو ادعاءان."),
        ("التصريحات.", "التصريح هو ما يقوله مصدر واحد عن مقياس واحد لحدث واحد. والادعاءات التي تشترك في المصدر والمقياس والحدث تصريح واحد يُحسب مرة واحدة. وعدد الوثائق التي تنقله يدل على مدى انتشاره لا على صحته؛ وترجمة المقال ليست شاهدًا ثانيًا، فتُذكر الترجمات ولا تُعدّ وثائق مستقلة."),
        ("الحوادث.", "الحادثة حدث واحد أو حصيلة واحدة. وإذا ذكر مصدران رقمين مختلفين للحادثة نفسها امتد مداها من أدنى الرقمين إلى أعلاهما، فيظهر الخلاف بدل أن يضيع في متوسط."),
        ("المدى.", $"«8» تعني 8؛ و«أكثر من 46 ألفًا» و«4 على الأقل» مفتوحان من الأعلى ({Figure("46,000+")} و{Figure("4+")})؛ و«حتى 30» يمتد من 0 إلى 30؛ " + (facts.VagueFloor is { } floor
            ? string.Create(CultureInfo.InvariantCulture, $"وكلمة مثل «عشرات» تُرمَّز بـ{floor:N0} على الأقل بلا حد أعلى، وهي أصغر قيمة تحتملها أي قراءة للكلمة.")
            : "والعدد المذكور بالكلمات يُرمَّز بأصغر قيمة تحتملها أي قراءة للكلمة، بلا حد أعلى.")),
        ("المجاميع.", "تجمع المجاميع مدى الحوادث المنفصلة. والحصيلة التراكمية كثيرًا ما تشمل إصابات سابقة: فإذا قال النص إن الحصيلة تشمل حدثًا لم يُضف الحدث شيئًا، وإذا لم يحسم النص ذلك امتد المجموع من أكبر الرقمين إلى مجموعهما. ولا تُجمع النسب المئوية أبدًا. ويذكر كل مجموع الادعاءات التي بُني عليها (انظر aggregates.json)."),
        ("حصيلتا الطرفين.", "يعدّ كل طرف الضحايا الذين يحمّل الطرف الآخر مسؤوليتهم، في المناطق التي يسيطر عليها: فالجانب الحكومي يعدّ من أصابهم قصف قسد لأحياء المدينة، وقسد تعدّ حصيلة عملية الجيش على الشيخ مقصود والأشرفية. وكما تروي النصوص لا يرد شخص واحد في الحصيلتين، لذلك تجمعهما المجاميع الكلية. ولا يصح مجموع الطرفين إلا إذا صحت ادعاءات الطرفين معًا؛ وحيث لا يمكن أن يصح مدى الطرفين معًا يبيّن التقرير مقدار الفرق بينهما."),
        ("تنبيهات.", $"كل رقم هنا صادر عن طرف في القتال أو عن إعلام رسمي، ونقلته {Count(facts.Documents, Noun.PressDocument)}، ولم يُتحقق من أي منها بشكل مستقل. وتذكر الوثائق تواريخ قليلة، فلا يمكن وضع الأرقام الواردة في أيام مختلفة على خط زمني. ولا تُذكر الفئة المتضررة إلا حيث يقولها النص؛ ومعظم أرقام الضحايا لا تقول إن كان القتلى والمصابون مدنيين أم مقاتلين."),
    ];
}
