using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The contested-accounts section's English words.</summary>
internal sealed partial class EnglishWords
{
    public override string ContestedIntro =>
        "The sides do not dispute one sum: each counts the harm it blames on the other, so their tolls are about different people and can both be true. What they contest is who did what. First, the questions the sides answer differently, in each side's words as the documents quote them; then the harm each side's sources blame on the other; then the figures that count the same people.";

    public override string ContestedPart(string part) => part switch
    {
        "contentions" => "What the sides contest",
        "attribution" => "Harm each side blames on the other",
        "same-people" => "Figures about the same people",
        _ => throw Unknown(nameof(ContestedPart), part),
    };

    public override string Stance(Stance stance) => stance == Model.Stance.Asserts ? "Asserts" : "Denies";

    public override string OneSided(Side quoted) => $"Quoted from one side only ({Side(quoted)}): the other side's answer is not in these documents.";

    public override string Blames(Side claimant, Blame blamed) => blamed switch
    {
        Blame.Government => $"{Side(claimant)} blame the government side",
        Blame.Sdf => $"{Side(claimant)} blame the SDF side",
        Blame.NotStated => $"{Side(claimant)} name no one responsible",
    };

    public override string AttributionIntro =>
        "Each row totals, without counting anyone twice, the harm one side's sources report and whom they hold responsible. A government toll and an SDF toll count different people, so the rows are set side by side, never against each other.";

    public override string ConflictsFirst => "the conflicts first, then the others in metric order";

    public override string FirstInDatasetOrder => "the first in the dataset's order";

    public override string NoConflicts => "No two figures about the same people contradict each other.";

    public override string SamePeopleIntro =>
        "Figures are compared only when they count the same people: two statements about one incident, or a toll and an incident it includes or may include.";

    public override string Compared(Comparison c)
    {
        var unit = c.Metric.Unit;
        var metric = Metric(c.Metric).ToLowerInvariant();
        var first = Figure(c.First.Range, unit);
        var second = Figure(c.Second.Range, unit);
        return c.Kind switch
        {
            ComparisonKind.SameIncident when c.Conflict =>
                $"{IncidentLabel(c.First.Incident)}: {first} and {second} {metric} cannot both hold; they are at least {FigureRange.Number(c.Gap)} apart.",
            ComparisonKind.SameIncident =>
                $"{IncidentLabel(c.First.Incident)}: {first} and {second} {metric} can both hold.",
            ComparisonKind.Includes when c.Conflict =>
                $"{IncidentLabel(c.First.Incident)} ({first} {metric}) is lower than {IncidentLabel(c.Second.Incident)} ({second}), which it includes: at least {FigureRange.Number(c.Gap)} short.",
            ComparisonKind.Includes =>
                $"{IncidentLabel(c.First.Incident)} ({first} {metric}) includes {IncidentLabel(c.Second.Incident)} ({second}).",
            ComparisonKind.MayInclude => c.IfInside is { } inside
                ? $"{Figure(inside, unit)} {metric} if {IncidentLabel(c.First.Incident)} ({first}) counts {IncidentLabel(c.Second.Incident)} ({second}); {Figure(c.IfOutside!.Value, unit)} if it does not. The text does not say which."
                : $"{IncidentLabel(c.First.Incident)} ({first} {metric}) cannot count all of {IncidentLabel(c.Second.Incident)} ({second}); together {Figure(c.IfOutside!.Value, unit)}.",
        };
    }

    public override string AttributionHeader(string column) => column switch
    {
        "who" => "Who holds whom responsible",
        "metric" => "Metric",
        "figure" => "Figure",
        "words" => "In their words",
        _ => throw Unknown(nameof(AttributionHeader), column),
    };

    /// <summary>The title, with the outlet after it where the data names one and the title does not already say it.</summary>
    public override string DocumentTitle(Document document) =>
        document.Outlet is { } outlet && !document.Title.Contains(outlet, StringComparison.Ordinal) ? $"{document.Title} ({outlet})" : document.Title;

    public override string IncidentLabel(Incident incident) => incident.Label;
}
