using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The report's Arabic words.</summary>
internal sealed partial class ArabicWords
{
    public override string Title(Dataset dataset) => dataset.TitleAr ?? dataset.Title;

    public override string ReadIn(Words edition) => edition.Code == "ar" ? "اقرأ هذا التقرير بالعربية" : "اقرأ هذا التقرير بالإنجليزية";

    public override string Lede(int claims, int documents, IReadOnlyList<(Side Side, int Sources)> sources)
    {
        var total = sources.Sum(s => s.Sources);
        var bySide = string.Join("، و", sources.Select(s => s.Side switch
        {
            Model.Side.Government => $"{s.Sources.ToString("N0", CultureInfo.InvariantCulture)} من الطرف الحكومي",
            Model.Side.Sdf => $"{s.Sources.ToString("N0", CultureInfo.InvariantCulture)} من طرف قسد",
            Model.Side.Independent => $"{s.Sources.ToString("N0", CultureInfo.InvariantCulture)} {(s.Sources == 1 ? "مستقل" : "مستقلة")}",
        }));
        return $"من يقول ماذا، وإلى أي حدّ يمكن الوثوق به: {Count(claims, Noun.Claim)} من {CountAfter(documents, Noun.PressDocument)}، أعلنها {Count(total, Noun.Source)} ({bySide}). كل رقم أدناه يعود إلى جملة مقتبسة: قائمة الأرقام المعلنة تعرض كل رقم بنص جملته الأصلية.";
    }

    public override string ReadWithCare => "تنبيه:";

    public override string Caveat => "هذه أرقام أعلنتها أطراف في القتال ووسائل إعلام رسمية، ونقلتها الصحافة، ولم يُتحقق من أي منها. وحيث يكون الرقم غير مؤكد يُعرض في صورة مدى، ويُكتب الرقم المفتوح كما يصوغه نصه: «أكثر من 46 ألفًا» أو «4 على الأقل»، وهو حدٌّ أدنى لا يُذكر له حدٌّ أعلى.";

    public override string SectionsMenu => "أقسام التقرير";

    public override string Heading(string section) => section switch
    {
        "headline" => "الأرقام الرئيسية",
        "contested" => "الروايات المتنازع عليها",
        "charts" => "الرسوم البيانية",
        "by-side" => "المجاميع بحسب الطرف",
        "by-source" => "المجاميع بحسب المصدر",
        "incidents" => "الحوادث وتداخلها",
        "claims" => "كل الأرقام المعلنة",
        "method" => "المنهجية والتنبيهات",
        "changes" => "ما تغيّر منذ الإصدار السابق",
        "provenance" => "الوثائق والتنزيلات ومصدر البيانات",
        _ => throw Unknown(nameof(Heading), section),
    };

    public override string NoSourceGivesIt => "لا يذكر أي مصدر في هذه الوثائق هذا الرقم.";

    public override string NoFigureFrom(Side side) => $"لا تذكر {TheSources(side)} رقمًا";

    public override string MentionedNoFigure => "إشارة بلا رقم";

    public override string CombinedLabel(int sides) => sides == 2 ? "حاصل جمع رقمَي الطرفين" : "حاصل جمع أرقام الأطراف كلها";

    public override string CombinedWhy(Metric metric, bool blamedOnEachOther) => !metric.Additive
        ? "لا يذكر أي مصدر هذا المدى: إنه يمتد بين أرقام الأطراف. ولا تُجمع النسب المئوية أبدًا."
        : blamedOnEachOther
            ? "لا يذكر أي مصدر هذا الرقم. ويجوز جمع الرقمين لأن كل طرف يعدّ الأضرار التي يحمّل الطرفَ الآخر مسؤوليتها، فهما عن أشخاص مختلفين. وتُحسب كل حادثة مرة واحدة."
            : "لا يذكر أي مصدر هذا الرقم. إنه يجمع الأرقام المعلنة عن حوادث منفصلة، كلٌّ منها مرة واحدة؛ وحيث قد تشمل حصيلةٌ حصيلةً أخرى يغطي المدى القراءتين.";

    public override string ClaimedBy => "بحسب";

