using System.Collections.Frozen;

namespace Dashboard.Loading;

/// <summary>The fields a record may have: a fast lookup, and the documented order for messages.</summary>
internal sealed class FieldSet(params string[] names)
{
    private readonly FrozenSet<string> _set = names.ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string name) => _set.Contains(name);

    public override string ToString() => string.Join(", ", names);
}
