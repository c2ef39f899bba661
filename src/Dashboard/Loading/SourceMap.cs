using System.Collections.Immutable;
using System.Text.Json;

namespace Dashboard.Loading;

/// <summary>
/// Where each record of the dataset starts in its file. Field positions are found again on demand
/// by re-reading one small object, so a million claims cost one offset each, not one per field.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableDictionary<string, ImmutableArray<int>> _offsets;

    internal SourceMap(SourceText text, int rootOffset, ImmutableDictionary<string, ImmutableArray<int>> offsets,
        ImmutableDictionary<string, ImmutableArray<int>> jsonIndices, ImmutableHashSet<string> incompleteIds)
    {
        Text = text;
        RootOffset = rootOffset;
        _offsets = offsets;
        _jsonIndices = jsonIndices;
        _incompleteIds = incompleteIds;
    }

    private readonly ImmutableDictionary<string, ImmutableArray<int>> _jsonIndices;
    private readonly ImmutableHashSet<string> _incompleteIds;

    /// <summary>
    /// True when a record of <paramref name="collection"/> with this id exists in the file but could not be
    /// bound: references to it are not reported again as unknown.
    /// </summary>
    public bool IsIncomplete(string collection, string id) => _incompleteIds.Contains(collection + "/" + id);

    /// <summary>The file the records came from.</summary>
    public SourceText Text { get; }

    internal int RootOffset { get; }

    /// <summary>
    /// A problem about <paramref name="field"/> of the <paramref name="index"/>-th bound record in
    /// <paramref name="collection"/> (e.g. "claims"), or about the record itself when field is null.
    /// <paramref name="item"/> points inside an array field, e.g. includes[1].
    /// </summary>
    public Problem ProblemAt(string collection, int index, string? field, string message, int? item = null)
    {
        var known = _offsets.TryGetValue(collection, out var starts) && index < starts.Length;
        var path = $"$.{collection}[{(known ? _jsonIndices[collection][index] : index)}]";
        var offset = known ? starts[index] : RootOffset;
        if (field is not null)
        {
            path += "." + field;
            offset = FindField(offset, field, item) ?? offset;
            if (item is not null) path += $"[{item}]";
        }
        return Text.ProblemAt(offset, path, message);
    }

    /// <summary>
    /// A problem about <paramref name="subfield"/> of the <paramref name="item"/>-th object in array
    /// field <paramref name="field"/> of a record, e.g. <c>$.contentions[2].positions[1].evidence</c>.
    /// </summary>
    public Problem ProblemAt(string collection, int index, string field, int item, string subfield, string message)
    {
        var known = _offsets.TryGetValue(collection, out var starts) && index < starts.Length;
        var path = $"$.{collection}[{(known ? _jsonIndices[collection][index] : index)}].{field}[{item}].{subfield}";
        var offset = known ? starts[index] : RootOffset;
        if (FindField(offset, field, item) is { } itemOffset)
        {
            offset = FindField(itemOffset, subfield, null) ?? itemOffset;
        }
        return Text.ProblemAt(offset, path, message);
    }

    /// <summary>A problem about the dataset as a whole, pointing at its opening brace.</summary>
    public Problem ProblemAtRoot(string path, string message) => Text.ProblemAt(RootOffset, path, message);

    private int? FindField(int objectOffset, string field, int? item)
    {
        var reader = new Utf8JsonReader(Text.Bytes.AsSpan(objectOffset));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isField = reader.ValueTextEquals(field);
            reader.Read();
            if (isField)
            {
                if (item is null || reader.TokenType != JsonTokenType.StartArray) return objectOffset + (int)reader.TokenStartIndex;
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                {
                    if (i == item) return objectOffset + (int)reader.TokenStartIndex;
                    reader.Skip();
                }
                return null;
            }
            reader.Skip();
        }
        return null;
    }
}
