namespace Dashboard.Output;

/// <summary>Where a path really leads, and how two such places relate, for the rules that keep outputs off inputs.</summary>
internal static class FileSystemPaths
{
    /// <summary>How this platform's file systems compare names (case-insensitive on Windows and macOS by default).</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path with every symbolic link along it followed, so that two names for one place
    /// compare equal; the parts that do not exist yet are kept as written.
    /// </summary>
    public static string Real(string path) => Real(path, 0);

    private static string Real(string path, int depth)
    {
        // A loop of links would otherwise never end; the kernel gives up at 40 as well.
        if (depth > 40) throw new IOException($"too many symbolic links in '{path}'");
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "";
        var result = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(result, part);
            if (new FileInfo(next).LinkTarget is { } link)
            {
                next = Real(Path.IsPathRooted(link) ? link : Path.Combine(result, link), depth + 1);
            }
            result = next;
        }
        return result;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies somewhere inside it (both real, absolute paths).</summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        if (string.Equals(inner, outer, Comparison)) return true;
        var prefix = Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, Comparison);
    }

    /// <summary>The home folder, or null where there is none to protect.</summary>
    public static string? Home()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : home;
    }

    /// <summary>A file or folder at <paramref name="path"/>, including a link whose target is missing.</summary>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>Moves a file, a folder or a link (the link itself, not what it points at).</summary>
    public static void Move(string from, string to)
    {
        // Directory.Exists is true for a link to a folder, and Directory.Move renames the link itself.
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }
}
