namespace Dashboard.Loading;

/// <summary>
/// Reads a data file whole. A large file's bytes go to the pinned-object heap, where nothing else
/// the run keeps is allocated, so a collection after validation drops them (see
/// <see cref="Pipeline.Run.Generate"/>) and returns their space to the system whole. On the
/// large-object heap, arrays allocated while the file loads share the bytes' region, which then
/// stays committed around a hole the size of the file (a million claims: 321 MB of its 536 MB free
/// while the outputs are written, counted in the run's peak).
/// </summary>
internal static class InputBytes
{
    /// <summary>The file size from which the bytes get a region of their own and are collected as soon as validation ends.</summary>
    public const long OwnRegionFrom = 128L << 20;

    /// <summary>The file's bytes; a file that changes size while it is read gives what was there when it was opened, or less.</summary>
    public static byte[] Read(string path) => Read(path, OwnRegionFrom);

    /// <summary>The same, from a size tests choose.</summary>
    internal static byte[] Read(string path, long ownRegionFrom)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.Length;
        // Small files, files of no stated length (pipes) and files too long for an array take the
        // framework's way, with its behaviour and messages.
        if (length < ownRegionFrom || length > Array.MaxLength) return File.ReadAllBytes(path);
        var bytes = GC.AllocateUninitializedArray<byte>((int)length, pinned: true);
        var read = 0;
        for (int n; read < bytes.Length && (n = file.Read(bytes, read, bytes.Length - read)) > 0;) read += n;
        return read == bytes.Length ? bytes : bytes[..read];
    }
}
