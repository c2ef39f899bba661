using System.Text.Json;
using Dashboard.Model;
using static Dashboard.Loading.FastFields;

namespace Dashboard.Loading;

/// <summary>
/// Binds a claim straight from the JSON reader, with no tree and no per-field bookkeeping: the path
/// a well-formed claim takes. At the first thing it does not expect (an unknown or repeated key, a
/// value of the wrong type, an empty string, a word out of a vocabulary, a number that is not
/// exactly a double) it gives up, and the caller reads the record again the careful way, so every
/// problem is still reported exactly where it is.
/// </summary>
internal static class FastClaimReader
{
    private const int Id = 0, Document = 1, Source = 2, Metric = 3, Value = 4, Qualifier = 5, Low = 6, High = 7,
        Affected = 8, Incident = 9, Place = 10, Period = 11, Evidence = 12, EvidenceEn = 13, Note = 14, Blames = 15, NoteAr = 16;

    /// <summary>The fields a claim must have (low is required too, but only for a vague one).</summary>
    private const int Required = (1 << Id) | (1 << Document) | (1 << Source) | (1 << Metric) | (1 << Value) | (1 << Qualifier)
        | (1 << Affected) | (1 << Incident) | (1 << Place) | (1 << Evidence) | (1 << EvidenceEn) | (1 << Blames);

    /// <summary>Reads the claim whose opening brace the reader is on; null (reader anywhere) when the careful path must decide.</summary>
    public static Claim? TryRead(ref Utf8JsonReader reader, StringPool pool)
    {
        string? id = null, document = null, source = null, metric = null, incident = null, place = null, period = null, evidence = null, evidenceEn = null, note = null, noteAr = null;
        double? value = null, low = null, high = null;
        Model.Qualifier qualifier = default;
        Model.Affected affected = default;
        Blame blames = default;
        var seen = 0;
        for (var field = NextField<Names>(ref reader, ref seen); field != EndOfRecord; field = NextField<Names>(ref reader, ref seen))
        {
            var ok = field switch
            {
                NotFast => false,
                // Ids, quotes and notes are one of a kind: pooling them would only fill the pool.
                Id => Text(ref reader, null, out id),
                Evidence => Text(ref reader, null, out evidence),
                EvidenceEn => Text(ref reader, null, out evidenceEn),
                Note => OptionalText(ref reader, null, out note),
                NoteAr => OptionalText(ref reader, null, out noteAr),
                Blames => Word(ref reader, Vocabulary.Blames, out blames),
                Document => Text(ref reader, pool, out document),
                Source => Text(ref reader, pool, out source),
                Metric => Text(ref reader, pool, out metric),
                Incident => Text(ref reader, pool, out incident),
                Place => Text(ref reader, pool, out place),
                Period => OptionalText(ref reader, pool, out period),
                Value => Number(ref reader, out value),
                Low => Number(ref reader, out low),
                High => Number(ref reader, out high),
                Qualifier => Word(ref reader, Vocabulary.Qualifiers, out qualifier),
                _ => Word(ref reader, Vocabulary.AffectedGroups, out affected),
            };
            if (!ok) return null;
        }
        if ((seen & Required) != Required) return null;
        if (qualifier == Model.Qualifier.Vague && (seen & (1 << Low)) == 0) return null;
        return new Claim(id!, document!, source!, metric!, value, qualifier, low, high, affected, incident!, place!, period, evidence!, evidenceEn!, note)
        {
            Blames = blames, NoteAr = noteAr,
        };
    }

    private readonly struct Names : IFieldNames
    {
        public static int NumberOf(ReadOnlySpan<byte> name) => name switch
        {
            _ when name.SequenceEqual("id"u8) => Id,
            _ when name.SequenceEqual("document"u8) => Document,
            _ when name.SequenceEqual("source"u8) => Source,
            _ when name.SequenceEqual("metric"u8) => Metric,
            _ when name.SequenceEqual("value"u8) => Value,
            _ when name.SequenceEqual("qualifier"u8) => Qualifier,
            _ when name.SequenceEqual("low"u8) => Low,
            _ when name.SequenceEqual("high"u8) => High,
            _ when name.SequenceEqual("affected"u8) => Affected,
            _ when name.SequenceEqual("incident"u8) => Incident,
            _ when name.SequenceEqual("place"u8) => Place,
            _ when name.SequenceEqual("period"u8) => Period,
            _ when name.SequenceEqual("evidence"u8) => Evidence,
            _ when name.SequenceEqual("evidence_en"u8) => EvidenceEn,
            _ when name.SequenceEqual("note"u8) => Note,
            _ when name.SequenceEqual("note_ar"u8) => NoteAr,
            _ when name.SequenceEqual("blames"u8) => Blames,
            _ => -1,
        };
    }
}
