namespace Dashboard.Output;

/// <summary>What stands at an output folder's place, as far as replacing it goes.</summary>
internal enum OutputFolderKind
{
    /// <summary>Nothing: the outputs are moved in.</summary>
    Absent,
    /// <summary>An empty folder: replaced.</summary>
    Empty,
    /// <summary>A folder holding this tool's manifest: its listed files are replaced, every other entry is kept.</summary>
    Owned,
    /// <summary>A non-empty folder without the manifest: refused.</summary>
    Foreign,
    /// <summary>A file, not a folder: refused.</summary>
    File,
}

/// <summary>What stands at an output folder's real path, and for an owned folder which files are the tool's.</summary>
internal sealed record OutputFolderState(OutputFolderKind Kind, IReadOnlySet<string> Owned, IReadOnlyList<string> Entries)
{
    /// <summary>Looks at <paramref name="realFolder"/> (links already followed).</summary>
    public static OutputFolderState Of(string realFolder)
    {
        var empty = new HashSet<string>();
        if (File.Exists(realFolder)) return new(OutputFolderKind.File, empty, []);
        if (!Directory.Exists(realFolder)) return new(OutputFolderKind.Absent, empty, []);
        var entries = Directory.EnumerateFileSystemEntries(realFolder)
            .Select(e => Path.GetFileName(e) + (Directory.Exists(e) ? "/" : ""))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (entries.Count == 0) return new(OutputFolderKind.Empty, empty, entries);
        return OutputManifest.OwnedFiles(realFolder) is { } owned
            ? new(OutputFolderKind.Owned, owned, entries)
            : new(OutputFolderKind.Foreign, empty, entries);
    }

    /// <summary>
    /// The entries of an owned folder that are not the tool's, relative with <c>/</c> separators: a
    /// file or link not listed, or a folder holding no listed file (taken whole). Folders that hold
    /// listed files are looked into, so a note added to <c>charts/</c> is found too.
    /// </summary>
    public IReadOnlyList<string> UsersEntries(string realFolder)
    {
        if (Kind != OutputFolderKind.Owned) return [];
        var comparer = StringComparer.FromComparison(FileSystemPaths.Comparison);
        var holders = new HashSet<string>(Owned.SelectMany(Ancestors), comparer);
        var found = new List<string>();
        void Walk(string relative)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(relative.Length == 0 ? realFolder : Path.Combine(realFolder, relative)))
            {
                var name = relative.Length == 0 ? Path.GetFileName(entry) : relative + "/" + Path.GetFileName(entry);
                var isLink = new FileInfo(entry).LinkTarget is not null;
                if (relative.Length == 0 && name == OutputManifest.FileName) continue;
                if (!isLink && Directory.Exists(entry) && holders.Contains(name)) Walk(name);
                else if (isLink || !File.Exists(entry) || !Owned.Contains(name)) found.Add(name);
            }
        }
        Walk("");
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static IEnumerable<string> Ancestors(string relative)
    {
        for (var slash = relative.LastIndexOf('/'); slash > 0; slash = relative.LastIndexOf('/', slash - 1))
        {
            yield return relative[..slash];
        }
    }

    /// <summary>A few of the folder's entries for a message: "a.txt, notes/ and 4 more".</summary>
    public string Sample()
    {
        const int shown = 3;
        var listed = string.Join(", ", Entries.Take(shown));
        return Entries.Count <= shown ? listed : $"{listed} and {Entries.Count - shown} more";
    }
}
