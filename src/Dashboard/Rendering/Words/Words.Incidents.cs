namespace Dashboard.Rendering.Words;

/// <summary>The words of the incidents section: what each incident is and which others it counts.</summary>
public abstract partial class Words
{
    /// <summary>What the incidents table shows and why nesting matters to the totals.</summary>
    public abstract string IncidentsIntro { get; }

    /// <summary>Headers of the incidents table, by column: "incident", "description", "place", "nesting", "note".</summary>
    public abstract string IncidentHeader(string column);

    /// <summary>The incidents another certainly counts: "includes: A, B".</summary>
    public abstract string Includes(IReadOnlyList<string> labels);

    /// <summary>The incidents another may count: "may include: A (the text does not say)".</summary>
    public abstract string MayInclude(IReadOnlyList<string> labels);
}
