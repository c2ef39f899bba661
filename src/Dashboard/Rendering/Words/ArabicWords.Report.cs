using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The report's Arabic words.</summary>
internal sealed partial class ArabicWords
{
    public override string Title(Dataset dataset) => dataset.TitleAr ?? dataset.Title;

    public override string ReadIn(Words edition) => edition.Code == "ar" ? "اقرأ هذا التقرير بالعربية" : "اقرأ هذا التقرير بالإنجليزية";

    public override string Lede(int claims, int documents, int sources, int sides) =>
        $"من يقول ماذا، وما مدى اليقين: {Count(claims, Noun.Claim)} وردت في {Count(documents, Noun.PressDocument)}، يذكرها {Count(sources, Noun.Source)} من {Count(sides, Noun.Side)}. كل رقم أدناه يعود إلى جملة مقتبسة: قائمة الادعاءات تعرض كل رقم بكلماته الأصلية.";

    public override string ReadWithCare => "اقرأ بحذر.";

    public override string Caveat => $"هذه ادعاءات أطراف في القتال ووسائل إعلام رسمية نقلتها الصحافة، ولم يُتحقق من أي منها. وحيث يكون الرقم غير مؤكد يُعرض مدىً؛ و«{Figure("46,000+")}» تعني «46,000 على الأقل، من دون حد أعلى معلن».";

    public override string SectionsMenu => "أقسام التقرير";

    public override string Heading(string section) => section switch
    {
        "headline" => "الأرقام الرئيسية",
        "contested" => "الروايات المتنازع عليها",
        "charts" => "المخططات",
        "by-side" => "المجاميع بحسب الطرف",
        "by-source" => "المجاميع بحسب المصدر",
        "claims" => "كل الادعاءات",
        "method" => "المنهجية والتنبيهات",
        "changes" => "ما تغيّر منذ الإصدار السابق",
        "provenance" => "الوثائق والتنزيلات ومصدر البيانات",
        _ => throw Unknown(nameof(Heading), section),
    };

    public override string NoSourceGivesIt => "لا يذكر أي مصدر في هذه الوثائق هذا الرقم.";

    public override string NoFigure => "لا رقم";

    public override string MentionedNoFigure => "ذُكر دون رقم";

    public override string HowCombined(Metric metric, FigureRange overall)
    {
        var what = metric.Additive ? "مجموع كل الادعاءات، مع احتساب كل حدث مرة واحدة" : "مدى الادعاءات (النسب المئوية لا تُجمع)";
        return overall.IsOpen ? what + "؛ هذا العدد على الأقل، من دون حد أعلى معلن." : overall.IsPoint ? what + "." : what + "؛ يقع الرقم الحقيقي ضمن هذا المدى إن صحت الادعاءات.";
    }

    public override string TileBacking(Total total) =>
        $"{Count(total.Sources, Noun.Source)} · {Count(total.Documents, Noun.Document)}{(total.IndependentDocuments < total.Documents ? string.Create(CultureInfo.InvariantCulture, $"، المستقل منها {total.IndependentDocuments}") : "")} · {Count(total.ClaimIds.Count, Noun.Claim)}";

    public override string DocumentWord => "الوثيقة";

    public override string Comma => "، ";

    public override string AlsoRenderedIn(string language) => $"ولها ترجمة إلى {LanguageName(language)}";

    public override string MoreInTheList(int more) => $"و{Count(more, Noun.Claim)} أخرى في القائمة أدناه";

    public override string ChartsIntro => "تمتد الأعمدة المصمتة إلى أدنى رقم معلن، والجزء الأفتح إلى أعلى رقم؛ والسهم يعني أن الادعاء لا يضع حدًا أعلى.";

    public override string ShowAsTable => "اعرض الأرقام في جدول";

    public override IReadOnlyList<string> ChartTableHeaders { get; } = ["العمود", "الرقم", "الادعاءات"];

    public override string BySideIntro => "ما تقوله مصادر كل طرف في المجموع، مع احتساب كل حدث مرة واحدة داخل الطرف.";

    public override string MetricHeader => "المقياس";

    public override string SourceHeader => "المصدر";

    public override string SideHeader => "الطرف";

    public override string KindHeader => "النوع";

    public override string Shown(int shown, int total, Noun what, string which, string where) =>
        string.Create(CultureInfo.InvariantCulture, $"تُعرض {shown:N0} من أصل {Count(total, what)}: {which}. القائمة الكاملة في {where}.");

