using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>A claim with what analysis derives from it: its range, its source's side, its statement.</summary>
/// <param name="Claim">The claim as recorded.</param>
/// <param name="Source">Who made it.</param>
/// <param name="Metric">What it counts.</param>
/// <param name="StatementOf">The statement it belongs to.</param>
public sealed record AnalysedClaim(Claim Claim, Source Source, Metric Metric, Statement StatementOf)
{
    /// <summary>
    /// The range its words allow; null when it mentions harm with no figure. Worked out from the claim
    /// when read rather than stored: a stored range took 40 of the object's 88 bytes, 40 MB at a million claims.
    /// </summary>
    public FigureRange? Range => FigureRange.Of(Claim);

    /// <summary>True when the claim gives a figure; a mention with none is counted in no total.</summary>
    public bool HasFigure => Claim.HasFigure;

    /// <summary>The key of the statement it belongs to (read from the statement, not stored: a million claims would hold a million copies).</summary>
    public StatementKey Statement => StatementOf.Key;

    /// <summary>The side of the source that made the claim (not the side the figure is about).</summary>
    public Side Side => Source.Side;
}

/// <summary>
/// What makes two claims one statement: the same source, saying the same metric, about the same
/// incident. The same words carried by two documents are one statement, counted once.
/// </summary>
public readonly record struct StatementKey(string Source, string Metric, string Incident)
{
    /// <summary>"source/metric/incident", stable and readable in tables.</summary>
    public override string ToString() => $"{Source}/{Metric}/{Incident}";
}

/// <summary>A statement: its claims, the documents that carry it and the range they give.</summary>
/// <param name="Key">Source, metric, incident.</param>
/// <param name="Range">The union of its claims' ranges (they normally agree); null when none of its claims gives a figure.</param>
/// <param name="ClaimIds">Its claims, by id.</param>
/// <param name="Documents">The documents carrying it, by id; their count is its corroboration.</param>
/// <param name="IndependentDocuments">
/// How many of those documents are separate witnesses: a rendering (<c>rendering_of</c>) and the
/// document it renders count once, because a translation is not a second report.
/// </param>
public sealed record Statement(StatementKey Key, FigureRange? Range, IReadOnlyList<string> ClaimIds, IReadOnlyList<string> Documents, int IndependentDocuments)
{
    /// <summary>How many documents carry the statement.</summary>
    public int Corroboration => Documents.Count;

    /// <summary>How many of the carrying documents render another of them.</summary>
    public int Renderings => Documents.Count - IndependentDocuments;

    /// <summary>
    /// Its claims that give a figure, by id: the claims behind its range. A claim that only mentions
    /// the harm joins the statement but not its figure. Set by the model; the same list as
    /// <see cref="ClaimIds"/> when every claim gives a figure.
    /// </summary>
    internal IReadOnlyList<string> FiguredClaimIds { get; init; } = [];

    /// <summary>
    /// Its place in the model's <see cref="AnalysedModel.Statements"/>, set once when analysis puts
    /// the statements in order (-1 until then): where <see cref="AnalysedModel.QuotationOf"/> and the
    /// comparisons find its quotation. It takes the object's padding, so a statement is no larger for it.
    /// </summary>
    internal int Rank { get; set; } = -1;

    /// <summary>
    /// Equal when key, range, lists and count are, as the record's own equality would have it (the
    /// lists compared as the record compares them); the rank, a place in one model, is left out.
    /// </summary>
    public bool Equals(Statement? other) => other is not null && (ReferenceEquals(this, other) || (
        Key.Equals(other.Key)
        && EqualityComparer<FigureRange?>.Default.Equals(Range, other.Range)
        && EqualityComparer<IReadOnlyList<string>>.Default.Equals(ClaimIds, other.ClaimIds)
        && EqualityComparer<IReadOnlyList<string>>.Default.Equals(Documents, other.Documents)
        && IndependentDocuments == other.IndependentDocuments
        && EqualityComparer<IReadOnlyList<string>>.Default.Equals(FiguredClaimIds, other.FiguredClaimIds)));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Range, ClaimIds, Documents, IndependentDocuments, FiguredClaimIds);
}
