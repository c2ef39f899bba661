using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The curator's Arabic text: never the English field, even where the Arabic is missing.</summary>
internal sealed partial class ArabicWords
{
    public override string Question(Contention contention) => contention.QuestionAr;

    public override string? NoteOf(Contention contention) => contention.NoteAr;

    public override string? NoteOf(Claim claim) => claim.NoteAr;

    public override string? NoteOf(Document document) => document.NoteAr;

    public override string? NoteOf(Incident incident) => incident.NoteAr;

    public override string Description(Incident incident) => incident.DescriptionAr;

    public override string Place(Incident incident) => incident.PlaceAr;

    public override string? Reported(Document document) => document.ReportedAr;
}
