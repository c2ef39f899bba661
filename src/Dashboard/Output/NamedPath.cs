namespace Dashboard.Output;

/// <summary>A path as the user gave it, with the name that says what it is for in a message (<c>--out</c>, <c>--data</c>, <c>NEW</c>).</summary>
/// <param name="Name">The option or argument that gave the path.</param>
/// <param name="Path">The path as given, relative paths against the current folder.</param>
public sealed record NamedPath(string Name, string Path)
{
    /// <summary><c>--out out</c>: how messages name this path.</summary>
    public override string ToString() => $"{Name} {Path}";
}
