using System.Collections.Immutable;
using System.Text.Json;
using Dashboard.Model;
using static Dashboard.Loading.FastFields;

namespace Dashboard.Loading;

/// <summary>
/// Binds an incident straight from the JSON reader, as <see cref="FastClaimReader"/> binds a claim:
/// a large dataset has one incident for every few claims, and the careful path's tree costs about
/// two kilobytes an incident. At the first thing a well-formed incident does not have it gives up,
/// and the careful path reads the record again and reports the problem.
/// </summary>
internal static class FastIncidentReader
{
    private const int Id = 0, Description = 1, DescriptionAr = 2, Place = 3, PlaceAr = 4, Label = 5, LabelAr = 6,
        Includes = 7, MayInclude = 8, Note = 9, NoteAr = 10;

    private const int Required = (1 << Id) | (1 << Description) | (1 << DescriptionAr) | (1 << Place) | (1 << PlaceAr) | (1 << Label) | (1 << LabelAr);

    /// <summary>Reads the incident whose opening brace the reader is on; null (reader anywhere) when the careful path must decide.</summary>
    public static Incident? TryRead(ref Utf8JsonReader reader, StringPool pool)
    {
        string? id = null, description = null, descriptionAr = null, place = null, placeAr = null, label = null, labelAr = null, note = null, noteAr = null;
        ImmutableArray<string> includes = [], mayInclude = [];
        var seen = 0;
        for (var field = NextField<Names>(ref reader, ref seen); field != EndOfRecord; field = NextField<Names>(ref reader, ref seen))
        {
            var ok = field switch
            {
                NotFast => false,
                // Ids and places recur (in other incidents' lists, in claims): pooled. Descriptions,
                // labels and notes are one of a kind.
                Id => Text(ref reader, pool, out id),
                Place => Text(ref reader, pool, out place),
                PlaceAr => Text(ref reader, pool, out placeAr),
                Description => Text(ref reader, null, out description),
                DescriptionAr => Text(ref reader, null, out descriptionAr),
                Label => Text(ref reader, null, out label),
                LabelAr => Text(ref reader, null, out labelAr),
                Includes => Strings(ref reader, pool, out includes),
                MayInclude => Strings(ref reader, pool, out mayInclude),
                Note => OptionalText(ref reader, null, out note),
                _ => OptionalText(ref reader, null, out noteAr),
            };
            if (!ok) return null;
        }
        if ((seen & Required) != Required) return null;
        return new Incident(id!, description!, place!, includes, mayInclude, note)
        {
            DescriptionAr = descriptionAr!, PlaceAr = placeAr!, Label = label!, LabelAr = labelAr!, NoteAr = noteAr,
        };
    }

    private readonly struct Names : IFieldNames
    {
        public static int NumberOf(ReadOnlySpan<byte> name) => name switch
        {
            _ when name.SequenceEqual("id"u8) => Id,
            _ when name.SequenceEqual("description"u8) => Description,
            _ when name.SequenceEqual("description_ar"u8) => DescriptionAr,
            _ when name.SequenceEqual("place"u8) => Place,
            _ when name.SequenceEqual("place_ar"u8) => PlaceAr,
            _ when name.SequenceEqual("label"u8) => Label,
            _ when name.SequenceEqual("label_ar"u8) => LabelAr,
            _ when name.SequenceEqual("includes"u8) => Includes,
            _ when name.SequenceEqual("may_include"u8) => MayInclude,
            _ when name.SequenceEqual("note"u8) => Note,
            _ when name.SequenceEqual("note_ar"u8) => NoteAr,
            _ => -1,
        };
    }
}
