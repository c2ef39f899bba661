using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

// Every switch over a vocabulary names each value, without a catch-all arm (see .editorconfig).

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

    public override string BothSides => "مصادر الطرفين";

    public override string Affected(Affected affected) => affected switch
    {
        Model.Affected.Civilians => "مدنيون",
        Model.Affected.GovernmentForces => "القوات الحكومية",
        Model.Affected.SdfForces => "قوات قسد",
        Model.Affected.CivilDefense => "الدفاع المدني",
        Model.Affected.Mixed => "فئات متعددة",
        Model.Affected.Unspecified => "فئة لا يحددها النص",
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
        Model.Unit.People => "عدد الأشخاص",
        Model.Unit.Families => "عدد العائلات",
        Model.Unit.Percent => "نسبة مئوية",
        Model.Unit.Events => "عدد الأحداث",
    };

    public override string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.Exact => "رقم محدد",
        Model.Qualifier.MoreThan => "أكثر من",
        Model.Qualifier.AtLeast => "على الأقل",
        Model.Qualifier.About => "رقم تقريبي",
        Model.Qualifier.UpTo => "حدّ أقصى",
        Model.Qualifier.Vague => "عبارة تقديرية",
        Model.Qualifier.Unquantified => "بلا رقم",
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
    /// 11 to 99, and a genitive singular for round hundreds and zero. Nominative: the form a count
    /// takes as a subject or standing alone; <see cref="CountAfter"/> gives the genitive.
    /// </summary>
    public override string Count(int n, Noun noun) => Counted(n, noun, genitive: false);

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
        "by-side" => "رسم بياني بالأعمدة للقتلى والمصابين كما تذكرهم مصادر كل طرف، والجزء غير المؤكد من كل رقم بلون أفتح، وسهم على الأرقام التي لا حدّ أعلى لها.",
        "by-source" => "رسم بياني بالأعمدة للقتلى والمصابين كما يذكرهم كل مصدر، ملوّنًا بحسب الطرف الذي يتحدث المصدر باسمه.",
        "by-affected" => "رسم بياني بالأعمدة للقتلى والمصابين بحسب الفئة التي تقول المصادر إنها تضررت، و«فئة لا يحددها النص» حيث لا يذكر النص ذلك.",
        "incident-ranges" => "رسم بياني للمدى: لكل حادثة أدنى رقم وأعلى رقم تذكره تصريحاتها؛ والعمود المنتهي بسهم لا حدّ أعلى له (هذا العدد على الأقل).",
        _ => throw Unknown(nameof(ChartDescription), chart),
    };

    public override string ChartSourceLine(int claims, int documents, string inputName) =>
        $"المصدر: {Count(claims, Noun.Claim)} من {CountAfter(documents, Noun.PressDocument)} ({inputName}). أرقام أعلنتها أطراف القتال ووسائل الإعلام الرسمية، ولم يُتحقق منها.";

    public override string InputWithEdition(string input, string? edition) => edition is null ? input : $"{input}، الإصدار {Figure(edition)}";

    public override string ChartKeepsLargest(string metric, int kept, int of, Noun what) =>
        string.Create(CultureInfo.InvariantCulture, $"{metric}: أكبر {kept} من أصل {CountAfter(of, what)}؛ القائمة الكاملة في figures.xlsx.");

    public override string LowestClaimed => "أدنى رقم معلن";

    public override string UpToHighest => "حتى أعلى رقم معلن";

    public override string OverallHeader => "الإجمالي";

    public override string BackedByHeader => "يستند إلى";

    public override IReadOnlyList<(string Lead, string Text)> Method(MethodFacts facts) =>
    [
        ("الأرقام المعلنة.", "الرقم المعلن رقم واحد يذكره مصدر واحد في وثيقة واحدة: «مديرية الصحة تقول إن 8 أشخاص أصيبوا» كما ينقله أحد المقالات. والتصريح نفسه إذا ورد في وثيقتين فهو رقمان معلنان."),
        ("التصريحات.", "التصريح هو ما يقوله مصدر واحد عن مقياس واحد لحدث واحد. والأرقام المعلنة التي تشترك في المصدر والمقياس والحدث تصريح واحد يُحسب مرة واحدة. وعدد الوثائق التي تنقله يدل على مدى انتشاره لا على صحته؛ وترجمة المقال ليست شاهدًا ثانيًا، فتُذكر الترجمات ولا تُعدّ وثائق مستقلة."),
        ("الحوادث.", "الحادثة حدث واحد أو حصيلة واحدة. وإذا ذكر مصدران رقمين مختلفين للحادثة نفسها امتد مداها من أدنى الرقمين إلى أعلاهما، فيظهر الخلاف بدل أن يضيع في متوسط."),
        ("المدى.", "«8» تعني 8. و«أكثر من 46 ألفًا» و«4 على الأقل» حدّان أدنيان بلا حد أعلى، وتكتبهما الصفحة كما يصوغهما النص؛ ولا تختصرهما إلا الرسوم البيانية، بعلامة «+» وسهم يشرحهما مفتاح الرسم. و«حتى 30» يمتد من 0 إلى 30. " + VagueRule(facts)),
        ("إشارة بلا رقم.", "حيث يذكر النص ضررًا دون رقم («إصابات بصفوف قوى الأمن والجيش») تعرضه الصفحة تحت مقياسه وطرفه على أنه «إشارة بلا رقم»، مع كلماته. ولا يدخل في أي مجموع، ولا يجعل مجموعًا مفتوحًا أو مغلقًا."),
        ("المجاميع.", "تُجمع نطاقات الحوادث المنفصلة. والحصيلة التراكمية كثيرًا ما تشمل إصابات سابقة: فإذا قال النص إن الحصيلة تشمل حدثًا لم يُضف الحدث شيئًا، وإذا لم يحسم النص ذلك امتد المجموع من أكبر الرقمين إلى مجموعهما. ولا تُجمع النسب المئوية أبدًا. ويذكر كل مجموع الأرقام المعلنة التي بُني عليها (انظر aggregates.json)."),
        ("أرقام كل طرف.", "في هذه الوثائق يعدّ كل طرف الأضرار التي يحمّل الطرفَ الآخر مسؤوليتها، فحصيلتا الطرفين عن أشخاص مختلفين: قد تصحّان معًا، ولا تصلح إحداهما دليلًا على الأخرى. وتبدأ الأرقام الرئيسية برقم كل طرف والمصادر التي تذكره. وحيث تعرض أيضًا حاصل جمع رقمَي الطرفين، فهذا المجموع من صنع هذه الصفحة، لا يذكره أي مصدر، ولا يصح إلا إذا صحت كل الأرقام الداخلة فيه."),
        ("ما يتنازع عليه الطرفان.", "ما تختلف عليه الوثائق هو من فعل ماذا: من قصف، ومن هاجم، ومن يُبقي المدنيين أو يُخرجهم. وتعرض الروايات المتنازع عليها كل مسألة من هذا النوع مع جواب كل طرف بكلماته المقتبسة، مبيّنةً من يؤكد ومن ينفي؛ وإذا لم يُقتبس إلا طرف واحد قيل ذلك. وإلى جانبها تُجمع الأضرار التي تنسبها مصادر كل طرف إلى الآخر بالقواعد نفسها التي يُحسب بها كل رقم آخر."),
        ("أرقام عن الأشخاص أنفسهم.", "لا يُقارن رقمان إلا إذا عدّا الأشخاص أنفسهم: تصريحان عن الحادثة نفسها، أو حصيلة وحادثة تشملها. ولا يتناقضان إلا إذا لم يتسع لهما رقم واحد، أو إذا قلّت حصيلةٌ عن جزء تشمله. وحيث قد تشمل حصيلةٌ حصيلةً أخرى وقد لا تشملها تذكر الصفحة الرقم في كل من القراءتين."),
        ("تنبيهات.", $"كل رقم هنا صادر عن طرف في القتال أو عن إعلام رسمي، ونقلتها الصحافة في {CountAfter(facts.Documents, Noun.PressDocument)}، ولم يُتحقق من أي منها على نحو مستقل. وتذكر الوثائق تواريخ قليلة: ما يقوله نص كل وثيقة عن وقت كتابتها مذكور بكلماته في جدول الوثائق، ولا يمكن وضع الأرقام الواردة في أيام مختلفة على خط زمني. ولا تُذكر الفئة المتضررة إلا حيث يقولها النص؛ ومعظم أرقام الضحايا لا تقول إن كان القتلى والمصابون مدنيين أم مقاتلين."),
    ];

    private static string VagueRule(MethodFacts facts) => (facts.VagueFloor, facts.VagueCeiling) switch
    {
        ({ } floor, { } ceiling) => string.Create(CultureInfo.InvariantCulture,
            $"وكلمة مثل «عشرات» تُرمَّز بمدى من {floor:N0} إلى {ceiling:N0}: من أصغر قيمة تحتملها أي قراءة للكلمة إلى حيث كان النص سيقول «مئات»."),
        ({ } floor, null) => string.Create(CultureInfo.InvariantCulture,
            $"وكلمة مثل «عشرات» تُرمَّز بـ{floor:N0} على الأقل بلا حد أعلى، وهي أصغر قيمة تحتملها أي قراءة للكلمة."),
        _ => "والعدد المذكور بالكلمات يُرمَّز بأصغر قيمة تحتملها أي قراءة للكلمة.",
    };
}
