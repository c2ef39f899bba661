using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The words of the contested-accounts section: questions, accusations, figures about the same people.</summary>
public abstract partial class Words
{
    /// <summary>What the section shows, and why two sides' tolls are never set against each other.</summary>
    public abstract string ContestedIntro { get; }

    /// <summary>Sub-headings: "contentions", "attribution", "same-people".</summary>
    public abstract string ContestedPart(string part);

    /// <summary>A position's stance, as a label before its words.</summary>
    public abstract string Stance(Stance stance);

    /// <summary>Said of a contention quoted from one side only.</summary>
    public abstract string OneSided(Side quoted);

    /// <summary>Who a row of the attribution table holds responsible: "Government sources blame the SDF side".</summary>
    public abstract string Blames(Side claimant, Blame blamed);

    /// <summary>What the attribution table shows, and why its rows are not compared with each other.</summary>
    public abstract string AttributionIntro { get; }

    /// <summary>Which comparisons a long list keeps: the conflicts first.</summary>
    public abstract string ConflictsFirst { get; }

    /// <summary>Which questions or positions a long list keeps: the first in the dataset's order.</summary>
    public abstract string FirstInDatasetOrder { get; }

    /// <summary>Said when no two figures about the same people conflict.</summary>
    public abstract string NoConflicts { get; }

    /// <summary>What the same-people list holds, and how to read it.</summary>
    public abstract string SamePeopleIntro { get; }

    /// <summary>
    /// One comparison in words: a conflict and its gap; two statements that can both hold; or, for
    /// an incident that may include another, the figure under each reading.
    /// </summary>
    public abstract string Compared(Comparison comparison);

    /// <summary>Column headers of the attribution table: "who", "metric", "figure", "words".</summary>
    public abstract string AttributionHeader(string column);

    /// <summary>A document as readers know it: the curator's title in this language.</summary>
    public abstract string DocumentTitle(Document document);

    /// <summary>An incident's short label in this language (charts, lists).</summary>
    public abstract string IncidentLabel(Incident incident);
}
