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

    public StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var existing)) return existing;
        var created = value.ToString();
        _strings.Add(created);
        return created;
    }
}
