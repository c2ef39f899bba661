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

    /// <summary>What the sides contest: questions each side answers differently, with their quoted positions.</summary>
    public ImmutableArray<Contention> Contentions { get; init; } = [];
}

/// <summary>A press document, identified by its seed file's name.</summary>
/// <param name="Id">The seed file's name without <c>.txt</c>.</param>
/// <param name="Language"><c>ar</c> or <c>en</c>.</param>
/// <param name="Outlet">The publisher, or null where the text does not name it.</param>
/// <param name="OutletEvidence">The words of the document that name the outlet.</param>
/// <param name="RenderingOf">The document this one translates, if any.</param>
/// <param name="Sha256">Lower-case hex digest of the file's bytes.</param>
/// <param name="Note">Curator's remark.</param>
public sealed record Document(string Id, string Language, string? Outlet, string? OutletEvidence, string? RenderingOf, string Sha256, string? Note)
{
    /// <summary>The outlet's name as Arabic readers know it, or null where the curator gives none.</summary>
    public string? OutletAr { get; init; }

    /// <summary>The curator's short descriptive title in English (never the outlet's headline).</summary>
    public string Title { get; init; } = Id;

    /// <summary>The curator's short descriptive title in Arabic.</summary>
    public string TitleAr { get; init; } = Id;

    /// <summary>What the text says about when it was written or its statements made, in English; null where it says nothing.</summary>
    public string? Reported { get; init; }

    /// <summary>The same in Arabic; null exactly when <see cref="Reported"/> is.</summary>
    public string? ReportedAr { get; init; }

    /// <summary>The document's own words that <see cref="Reported"/> stands on.</summary>
    public string? ReportedEvidence { get; init; }

    /// <summary>The curator's remark in Arabic.</summary>
    public string? NoteAr { get; init; }
}

/// <summary>Who makes a claim, and which side they speak for.</summary>
public sealed record Source(string Id, string Name, string NameAr, Side Side, string Kind);

/// <summary>What is counted.</summary>
public sealed record Metric(string Id, string Label, Unit Unit, bool Additive);

/// <summary>
/// A piece of harm or an event that several claims may describe. <see cref="Includes"/> and
/// <see cref="MayInclude"/> say which other incidents it certainly, or possibly, already counts.
/// </summary>
public sealed record Incident(string Id, string Description, string Place, ImmutableArray<string> Includes, ImmutableArray<string> MayInclude, string? Note)
{
    /// <summary>The description in Arabic.</summary>
    public string DescriptionAr { get; init; } = Description;

    /// <summary>The place in Arabic.</summary>
    public string PlaceAr { get; init; } = Place;

    /// <summary>A short chart label in English.</summary>
    public string Label { get; init; } = Id;

    /// <summary>A short chart label in Arabic.</summary>
    public string LabelAr { get; init; } = Id;

    /// <summary>The curator's remark in Arabic.</summary>
    public string? NoteAr { get; init; }
}

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
    string? Note)
{
    /// <summary>The side the claim's source holds responsible for the harm, or <see cref="Blame.NotStated"/>.</summary>
    public Blame Blames { get; init; } = Blame.NotStated;

    /// <summary>The curator's note in Arabic.</summary>
    public string? NoteAr { get; init; }

    /// <summary>True when the claim gives a number or bounded words; false for harm mentioned with no figure.</summary>
    public bool HasFigure => Qualifier != Qualifier.Unquantified;
}

/// <summary>
/// A question the sides answer differently ("Who shelled the neighbourhoods?"), with each quoted
/// position. A contention may have positions from one side only; it then says so.
/// </summary>
/// <param name="Id">kebab-case id.</param>
/// <param name="Question">The neutral question, in English.</param>
/// <param name="QuestionAr">The question in Arabic.</param>
/// <param name="Positions">Who asserts or denies the question's claim, in their words.</param>
/// <param name="Note">Curator's remark.</param>
/// <param name="NoteAr">Curator's remark in Arabic.</param>
public sealed record Contention(string Id, string Question, string QuestionAr, ImmutableArray<Position> Positions, string? Note, string? NoteAr);

/// <summary>One source's answer to a contention, quoted from one document.</summary>
/// <param name="Id">Unique across all positions.</param>
/// <param name="Source">The source id.</param>
/// <param name="Document">The document id.</param>
/// <param name="Stance">Whether the source asserts or denies the question's claim.</param>
/// <param name="Evidence">The verbatim words, in the document's language.</param>
/// <param name="EvidenceEn">An English gloss in the team's words.</param>
public sealed record Position(string Id, string Source, string Document, Stance Stance, string Evidence, string EvidenceEn);
