namespace Dashboard.Output;

/// <summary>
/// Writes one output file (diff --json, synth --out) beside its target and renames it into place, so
/// a failed run leaves no half-written file. It never replaces an input of the run, and replaces an
/// existing file only when it is recognisably one this command writes or the user asked for it
/// (<c>--overwrite</c>). A symbolic link is followed: the file it leads to is replaced and the link
/// is left as it was.
/// </summary>
public static class AtomicOutputFile
{
    /// <summary>Throws <see cref="OutputRefusedException"/> when <paramref name="output"/> may not be written; run before the work so a refusal costs nothing.</summary>
    /// <param name="output">The file as the user gave it.</param>
    /// <param name="inputs">Every input of the run.</param>
    /// <param name="overwrite">The user asked to replace a file this command did not write.</param>
    /// <param name="isOwn">Whether an existing file is one this command writes (read from its start).</param>
    public static void EnsureWritable(NamedPath output, IEnumerable<NamedPath> inputs, bool overwrite, Func<Stream, bool> isOwn)
    {
        OutputTargetRules.CheckFile(output, inputs, Environment.CurrentDirectory);
        var real = FileSystemPaths.Real(output.Path);
        if (!overwrite && File.Exists(real) && !IsOwn(real, isOwn))
        {
            throw new OutputRefusedException($"{output}: this file exists and was not written by this command, so it is left as it is; pass --overwrite to replace it, or name another file");
        }
    }

    /// <summary>Checks <paramref name="output"/> as <see cref="EnsureWritable"/> does, then writes it through <paramref name="write"/> and renames it into place.</summary>
    /// <param name="output">The file as the user gave it.</param>
    /// <param name="inputs">Every input of the run.</param>
    /// <param name="overwrite">The user asked to replace a file this command did not write.</param>
    /// <param name="isOwn">Whether an existing file is one this command writes.</param>
    /// <param name="write">Writes the whole file to the stream it is given.</param>
    public static void Write(NamedPath output, IEnumerable<NamedPath> inputs, bool overwrite, Func<Stream, bool> isOwn, Action<Stream> write)
    {
        var inputList = inputs.ToList();
        EnsureWritable(output, inputList, overwrite, isOwn);
        var real = FileSystemPaths.Real(output.Path);
        // Beside the real target, so the final move is a rename on the same file system; a unique
        // hidden name, so neither a user's file nor a parallel run's partial file is touched.
        var partial = Path.Combine(Path.GetDirectoryName(real)!, $".{Path.GetFileName(real)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }
            // Looked at again just before the rename, in case the file appeared or changed meanwhile.
            EnsureWritable(output, inputList, overwrite, isOwn);
            File.Move(partial, real, overwrite: File.Exists(real));
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static bool IsOwn(string path, Func<Stream, bool> isOwn)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return isOwn(stream);
    }
}
