using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The contested-accounts section's Arabic words, written for Arabic readers.</summary>
internal sealed partial class ArabicWords
{
    public override string ContestedIntro =>
        "لا يتنازع الطرفان على مجموع واحد: فكلٌّ منهما يعدّ الأضرار التي يحمّل الطرفَ الآخر مسؤوليتها، فحصيلتاهما تخصّان أشخاصًا مختلفين وقد تصحّان معًا. أما ما يتنازعان عليه فهو: من فعل ماذا. نعرض أولًا المسائل التي تجيب عنها الوثائق إجابات متعارضة، بكلمات كل طرف؛ ثم الأضرار التي تنسبها مصادر كل طرف إلى الآخر؛ ثم الأرقام التي تعدّ الأشخاص أنفسهم.";

    public override string ContestedPart(string part) => part switch
    {
        "contentions" => "ما يتنازع عليه الطرفان",
        "attribution" => "الأضرار التي ينسبها كل طرف إلى الآخر",
        _ => "أرقام عن الأشخاص أنفسهم",
    };

    public override string Stance(Stance stance) => stance == Model.Stance.Asserts ? "يؤكد" : "ينفي";

    public override string OneSided(Side quoted) => $"الاقتباس هنا من طرف واحد ({Side(quoted)})، ولا ترد إجابة الطرف الآخر في هذه الوثائق.";

    public override string Blames(Side claimant, Blame blamed) => blamed switch
    {
        Blame.Government => $"{Side(claimant)} تحمّل الطرف الحكومي المسؤولية",
        Blame.Sdf => $"{Side(claimant)} تحمّل قسد المسؤولية",
        _ => $"{Side(claimant)} لا تسمّي مسؤولًا",
    };

    public override string AttributionIntro =>
        "يجمع كل سطر، من دون عدّ أحد مرتين، الأضرار التي تذكرها مصادر أحد الطرفين ومن تحمّله مسؤوليتها. حصيلة المصادر الحكومية وحصيلة مصادر قسد تعدّان أشخاصًا مختلفين، لذا تُعرضان جنبًا إلى جنب ولا تُقارن إحداهما بالأخرى.";

    public override string NoConflicts => "لا يوجد مصدران يذكران عن الأشخاص أنفسهم رقمين لا يمكن أن يصحّا معًا.";

    public override string SamePeopleIntro =>
        "لا تُقارن الأرقام إلا حين تعدّ الأشخاص أنفسهم: تصريحان عن الحادثة نفسها، أو حصيلة وحادثة تشملها يقينًا أو قد تشملها.";

    public override string Compared(Comparison c)
    {
        var unit = c.Metric.Unit;
        var metric = Metric(c.Metric);
        string F(FigureRange r) => "\u2066" + r.Format(unit) + "\u2069";
        var first = F(c.First.Range);
        var second = F(c.Second.Range);
        return c.Kind switch
        {
            ComparisonKind.SameIncident when c.Conflict =>
                $"{IncidentLabel(c.First.Incident)}: لا يمكن أن يصحّ الرقمان {first} و{second} ({metric}) معًا؛ فالفرق بينهما {FigureRange.Number(c.Gap)} على الأقل.",
            ComparisonKind.SameIncident =>
                $"{IncidentLabel(c.First.Incident)}: يمكن أن يصحّ الرقمان {first} و{second} ({metric}) معًا.",
            ComparisonKind.Includes when c.Conflict =>
                $"{IncidentLabel(c.First.Incident)} ({first}، {metric}) أقل من {IncidentLabel(c.Second.Incident)} ({second}) مع أنها تشملها، بفارق {FigureRange.Number(c.Gap)} على الأقل.",
            ComparisonKind.Includes =>
                $"{IncidentLabel(c.First.Incident)} ({first}، {metric}) تشمل {IncidentLabel(c.Second.Incident)} ({second}).",
            _ => c.IfInside is { } inside
                ? $"{metric}: {F(inside)} إن كانت {IncidentLabel(c.First.Incident)} ({first}) تشمل {IncidentLabel(c.Second.Incident)} ({second})، و{F(c.IfOutside!.Value)} إن لم تكن تشملها. ولا يحدد النص أيّ القراءتين تصحّ."
                : $"{IncidentLabel(c.First.Incident)} ({first}، {metric}) لا يمكن أن تشمل كل {IncidentLabel(c.Second.Incident)} ({second})؛ ومعًا {F(c.IfOutside!.Value)}.",
        };
    }

    public override string AttributionHeader(string column) => column switch
    {
        "who" => "من يحمّل من المسؤولية",
        "metric" => "المقياس",
        "figure" => "الرقم",
        _ => "بكلماتهم",
    };

    public override string MoreInTheFiles(int more) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"وغيرها \u2066{more:N0}\u2069، وكلها مدرجة في figures.xlsx وaggregates.json.");

    public override string DocumentTitle(Document document) => document.TitleAr;

    public override string IncidentLabel(Incident incident) => incident.LabelAr;
}
