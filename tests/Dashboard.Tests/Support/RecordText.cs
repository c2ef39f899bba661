using System.Text.Json;
using Dashboard.Model;

namespace Dashboard.Tests.Support;

/// <summary>Records as text, for comparing the loader's paths: a record compares its immutable arrays by reference.</summary>
public static class RecordText
{
    /// <summary>Every field of an incident, its lists as lists.</summary>
    public static string Of(Incident i) =>
        JsonSerializer.Serialize(new object?[] { i.Id, i.Description, i.DescriptionAr, i.Place, i.PlaceAr, i.Label, i.LabelAr, i.Includes.ToArray(), i.MayInclude.ToArray(), i.Note, i.NoteAr });
}
