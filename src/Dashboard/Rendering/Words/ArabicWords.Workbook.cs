using System.Globalization;

namespace Dashboard.Rendering.Words;

/// <summary>
/// The workbook's Arabic words. Column headers, sheet names and vocabulary values (government,
/// more_than) stay as the workbook writes them, so a description names what the reader sees.
/// </summary>
internal sealed partial class ArabicWords
{
    public override string WorkbookLede(int documents) =>
        $"أرقام أوردتها {Count(documents, Noun.PressDocument)} عن الاشتباكات، كلٌّ منها مربوط بمقطع مقتبس من وثيقته، ومجاميع لا تعدّ الأشخاص أنفسهم مرتين.";

    public override string InputFileLabel => "ملف الإدخال";

    public override string InputDigestLabel => "بصمة SHA-256 لملف الإدخال";

    public override string EditionLabel => "الإصدار";

    public override string ComparedWithLabel => "مقارنةً بـ";

    public override string PreviousInput(string previousInput, string? previousEdition) =>
        previousEdition is null ? previousInput : $"الإصدار {Figure(previousEdition)}: {previousInput}";

    public override string PreviousDigestLabel => "بصمة SHA-256 للملف السابق";

    public override string GeneratorLabel => "البرنامج المولِّد";

    public override string ClaimsLabel => "الأرقام المعلنة";

    public override string DocumentsLabel => "الوثائق";

    public override string SourcesLabel => "المصادر";

    public override string StorageHeading => "كيف يخزّن هذا المصنف الأرقام";

    public override IReadOnlyList<string> StorageNotes { get; } =
    [
        "كل رقم هنا أعلنه طرف في القتال أو الإعلام الرسمي ونقلته الصحافة، ولم يُتحقق من أي منها.",
        "العمودان range_low وrange_high مشتقان: المدى الذي تحتمله عبارة الرقم، أو مدى المجموع. والمدى المفتوح من الأعلى تبقى فيه خانة range_high فارغة، وتكون قيمة open_above فيه TRUE، ويُعرض بصيغة مثل \u206646,000+\u2069.",
        "في ورقة Claims، العمودان low وhigh هما الحدّان المسجّلان لرقم ورد بالكلمات («عشرات»: الحد الأدنى 20 بلا حد أعلى)، كما هما في data/claims.json.",
        "النسب المئوية مخزّنة نقاطًا (90 تعني 90%) وتُعرض بعلامة %، ولا تُجمع أبدًا.",
        "أعمدة ورقة Charts تقرأ صيغًا تشير إلى أوراق By side وBy source وIncidents: إذا صُحّح رقم هناك تبعه عموده.",
        "عند الطباعة تُصغَّر أعمدة كل ورقة لتتسع لعرض الصفحة، ويتكرر صف العناوين في كل صفحة؛ والجدول الأعرض من أن يُقرأ في صفحة واحدة يُطبع على صفحات متجاورة تبدأ كلٌّ منها بمعرّف الصف.",
    ];

    public override string ClaimsContinueOn(int rowsPerSheet, IReadOnlyList<string> sheets) =>
        $"لا تتسع ورقة واحدة لكل الأرقام المعلنة (يتسع Excel لـ{Figure(rowsPerSheet.ToString("N0", CultureInfo.InvariantCulture))} من الصفوف في الورقة)، فتتواصل في {string.Join(Comma, sheets)}.";

    public override string LinksLeftOut(int claims, int maxLinks) =>
        $"مع {Figure(claims.ToString("N0", CultureInfo.InvariantCulture))} من الأرقام المعلنة حُذفت الروابط من كل رقم إلى صفَّي مصدره ووثيقته (يسمح Excel بـ{Figure(maxLinks.ToString("N0", CultureInfo.InvariantCulture))} من الروابط في الورقة)؛ صفِّ ورقتي Sources وDocuments بالمعرّف بدلًا من ذلك.";

    public override string SheetsHeading => "الأوراق";

    public override string ClaimColumnsHeading => "أعمدة ورقة Claims (وملف claims.csv)";