    public override string MostClaimsFirst => "أكثرها ادعاءات";

    public override string MostCarriedFirst => "أكثرها تداولًا في الوثائق، ثم الأرقام الأكبر";

    public override string ClaimsTooltip(string ids) => "الادعاءات: " + ids;

    public override string ManyClaims(int count) => $"{Count(count, Noun.Claim)} (أرقامها في aggregates.json)";

    public override string ClaimsIntro => "كل مدخل رقم واحد كما تنقله وثيقة واحدة، مع الكلمات التي يستند إليها: النص الأصلي أولًا، ثم شرح بالإنجليزية.";

    public override IReadOnlyList<string> FilterLabels { get; } = ["الطرف", "كل الأطراف", "المقياس", "كل المقاييس", "الترتيب"];

    public override IReadOnlyList<(string Value, string Label)> Orders { get; } =
    [
        ("dataset", "كما في البيانات"), ("largest", "الرقم الأكبر أولًا"), ("smallest", "الرقم الأصغر أولًا"), ("source", "بحسب المصدر"), ("document", "بحسب الوثيقة"),
    ];

    public override string CountTemplate => "الادعاءات المعروضة: {0} من {1}.";

    public override string About(string affected) => "الفئة: " + affected;

    public override string Gloss => "الشرح بالإنجليزية:";

    public override string Note => "ملاحظة:";

    public override IReadOnlyList<string> ClaimFacts { get; } = ["الادعاء", "الوثيقة", "الحادثة"];

    public override string CarriedBy => "تنقله";

    public override IReadOnlyList<string> DocumentHeaders { get; } = ["الوثيقة", "اللغة", "الوسيلة الإعلامية", "ترجمة لـ", "الادعاءات", "البصمة (SHA-256)"];

    public override string OutletNotNamed => "لا يسمّيها النص";

    public override string Downloads => "التنزيلات";

    public override string DownloadDescription(string what) => what switch
    {
        "workbook" => "مصنف Excel (بالإنجليزية): الادعاءات، ومخططات أصلية، والمجاميع بحسب الطرف والمصدر والفئة المتضررة والوثيقة، والحوادث والمصادر والوثائق",
        "csv" => "كل ادعاء مع مداه وتصريحه ونصه المقتبس (ملف CSV بترميز UTF-8)",
        "json" => "الأرقام الرئيسية وكل مجموع مع الادعاءات التي بُني عليها (JSON)",
        "edition" => "هذا التقرير باللغة الأخرى",
        "chart" => "مخطط",
        _ => throw Unknown(nameof(DownloadDescription), what),
    };

    public override string HowMade => "كيف أُعدّت هذه الصفحة";

    public override IReadOnlyList<string> MadeLabels { get; } = ["ملف البيانات", "المولّد", "تاريخ الإعداد", "الإصدار"];

    public override string Footer(string version, string input) => $"أُعدّت بأداة Dashboard {version} من {input}. كل رقم في هذه الصفحة ادعاء، لا حقيقة مؤكدة.";

    public override string ChangesSince(string previousInput, string? previousEdition) =>
        previousEdition is null ? $"مقارنةً بملف البيانات السابق {previousInput}." : $"مقارنةً بالإصدار {Figure(previousEdition)} ({previousInput}).";

    public override string NothingChanged => "لم يتغير أي رقم أو ادعاء أو مجموع.";

    public override string Overall => "الإجمالي";

    public override string ClaimsMoved(int added, int changed, int removed) =>
        string.Create(CultureInfo.InvariantCulture, $"ادعاءات مضافة: {added}، ومعدّلة: {changed}، ومحذوفة: {removed}؛ والادعاءات الجديدة والمعدّلة معلَّمة في القائمة أدناه.");

    public override string MovedBy => "بسبب";

    public override string NewMark => "جديد";

    public override string ChangedMark(IEnumerable<string> fields) => "معدَّل: " + string.Join("، ", fields);

    public override string RemovedClaims => "ادعاءات لم تعد في البيانات";

    public override string MoreMovedBy(int more) => $"وغيرها: {Count(more, Noun.Claim)}، مدرجة كلها في ورقة Changes من figures.xlsx";

    public override string FirstInPreviousOrder => "أولها بترتيب الإصدار السابق";
}
