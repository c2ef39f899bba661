using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>
/// The curator's text in this language: every field the data gives in English and Arabic is read
/// here, so a section never picks a language itself and the Arabic edition never shows the English.
/// </summary>
public abstract partial class Words
{
    /// <summary>A contention's question.</summary>
    public abstract string Question(Contention contention);

    /// <summary>A contention's note, if any.</summary>
    public abstract string? NoteOf(Contention contention);

    /// <summary>A claim's note, if any.</summary>
    public abstract string? NoteOf(Claim claim);

    /// <summary>A document's note, if any.</summary>
    public abstract string? NoteOf(Document document);

    /// <summary>An incident's note, if any.</summary>
    public abstract string? NoteOf(Incident incident);

    /// <summary>What an incident is.</summary>
    public abstract string Description(Incident incident);

    /// <summary>Where an incident happened.</summary>
    public abstract string Place(Incident incident);

    /// <summary>What a document's text says about when it was written, or null.</summary>
    public abstract string? Reported(Document document);
}
