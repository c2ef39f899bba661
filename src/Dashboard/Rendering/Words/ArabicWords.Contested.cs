using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The contested-accounts section's Arabic words, written for Arabic readers.</summary>
internal sealed partial class ArabicWords
{
    public override string ContestedIntro =>
        "لا يختلف الطرفان على حصيلة بعينها، إذ يعدّ كلٌّ منهما الأضرار التي يحمّل الطرفَ الآخر مسؤوليتها، فحصيلتاهما عن أشخاص مختلفين وقد تصحّان معًا؛ وإنما يختلفان على مَن فعل ماذا. نعرض أولًا المسائل التي يجيب عنها الطرفان إجابات متعارضة، بكلمات كلٍّ منهما كما تنقلها الوثائق؛ ثم الأضرار التي تنسبها مصادر كل طرف إلى الآخر؛ ثم الأرقام التي تعدّ الأشخاص أنفسهم.";

    public override string ContestedPart(string part) => part switch
    {
        "contentions" => "ما يتنازع عليه الطرفان",
        "attribution" => "الأضرار التي ينسبها كل طرف إلى الآخر",
        "same-people" => "أرقام عن الأشخاص أنفسهم",
        _ => throw Unknown(nameof(ContestedPart), part),
    };

    // Nouns, not verbs: the speaker may be a ministry, a council or a spokesman, and a verb would have to agree with each.
    public override string Stance(Stance stance) => stance == Model.Stance.Asserts ? "تأكيد" : "نفي";

    public override string OneSided(Side quoted) => $"الاقتباس هنا من طرف واحد ({Side(quoted)})، ولا ترد إجابة الطرف الآخر في هذه الوثائق.";

    public override string Blames(Side claimant, Blame blamed) => blamed switch
    {
        Blame.Government => $"{TheSources(claimant)} تحمّل الطرف الحكومي المسؤولية",
        Blame.Sdf => $"{TheSources(claimant)} تحمّل قسد المسؤولية",
        Blame.NotStated => $"{TheSources(claimant)} لا تسمّي مسؤولًا",
    };

    /// <summary>A side's sources as the subject of a sentence, with the article («المصادر الحكومية»), where a label reads without it («مصادر حكومية»).</summary>
    private string TheSources(Side side) => side switch
    {
        Model.Side.Government => "المصادر الحكومية",
        Model.Side.Sdf => "مصادر قسد",
        Model.Side.Independent => "المصادر المستقلة",
    };

    public override string AttributionIntro =>
        "يجمع كل سطر، من دون عدّ أحد مرتين، الأضرار التي تذكرها مصادر أحد الطرفين ومن تحمّله مسؤوليتها. حصيلة المصادر الحكومية وحصيلة مصادر قسد تعدّان أشخاصًا مختلفين، لذا تُعرضان جنبًا إلى جنب ولا تُقارن إحداهما بالأخرى.";

    public override string ConflictsFirst => "المتناقضة أولًا، ثم غيرها بترتيب المقاييس";

    public override string FirstInDatasetOrder => "أولها بترتيب البيانات";

    public override string NoConflicts => "لا يتناقض رقمان عن الأشخاص أنفسهم.";

    public override string SamePeopleIntro =>
        "لا تُقارن الأرقام إلا حين تعدّ الأشخاص أنفسهم: تصريحان عن الحادثة نفسها، أو حصيلة وحادثة تشملها يقينًا أو قد تشملها.";

    public override string Compared(Comparison c)
    {
        var unit = c.Metric.Unit;
        var metric = Metric(c.Metric);
        string F(FigureRange r) => Figure(r, unit);
        // «رقم» (masculine) is the subject throughout, so no verb has to agree with an incident's label.
        string Of(ComparedFigure f) => $"رقم «{IncidentLabel(f.Incident)}» البالغ {F(f.Range)}";
        var gap = FigureRange.Number(c.Gap);
        return c.Kind switch
        {
            ComparisonKind.SameIncident when c.Conflict =>
                $"«{IncidentLabel(c.First.Incident)}»: لا يمكن أن يصحّ الرقمان {F(c.First.Range)} و{F(c.Second.Range)} ({metric}) معًا؛ فالفرق بينهما {gap} على الأقل.",
            ComparisonKind.SameIncident =>
                $"«{IncidentLabel(c.First.Incident)}»: يمكن أن يصحّ الرقمان {F(c.First.Range)} و{F(c.Second.Range)} ({metric}) معًا.",
            ComparisonKind.Includes when c.Conflict =>
                $"{metric}: {Of(c.First)} أقل من {Of(c.Second)} مع أنه يشمله، بفارق {gap} على الأقل.",
            ComparisonKind.Includes =>
                $"{metric}: {Of(c.First)} يشمل {Of(c.Second)}.",
            ComparisonKind.MayInclude => c.IfInside is { } inside
                ? $"{metric}: {F(inside)} إن كان {Of(c.First)} يشمل {Of(c.Second)}، و{F(c.IfOutside!.Value)} إن لم يكن يشمله. ولا يحدد النص أيّ القراءتين تصحّ."
                : $"{metric}: لا يمكن أن يشمل {Of(c.First)} {Of(c.Second)} كله؛ ومجموعهما {F(c.IfOutside!.Value)}.",
        };
    }

    public override string AttributionHeader(string column) => column switch
    {
        "who" => "من يحمّل من المسؤولية",
        "metric" => "المقياس",
        "figure" => "الرقم",
        "words" => "بكلمات المصادر",
        _ => throw Unknown(nameof(AttributionHeader), column),
    };

    /// <summary>
    /// The Arabic title, with the outlet's Arabic name where the data gives one and the title does not
    /// already say it; an outlet known only by its Latin name is given as written (the page marks it English).
    /// </summary>
    public override string DocumentTitle(Document document) =>
        (document.OutletAr ?? document.Outlet) is { } outlet && !document.TitleAr.Contains(outlet, StringComparison.Ordinal) ? $"{document.TitleAr} ({outlet})" : document.TitleAr;

    public override string IncidentLabel(Incident incident) => incident.LabelAr;
}
