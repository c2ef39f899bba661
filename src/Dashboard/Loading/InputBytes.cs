namespace Dashboard.Loading;

/// <summary>
/// Reads a data file whole. A large file's bytes go to the pinned-object heap, in a region of
/// their own that nothing else is placed in, so once they are dropped a full collection returns
/// the region to the system whole (<see cref="Pipeline.Run.Generate"/> collects right after
/// validation). On the large-object heap the region was sized for the file, other large arrays
/// were later placed in part of it, and the rest stayed committed as free space (a million claims:
/// 321 MB of the large-object heap's 536 MB free while the outputs were written).
/// </summary>
internal static class InputBytes
{
    /// <summary>The file size from which the bytes are pinned, and from which generate collects them after validation.</summary>
    public const long OwnRegionFrom = 128L << 20;

    /// <summary>The file's bytes, as <see cref="File.ReadAllBytes"/> gives them.</summary>
    public static byte[] Read(string path) => Read(path, OwnRegionFrom);

    /// <summary>The same, from a size tests choose.</summary>
    internal static byte[] Read(string path, long ownRegionFrom)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        // A pipe (`generate --data <(...)`) has no length, and a file under /proc states none: read
        // to the end, from the handle already open (opening a pipe again would lose its writer).
        if (!file.CanSeek || file.Length == 0)
        {
            using var all = new MemoryStream();
            file.CopyTo(all);
            return all.ToArray();
        }
        // Too long for an array: the framework's reader gives its own message.
        if (file.Length > Array.MaxLength) return File.ReadAllBytes(path);
        var length = (int)file.Length;
        var bytes = length >= ownRegionFrom ? GC.AllocateUninitializedArray<byte>(length, pinned: true) : new byte[length];
        // A file that shrinks while it is read fails (EndOfStreamException), as with the framework's reader.
        file.ReadExactly(bytes);
        return bytes;
    }
}
