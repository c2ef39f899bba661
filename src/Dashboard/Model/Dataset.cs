using System.Collections.Immutable;

namespace Dashboard.Model;

/// <summary>The curated dataset as loaded: what the documents say, not yet analysed.</summary>
/// <param name="Title">The dataset's title, in English.</param>
/// <param name="Documents">The press documents.</param>
/// <param name="Sources">Who makes the claims.</param>
/// <param name="Metrics">What is counted.</param>
/// <param name="Incidents">The harms and events claims describe, and how they nest.</param>
/// <param name="Claims">The figures.</param>
public sealed record Dataset(
    string Title,
    ImmutableArray<Document> Documents,
    ImmutableArray<Source> Sources,
    ImmutableArray<Metric> Metrics,
    ImmutableArray<Incident> Incidents,
    ImmutableArray<Claim> Claims)
{
    /// <summary>The title in Arabic, for the Arabic report; null when the curator gives none.</summary>
    public string? TitleAr { get; init; }

    /// <summary>The curator's name for this version of the dataset (a date or a number), or null.</summary>
    public string? Edition { get; init; }
}

/// <summary>A press document, identified by its seed file's name.</summary>
/// <param name="Id">The seed file's name without <c>.txt</c>.</param>
/// <param name="Language"><c>ar</c> or <c>en</c>.</param>
/// <param name="Outlet">The publisher, or null where the text does not name it.</param>
/// <param name="OutletEvidence">The words of the document that name the outlet.</param>
/// <param name="RenderingOf">The document this one translates, if any.</param>
/// <param name="Sha256">Lower-case hex digest of the file's bytes.</param>
/// <param name="Note">Curator's remark.</param>
public sealed record Document(string Id, string Language, string? Outlet, string? OutletEvidence, string? RenderingOf, string Sha256, string? Note);

/// <summary>Who makes a claim, and which side they speak for.</summary>
public sealed record Source(string Id, string Name, string NameAr, Side Side, string Kind);

/// <summary>What is counted.</summary>
public sealed record Metric(string Id, string Label, Unit Unit, bool Additive);

/// <summary>
/// A piece of harm or an event that several claims may describe. <see cref="Includes"/> and
/// <see cref="MayInclude"/> say which other incidents it certainly, or possibly, already counts.
/// </summary>
public sealed record Incident(string Id, string Description, string Place, ImmutableArray<string> Includes, ImmutableArray<string> MayInclude, string? Note);

/// <summary>One figure, said by one source, carried by one document.</summary>
public sealed record Claim(
    string Id,
    string Document,
    string Source,
    string Metric,
    double? Value,
    Qualifier Qualifier,
    double? Low,
    double? High,
    Affected Affected,
    string Incident,
    string Place,
    string? Period,
    string Evidence,
    string EvidenceEn,
    string? Note);
