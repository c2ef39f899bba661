using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>
/// The harm one side's sources blame on another (or on no one named), for one metric: totalled
/// under the same statement and containment rules as every other total, with the words behind it.
/// Two sides' rows count different people (each counts the harm it blames on the other), so they
/// are never compared with each other.
/// </summary>
/// <param name="ClaimantSide">The side of the sources that make the claims.</param>
/// <param name="Blamed">Whom those claims hold responsible.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Total">The total of the claims with a figure; null when every claim only mentions the harm.</param>
/// <param name="Quotations">One quotation per statement with a figure, in the model's statement order.</param>
/// <param name="Mentions">Claims that mention the harm with no figure: shown, counted in no total.</param>
public sealed record AttributionRow(Side ClaimantSide, Blame Blamed, Metric Metric, Total? Total, IReadOnlyList<Quotation> Quotations, IReadOnlyList<Quotation> Mentions)
{
    /// <summary>
    /// The claims behind <see cref="Mentions"/>, sorted by id: only those with no figure and this
    /// row's blame, since a statement may also hold a figure, or a mention blaming someone else.
    /// </summary>
    public IReadOnlyList<string> MentionIds { get; init; } = [];

    /// <summary>Every claim behind the row, figures and mentions, sorted by id (a sort: at a million claims a row holds a hundred thousand; ask <see cref="ClaimCount"/> first).</summary>
    public IReadOnlyList<string> ClaimIds =>
        [.. (Total?.ClaimIds ?? []).Concat(MentionIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>How many claims are behind the row, without listing them (a claim is a figure or a mention, never both).</summary>
    public int ClaimCount => (Total?.ClaimIds.Count ?? 0) + MentionIds.Count;

    /// <summary>True when the claimant side blames the other party (not itself, not no one).</summary>
    public bool BlamesOtherSide => Blamed.BlamedSide() is { } blamed && blamed != ClaimantSide;
}
