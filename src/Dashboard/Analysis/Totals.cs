using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>The kinds of group a total is computed for.</summary>
public enum GroupKind
{
    /// <summary>Every claim.</summary>
    Overall,
    /// <summary>The claims of one side's sources.</summary>
    Side,
    /// <summary>The claims of one source.</summary>
    Source,
    /// <summary>The claims about one affected group.</summary>
    Affected,
    /// <summary>The claims one document carries.</summary>
    Document,
}

/// <summary>Wire names of group kinds.</summary>
public static class GroupKinds
{
    /// <summary>"overall", "side", "source", "affected", "document": as aggregates.json, the diff and the workbook write it.</summary>
    public static string Wire(this GroupKind group) => group switch
    {
        GroupKind.Overall => "overall",
        GroupKind.Side => "side",
        GroupKind.Source => "source",
        GroupKind.Affected => "affected",
        _ => "document",
    };
}

/// <summary>
/// One aggregate: for a group of claims and a metric, the range they support without counting the
/// same people twice, and the claims it was made from.
/// </summary>
/// <param name="Group">What kind of group.</param>
/// <param name="Key">Which one: "all", a side, a source id, an affected group, a document id.</param>
/// <param name="Metric">The metric id.</param>
/// <param name="Range">The total (a sum over incidents, or for a percentage the range of its claims).</param>
/// <param name="ClaimIds">Every claim that went into it, sorted by id.</param>
/// <param name="Documents">How many documents carry those claims.</param>
/// <param name="IndependentDocuments">How many of those are separate witnesses: a rendering and the document it renders count once.</param>
/// <param name="Sources">How many sources made them.</param>
/// <param name="Statements">How many distinct statements they form.</param>
public sealed record Total(GroupKind Group, string Key, string Metric, FigureRange Range, IReadOnlyList<string> ClaimIds, int Documents, int IndependentDocuments, int Sources, int Statements)
{
    /// <summary>Wire name of the group kind, as in aggregates.json.</summary>
    public string GroupName => Group.Wire();

    /// <summary>The sources of the claims behind the total, in the order their claims come (ids sorted); a source may repeat.</summary>
    /// <remarks>Read from the model's positions, so no claim id is looked up; a total made elsewhere has none.</remarks>
    internal IEnumerable<Source> SourcesOfClaims => ClaimIds is ClaimIdList list
        ? list.Claims.Select(c => c.Source)
        : throw new InvalidOperationException("only a total the model built knows its claims");
}

/// <summary>An incident's range for one metric, before any group or containment is applied.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Metric">The metric id.</param>
/// <param name="Range">Lowest low and highest high of its statements.</param>
/// <param name="Statements">Its statements for this metric.</param>
/// <param name="ContainedBy">The incident that includes or may include this one, if any.</param>
/// <param name="Containment">"includes" or "may_include" when ContainedBy is set.</param>
public sealed record IncidentRange(Incident Incident, string Metric, FigureRange Range, IReadOnlyList<Statement> Statements, string? ContainedBy, string? Containment)
{
    /// <summary>
    /// Every claim behind the range, sorted by id: its statements' claims that give a figure (a claim
    /// that mentions the harm with no figure shares a statement with a figure but is not behind it).
    /// Worked out once by the model; the Incidents sheet, aggregates.json, the charts and the compared figures read it.
    /// </summary>
    public required IReadOnlyList<string> ClaimIds { get; init; }

    /// <summary>The same claims as positions in the model's claims, in the same order (null on a range made elsewhere).</summary>
    internal IReadOnlyList<int>? ClaimPositions { get; init; }
}

/// <summary>What the report puts in one tile: a metric's overall figure and each side's.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Overall">The overall total.</param>
/// <param name="BySide">Each side with claims for the metric, in vocabulary order.</param>
public sealed record Headline(Metric Metric, Total? Overall, IReadOnlyList<(Side Side, Total Total)> BySide)
{
    /// <summary>The side's total, or null when that side's sources give no figure.</summary>
    public Total? For(Side side) => BySide.FirstOrDefault(s => s.Side == side).Total;
}

/// <summary>
/// A total's claim ids: a slice of positions into its group kind's sorted array, read as ids. The
/// totals of one kind share that array, so a claim's id is not copied into every total it is in.
/// </summary>
internal sealed class ClaimIdList(System.Collections.Immutable.ImmutableArray<AnalysedClaim> claims, string[] idOf, ArraySegment<int> positions) : IReadOnlyList<string>
{
    /// <inheritdoc />
    public string this[int index] => idOf[positions[index]];

    /// <inheritdoc />
    public int Count => positions.Count;

    /// <summary>The claims themselves, in the same order as their ids.</summary>
    public IEnumerable<AnalysedClaim> Claims => positions.Select(i => claims[i]);

    /// <summary>The claims as positions in the model's claims, in the same order as their ids.</summary>
    public ArraySegment<int> Positions => positions;

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator()
    {
        foreach (var i in positions) yield return idOf[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