    public override IReadOnlyDictionary<string, string> ClaimColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "معرّف الرقم المعلن في data/claims.json.",
        ["document"] = "الوثيقة التي تحمل الرقم (اسم ملفها الأصلي).",
        ["source"] = "صاحب الرقم (معرّف المصدر).",
        ["source_name"] = "اسم المصدر بالإنجليزية.",
        ["side"] = "الطرف الذي يتحدث المصدر باسمه: government أو sdf أو independent.",
        ["metric"] = "ما يُعدّ: killed أو injured أو displaced_people أو displaced_families أو area_cleared_pct أو attacks.",
        ["unit"] = "people أو families أو percent أو events.",
        ["value"] = "العدد كما كُتب؛ وتبقى الخانة فارغة للرقم الوارد بالكلمات.",
        ["qualifier"] = "كيف يقيّد النص الرقم: exact أو more_than أو at_least أو about أو up_to أو vague، أو unquantified (ضرر مذكور دون رقم، لا يدخل في أي مجموع).",
        ["low"] = "كما سُجّل، للرقم الوارد بالكلمات وحده: أدنى قراءة له («عشرات»: 20).",
        ["high"] = "كما سُجّل، للرقم الوارد بالكلمات وحده: أعلى قراءة له، وفارغ إن لم تكن له قراءة عليا.",
        ["range_low"] = "مشتق: أدنى رقم تحتمله عبارة الرقم.",
        ["range_high"] = "مشتق: أعلى رقم تحتمله العبارة، وفارغ إذا كان المدى مفتوحًا من الأعلى.",
        ["open_above"] = "TRUE إذا لم يُذكر حد أعلى («أكثر من 46 ألفًا»).",
        ["display"] = "المدى نصًّا، مثل \u20668\u2069 و\u206657–59\u2069 و\u206646,000+\u2069.",
        ["affected"] = "من يخصّه الرقم كما يقول النص، وunspecified إذا لم يقل.",
        ["incident"] = "الضرر أو الحدث الذي يصفه الرقم؛ والأرقام التي تصف الحدث نفسه تشترك فيه.",
        ["blames"] = "من يحمّله مصدرُ الرقم مسؤوليةَ الضرر: government (الطرف الحكومي) أو sdf (قسد) أو not_stated (لا يسمّي النص أحدًا، أو الرقم ليس ضررًا).",
        ["statement"] = "source/metric/incident: الأرقام التي تشترك في التصريح نفسه تُحسب مرة واحدة.",
        ["corroboration"] = "عدد الوثائق التي تنقل التصريح.",
        ["independent_documents"] = "كم منها تقارير منفصلة: الترجمة وأصلها يُحسبان مرة واحدة.",
        ["place"] = "المكان، بأدق ما يسمح به النص.",
        ["period"] = "الزمن بعبارة النص، وفارغ إذا لم يذكر النص وقتًا.",
        ["evidence"] = "المقطع الحرفي من الوثيقة، بلغتها.",
        ["evidence_en"] = "شرح المقطع بالإنجليزية، بكلمات المحرّر.",
        ["note"] = "ما يلزم المحلل معرفته عن الرقم.",
    };

    public override string AboutSheetHolds => "ما هذا المصنف، ومن أين جاء، والقواعد التي بُنيت عليها أرقامه.";

    public override string ChartsSheetHolds => "رسوم بيانية من Excel نفسه للقتلى والمصابين (بحسب طرف المصدر، وبحسب المصدر، ومدى كل حادثة)، مرسومة من صيغ تشير إلى خلايا هذا المصنف.";

    public override string ChangesSheetHolds(string previous) => $"ما تغيّر منذ الإصدار السابق: {previous}.";

    public override string PreviousInputInFull(string previousInput, string sha256, string? previousEdition) =>
        previousEdition is null ? $"{previousInput} (sha256 {sha256})" : $"الإصدار {Figure(previousEdition)} ({previousInput}، sha256 {sha256})";

    public override string ClaimsSheetHolds => "صف لكل رقم معلن: الرقم كما سُجّل، ومداه، ومصدره، وطرفه، وحادثته، وتصريحه، وعدد الوثائق التي تنقله، والمقطع المقتبس.";

    public override string BySideSheetHolds => "مجاميع مصادر كل طرف لكل مقياس، مع الأرقام التي بُني عليها كل مجموع.";

    public override string BySourceSheetHolds => "مجاميع كل مصدر لكل مقياس.";

    public override string ByAffectedSheetHolds => "مجاميع كل فئة متضررة (من يخصّه الرقم) لكل مقياس.";

    public override string ByDocumentSheetHolds => "مجاميع كل وثيقة لكل مقياس.";

    public override string IncidentsSheetHolds => "مدى كل حادثة لكل مقياس، والحادثة التي قد تشملها.";

    public override string ContestedSheetHolds => "ما يتنازع عليه الطرفان: كل مسألة تجيب عنها الوثائق إجابات متعارضة، وموقف كل طرف بكلماته.";

    public override string AttributionSheetHolds => "الأضرار التي تنسبها مصادر كل طرف إلى من تحمّله مسؤوليتها، لكل مقياس، من دون عدّ أحد مرتين. سطور الطرفين تعدّ أشخاصًا مختلفين، فتُعرض جنبًا إلى جنب ولا تُقارن.";

    public override string SamePeopleSheetHolds => "أرقام لا تُقارن إلا حين تعدّ الأشخاص أنفسهم: تصريحان عن الحادثة نفسها، أو حصيلة وحادثة تشملها أو قد تشملها (تُقرأ على الوجهين ولا تُعدّ تعارضًا).";

    public override string SourcesSheetHolds => "أصحاب الأرقام، والطرف الذي يتحدث كلٌّ منهم باسمه.";

    public override string DocumentsSheetHolds => "الوثائق الصحفية: لغتها، والوسيلة الإعلامية إن ذُكرت، وبصمة SHA-256.";

    public override string ChartsSheetTitle => "الرسوم البيانية: القتلى والمصابون كما تعلنهم المصادر";

    public override string ChartsSheetNote => "يقرأ كل رسم جدول الأرقام الواقع تحت الرسوم، وخلاياه صيغ تشير إلى أوراق By side وBy source وIncidents، فإذا صُحّح رقم هناك تحرّك عموده. تتبع الأعمدة range_low وrange_high، وتتبع التسميات display. والعمود مصمت حتى أدنى رقم معلن، وأفتح لونًا حتى أعلاه.";

    public override string OpenEndedInBarLabel => $"الأرقام المفتوحة من الأعلى (مثل {Figure("46,000+")}) معلَّمة في تسمية العمود.";

    public override string FiguresOfChart(string title) => $"أرقام «{title}»";

    public override string LowestColumn(string group) => $"{group}: الأدنى";

    public override string ToHighestColumn(string group) => $"{group}: حتى الأعلى";

    public override string MoreClaimsThanFit(int count) =>
        $"… والمزيد: {Figure(count.ToString("N0", CultureInfo.InvariantCulture))} من الأرقام المعلنة في المجموع، والقائمة الكاملة في aggregates.json.";

    public override string NotInListTitle => "قيمة خارج القائمة المتفق عليها";

    public override string NotInList(string column) => $"يجب أن تكون قيمة «{column}» إحدى القيم الواردة في data/README.md.";

    public override string PageNumber(string page, string pages) => $"الصفحة {page} من {pages}";
}
