namespace Dashboard.Loading;

/// <summary>
/// One string instance per distinct short value: ids, vocabulary words and places repeat on every
/// claim, so a large dataset would otherwise hold millions of copies of the same few strings.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer values (evidence, glosses) are rarely repeated and are not pooled.</summary>
    public const int MaxPooledLength = 64;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringPool? _shared;

    /// <summary>A pool; with <paramref name="shared"/>, one that first looks there and adds only to itself.</summary>
    /// <param name="shared">
    /// A pool other threads read too, which nobody adds to while this one is in use (records bound
    /// on several cores share the strings of the records read before them).
    /// </param>
    public StringPool(StringPool? shared = null)
    {
        _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        _shared = shared;
    }

    public string Get(ReadOnlySpan<char> value)
    {
        if (_shared is not null && _shared._lookup.TryGetValue(value, out var common)) return common;
        if (_lookup.TryGetValue(value, out var existing)) return existing;
        var created = value.ToString();
        _strings.Add(created);
        return created;
    }

    /// <summary>Takes in the strings another pool gathered that this one lacks, as they are (records already hold them).</summary>
    public void Absorb(StringPool other)
    {
        foreach (var value in other._strings) _strings.Add(value);
    }
}