    public override string TileBacking(Total total) =>
        // Documents beyond the independent ones are renderings: "3 وثائق: مقالان وترجمة واحدة".
        $"{Count(total.Sources, Noun.Source)} · {Count(total.Documents, Noun.Document)}{(total.IndependentDocuments < total.Documents ? $": {Count(total.IndependentDocuments, Noun.Article)} و{Count(total.Documents - total.IndependentDocuments, Noun.Rendering)}" : "")} · {Count(total.ClaimIds.Count, Noun.Claim)}";

    public override string Comma => "، ";

    public override string NameSeparator => "، و";

    public override string MoreInTheList(int more) => $"وفي القائمة أدناه {Count(more, Noun.Claim)} غيرها";

    public override string ChartsIntro => "تمتد الأعمدة المصمتة إلى أدنى رقم معلن، والجزء الأفتح إلى أعلى رقم؛ والسهم وعلامة «+» يعنيان أن المصدر لا يضع حدًّا أعلى للرقم.";

    public override string ShowAsTable => "اعرض الأرقام في جدول";

    public override IReadOnlyList<string> ChartTableHeaders { get; } = ["العمود", "الرقم", "معرّفات الأرقام المعلنة"];

    public override string BySideIntro => "ما تقوله مصادر كل طرف في المجموع، مع احتساب كل حدث مرة واحدة داخل الطرف.";

    public override string MetricHeader => "المقياس";

    public override string SourceHeader => "المصدر";

    public override string SideHeader => "الطرف";

    public override string KindHeader => "النوع";

    public override string Shown(int shown, int total, Noun what, string which, string where) =>
        $"تُعرض {shown.ToString("N0", CultureInfo.InvariantCulture)} من أصل {CountAfter(total, what)}: {which}. القائمة الكاملة في {where}.";

    public override string MostClaimsFirst => "أكثرها أرقامًا معلنة";

    public override string MostCarriedFirst => "أكثرها تداولًا في الوثائق، ثم الأرقام الأكبر";

    public override string ClaimsTooltip(string ids) => "الأرقام المعلنة: " + ids;

    public override string ManyClaims(int count) => $"{Count(count, Noun.Claim)} (معرّفاتها في aggregates.json)";

    public override string ClaimsIntro => "كل مدخل رقم واحد كما تنقله وثيقة واحدة، مع الكلمات التي يستند إليها بلغتها الأصلية؛ وما ورد في الترجمة الإنجليزية يُعرض بكلمات الأصل العربي أولًا حيث وُجد. والشرح بالإنجليزية مطويّ لمن أراده.";

    public override IReadOnlyList<string> FilterLabels { get; } = ["الطرف", "كل الأطراف", "المقياس", "كل المقاييس", "الترتيب"];

    public override IReadOnlyList<(string Value, string Label)> Orders { get; } =
    [
        ("dataset", "كما في البيانات"), ("largest", "الرقم الأكبر أولًا"), ("smallest", "الرقم الأصغر أولًا"), ("source", "بحسب المصدر"), ("document", "بحسب الوثيقة"),
    ];

    public override string CountTemplate => "الأرقام المعروضة: {0} من {1}.";

    public override string AboutGroup(Affected affected) =>
        affected == Model.Affected.Unspecified ? "لا يحدد النص الفئة المتضررة" : "الفئة المتضررة: " + Affected(affected);

    public override string Gloss => "الشرح بالإنجليزية";

    public override string InTheOriginal(string documentTitle) => $"في الأصل العربي، «{documentTitle}»:";

    public override string InTheRendering(string language) => $"وفي الترجمة إلى {LanguageName(language)}:";

    public override string Note => "ملاحظة:";

    public override string ClaimFact(string fact) => fact switch
    {
        "claim" => "المعرّف",
        "document" => "الوثيقة",
        "incident" => "الحادثة",
        _ => throw Unknown(nameof(ClaimFact), fact),
    };

    public override string CarriedBy => "تنقله";

