namespace Dashboard.Output;

/// <summary>
/// Builds a set of outputs in a temporary folder beside the target and swaps it in only once every
/// file is complete, so a failed run leaves the previous outputs exactly as they were.
/// </summary>
public static class AtomicOutputFolder
{
    /// <summary>Runs <paramref name="writeAll"/> on an empty temporary folder, then makes it <paramref name="target"/>.</summary>
    public static void Write(string target, Action<string> writeAll)
    {
        var full = Path.GetFullPath(target.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (File.Exists(full)) throw new IOException($"output path '{target}' is a file, not a folder");
        var parent = Path.GetDirectoryName(full) ?? throw new IOException($"output path '{target}' has no parent folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(full);
        // Beside the target, so the final move is a rename on the same file system.
        var staging = Path.Combine(parent, $".{name}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            writeAll(staging);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        if (!Directory.Exists(full))
        {
            Directory.Move(staging, full);
            return;
        }
        var previous = Path.Combine(parent, $".{name}.previous-{Guid.NewGuid():N}");
        Directory.Move(full, previous);
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            Directory.Move(previous, full);
            TryDelete(staging);
            throw;
        }
        TryDelete(previous);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover hidden folder is untidy but harmless; the outputs themselves are intact.
        }
    }
}
