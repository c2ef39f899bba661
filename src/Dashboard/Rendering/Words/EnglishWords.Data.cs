using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The curator's English text.</summary>
internal sealed partial class EnglishWords
{
    public override string Question(Contention contention) => contention.Question;

    public override string? NoteOf(Contention contention) => contention.Note;

    public override string? NoteOf(Claim claim) => claim.Note;

    public override string? NoteOf(Document document) => document.Note;

    public override string? NoteOf(Incident incident) => incident.Note;

    public override string Description(Incident incident) => incident.Description;

    public override string Place(Incident incident) => incident.Place;

    public override string? Reported(Document document) => document.Reported;
}