    public override string DocumentHeader(string column) => column switch
    {
        "document" => "الوثيقة",
        "id" => "الملف",
        "language" => "اللغة",
        "outlet" => "الوسيلة الإعلامية",
        "reported" => "متى كُتبت، بحسب نصها",
        "renders" => "ترجمة لـ",
        "claims" => "الأرقام المعلنة",
        "sha256" => "البصمة (SHA-256)",
        _ => throw Unknown(nameof(DocumentHeader), column),
    };

    public override string NotReported => "لا يذكر النص ذلك";

    public override string OutletName(Document document) => document.OutletAr ?? document.Outlet ?? OutletNotNamed;

    public override string OutletNotNamed => "لا يسمّيها النص";

    public override string Downloads => "التنزيلات";

    public override string DownloadDescription(string what) => what switch
    {
        "workbook" => "مصنف Excel (بالإنجليزية): الأرقام المعلنة، ورسوم بيانية مُنشأة داخل Excel، والمجاميع بحسب الطرف والمصدر والفئة المتضررة والوثيقة، والحوادث والمصادر والوثائق",
        "csv" => "كل رقم معلن مع مداه وتصريحه ونصه المقتبس (ملف CSV بترميز UTF-8)",
        "json" => "الأرقام الرئيسية وكل مجموع مع الأرقام المعلنة التي بُني عليها (JSON)",
        "edition" => "هذا التقرير باللغة الأخرى",
        "chart" => "رسم بياني",
        _ => throw Unknown(nameof(DownloadDescription), what),
    };

    public override string HowMade => "كيف أُعدّت هذه الصفحة";

    public override IReadOnlyList<string> MadeLabels { get; } = ["ملف البيانات", "المولّد", "تاريخ الإعداد", "الإصدار"];

    public override string Footer(string version, string input) => $"أُعدّت بأداة Dashboard {version} من {input}. كل رقم في هذه الصفحة رقمٌ معلن نقلته الصحافة، لا حقيقة مؤكدة.";

    public override string ChangesSince(string previousInput, string? previousEdition) =>
        previousEdition is null ? $"مقارنةً بملف البيانات السابق {previousInput}." : $"مقارنةً بالإصدار {Figure(previousEdition)} ({previousInput}).";

    public override string NothingChanged => "لم يتغير أي رقم معلن أو مجموع.";

    public override string Overall => "الإجمالي";

    public override string ClaimsMoved(int added, int changed, int removed) =>
        string.Create(CultureInfo.InvariantCulture, $"أرقام معلنة مضافة: {added}، ومعدّلة: {changed}، ومحذوفة: {removed}؛ والجديدة والمعدّلة منها معلَّمة في القائمة أدناه.");

    public override string MovedBy => "بسبب";

    public override string NewMark => "جديد";

    public override string ChangedMark(IEnumerable<string> fields) => "معدَّل: " + string.Join("، ", fields);

    public override string RemovedClaims => "أرقام معلنة لم تعد في البيانات";

    public override string MoreMovedBy(int more) => $"وغيرها: {Count(more, Noun.Claim)}، مدرجة كلها في ورقة Changes من figures.xlsx";

    public override string FirstInPreviousOrder => "أولها بترتيب الإصدار السابق";

    public override string IncidentsIntro =>
        "الحادثة حدث واحد أو حصيلة واحدة. وإذا كانت حصيلةٌ تشمل حادثةً أخرى يقينًا لم تُضف المجاميع شيئًا عن الجزء؛ وإذا كانت قد تشملها امتدت المجاميع من الرقم الأكبر إلى مجموع الرقمين، لأن النص لا يحسم ذلك.";

    public override string IncidentHeader(string column) => column switch
    {
        "incident" => "الحادثة",
        "description" => "ما هي",
        "place" => "المكان",
        "nesting" => "ما تشمله",
        "note" => "ملاحظة",
        _ => throw Unknown(nameof(IncidentHeader), column),
    };

    public override string Includes(IReadOnlyList<string> labels) => "تشمل: " + string.Join("؛ ", labels);

    public override string MayInclude(IReadOnlyList<string> labels) => "قد تشمل: " + string.Join("؛ ", labels) + " (لا يحسم النص ذلك)";
}
