using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

// Every switch over a vocabulary names each value, without a catch-all arm (see .editorconfig).

/// <summary>The English words.</summary>
internal sealed partial class EnglishWords : Words
{
    public override string Code => "en";

    public override string Direction => "ltr";

    public override string Autonym => "English";

    public override string Side(Side side) => side switch
    {
        Model.Side.Government => "Government sources",
        Model.Side.Sdf => "SDF sources",
        Model.Side.Independent => "Independent sources",
    };

    public override string BothSides => "Both sides";

    public override string Affected(Affected affected) => affected switch
    {
        Model.Affected.Civilians => "civilians",
        Model.Affected.GovernmentForces => "government forces",
        Model.Affected.SdfForces => "SDF forces",
        Model.Affected.CivilDefense => "civil defence",
        Model.Affected.Mixed => "mixed groups",
        Model.Affected.Unspecified => "not stated",
    };

    public override string Metric(Metric metric) => metric.Label;

    public override string Unit(Unit unit) => unit switch
    {
        Model.Unit.People => "people",
        Model.Unit.Families => "families",
        Model.Unit.Percent => "per cent",
        Model.Unit.Events => "events",
    };

    public override string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.Exact => "exact",
        Model.Qualifier.MoreThan => "more than",
        Model.Qualifier.AtLeast => "at least",
        Model.Qualifier.About => "about",
        Model.Qualifier.UpTo => "up to",
        Model.Qualifier.Vague => "in words",
        Model.Qualifier.Unquantified => "no number given",
    };

    public override string SourceKind(string kind) => kind switch
    {
        "official" => "official",
        "state_media" => "state media",
        "party_media" => "party media",
        "military" => "military",
        "security" => "security",
        "independent_media" => "independent media",
        "political" => "political",
        _ => throw Unknown(nameof(SourceKind), kind),
    };

    public override string SourceName(Source source) => source.Name;

    public override string LanguageName(string code) => code switch { "ar" => "Arabic", "en" => "English", _ => throw Unknown(nameof(LanguageName), code) };

    public override string Count(int n, Noun noun)
    {
        var (one, many) = noun switch
        {
            Noun.Claim => ("claim", "claims"),
            Noun.Source => ("source", "sources"),
            Noun.Document => ("document", "documents"),
            Noun.Side => ("side", "sides"),
            Noun.Article => ("article", "articles"),
            Noun.Rendering => ("rendering", "renderings"),
            Noun.Incident => ("incident", "incidents"),
            Noun.PressDocument => ("press document", "press documents"),
            Noun.Question => ("question", "questions"),
            Noun.Position => ("position", "positions"),
            Noun.Comparison => ("comparison", "comparisons"),
        };
        return Plural(n, one, many);
    }

    /// <summary>"1 claim", "2 claims": the number and the noun's form for it.</summary>
    private static string Plural(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n:N0} {(n == 1 ? one : many)}");

    protected override string WitnessesWithRenderings(int independent, IReadOnlyList<string> renderingLanguages) =>
        renderingLanguages.Count == 1
            ? $"{Count(independent, Noun.Article)}, also in an {LanguageName(renderingLanguages[0])} rendering"
            : $"{Count(independent, Noun.Article)}, also in {Count(renderingLanguages.Count, Noun.Rendering)}";

    public override string ChartTitle(string chart) => chart switch
    {
        "by-side" => "Killed and injured, by claimant side",
        "by-source" => "Killed and injured, by source",
        "by-affected" => "Killed and injured, by who was affected",
        "incident-ranges" => "Range claimed for each incident",
        _ => throw Unknown(nameof(ChartTitle), chart),
    };

    public override string ChartDescription(string chart) => chart switch
    {
        "by-side" => "Bar chart of the killed and injured each side's sources report, with the uncertain part of each figure lighter and an arrow on open-ended figures.",
        "by-source" => "Bar chart of the killed and injured each source reports, coloured by the side the source speaks for.",
        "by-affected" => "Bar chart of the killed and injured by the group the claims say was affected; 'not stated' where the text does not say.",
        "incident-ranges" => "Range chart: for each incident, the lowest and highest figure its statements give; bars ending in an arrow are open-ended (at least this many).",
        _ => throw Unknown(nameof(ChartDescription), chart),
    };

    public override string ChartSourceLine(int claims, int documents, string inputName) =>
        $"Source: {Count(claims, Noun.Claim)} in {Count(documents, Noun.PressDocument)} ({inputName}). Claims by parties to the fighting and state media, not verified.";

    public override string InputWithEdition(string input, string? edition) => edition is null ? input : $"{input}, edition {edition}";

    public override string ChartKeepsLargest(string metric, int kept, int of, Noun what) =>
        $"{metric}: the {kept} largest of {Count(of, what)}; all are in figures.xlsx.";

    public override string LowestClaimed => "lowest figure claimed";

    public override string UpToHighest => "up to the highest figure claimed";

    public override string OverallHeader => "Overall";

    public override string BackedByHeader => "Backed by";

    public override IReadOnlyList<(string Lead, string Text)> Method(MethodFacts facts) =>
    [
        ("Claims.", "A claim is one figure, said by one source, in one document: “the Health Directorate says 8 were injured”, as one article reports it. The same statement carried by two documents is two claims."),
        ("Statements.", "A statement is what one source says about one metric of one event. Claims with the same source, metric and event are one statement and are counted once. The number of documents carrying it shows how widely it was relayed, not whether it is true; a translation of an article is not a second witness, so renderings are named and not counted as independent documents."),
        ("Incidents.", "An incident is one event or one toll. When two sources give different figures for the same incident, its range runs from the lowest to the highest, so disagreement shows instead of being averaged away."),
        ("Ranges.", "“8” is 8. “More than 46,000” and “at least 4” are floors with no upper limit, and the page words each as its text does; only the charts shorten them, with a “+” and an arrow that their key explains. “Up to 30” runs from 0 to 30. " + VagueRule(facts)),
        ("Mentioned, no figure.", "Where a text mentions harm without a number (“injuries among the security forces and the army”), the page shows it under its metric and side as “mentioned, no figure”, with its words. It is counted in no total, and it never makes a total open or closed."),
        ("Totals.", "Totals add the ranges of separate incidents. A cumulative toll often already counts earlier casualties: where the text says a toll includes an event, the event adds nothing; where the text leaves it open, the total runs from the larger of the two figures to their sum. Percentages are never added. Every total lists the claims it was built from (see aggregates.json)."),
        ("Each side’s figures.", "In these documents each side counts the harm it blames on the other, so the two sides’ tolls are about different people: both can be true at once, and neither is evidence against the other. The headline figures lead with each side’s figure and the sources that give it. Where they also show the sides’ claims added, that sum is made here, stated by no source, and holds only if every claim in it does."),
        ("What the sides contest.", "What the documents dispute is who did what: who shelled, who attacked, who keeps civilians in or drives them out. The contested accounts give each such question with each side’s answer in its own quoted words, saying who asserts and who denies; a question quoted from one side only says so. Next to them, the harm each side’s sources blame on the other is totalled under the same rules as every other figure."),
        ("Figures about the same people.", "Two figures are compared only when they count the same people: two statements about one incident, or a toll and an incident it includes. They contradict each other only if no number fits both, or if a toll is lower than a part it includes. Where a toll may or may not include another, the page gives the figure under each reading."),
        ("Caveats.", $"Every figure here comes from a party to the fighting or from state media, relayed by {Count(facts.Documents, Noun.PressDocument)}; none is independently verified. The documents give few dates: what each says about when it was written is listed with its own words under provenance, and figures from different days cannot be placed on a timeline. Who a figure concerns is given only where the text says so; most casualty figures do not say whether the dead and injured were civilians or fighters."),
    ];

    private static string VagueRule(MethodFacts facts) => (facts.VagueFloor, facts.VagueCeiling) switch
    {
        ({ } floor, { } ceiling) => string.Create(CultureInfo.InvariantCulture,
            $"A word such as “dozens” (عشرات) is coded from {floor:N0} to {ceiling:N0}: the smallest value any reading of the word allows, up to where the text would say “hundreds”."),
        ({ } floor, null) => string.Create(CultureInfo.InvariantCulture,
            $"A word such as “dozens” (عشرات) is coded as at least {floor:N0} with no upper limit, the smallest value any reading of the word allows."),
        _ => "A number given in words is coded with the smallest value any reading of the word allows.",
    };
}
