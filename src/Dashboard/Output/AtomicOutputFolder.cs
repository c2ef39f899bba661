namespace Dashboard.Output;

/// <summary>
/// Builds a set of outputs in a temporary folder beside the target and swaps it in only once every
/// file is complete, so a failed run leaves the previous outputs exactly as they were.
/// </summary>
/// <remarks>
/// It never destroys what it did not write. The target is replaced only when it is absent, empty, or
/// holds this tool's <see cref="OutputManifest"/>; then only the files that manifest lists are
/// removed, and every other entry (a note the user added, a folder of theirs) is moved into the new
/// folder before the swap. A non-empty folder without the manifest, or a file, is refused with
/// <see cref="OutputRefusedException"/>. A symbolic link is followed: the folder it leads to is
/// replaced under the same rules and the link is left as it was.
/// </remarks>
public static class AtomicOutputFolder
{
    /// <summary>
    /// Throws <see cref="OutputRefusedException"/> when <paramref name="target"/> may not be replaced; a
    /// check before the work, as the folder is looked at again when it is swapped.
    /// </summary>
    /// <param name="target">The output folder as the user gave it.</param>
    /// <param name="name">The option that named it, for the message.</param>
    public static void EnsureReplaceable(string target, string name = "output folder")
    {
        var shown = new NamedPath(name, target);
        Refuse(StateBetweenSwaps(FileSystemPaths.Real(target), shown), shown);
    }

    /// <summary>
    /// The folder as it is between two runs' swaps, read under the swap lock: read while another run
    /// swaps, its entries could be listed from the old folder and its manifest looked for after the
    /// old folder was moved aside, and a folder of this tool's would look like one of the user's.
    /// </summary>
    private static OutputFolderState StateBetweenSwaps(string real, NamedPath shown)
    {
        using (OutputLock.Take(real, shown.ToString())) return OutputFolderState.Of(real);
    }

    /// <summary>
    /// Runs <paramref name="writeAll"/> on an empty temporary folder, adds <paramref name="manifest"/>
    /// listing what it wrote, then makes it <paramref name="target"/>, keeping the user's files.
    /// </summary>
    /// <param name="target">The output folder as the user gave it.</param>
    /// <param name="manifest">What wrote the outputs and from which input; its file list is filled in here.</param>
    /// <param name="writeAll">Writes every output into the folder it is given.</param>
    /// <param name="name">The option that named the folder, for messages.</param>
    public static void Write(string target, OutputManifest manifest, Action<string> writeAll, string name = "output folder")
    {
        var shown = new NamedPath(name, target);
        var real = FileSystemPaths.Real(target);
        var parent = Path.GetDirectoryName(real) ?? throw new OutputRefusedException($"{shown}: this is the root of the file system; name a folder of its own for the outputs");
        Refuse(StateBetweenSwaps(real, shown), shown);
        Directory.CreateDirectory(parent);
        var folderName = Path.GetFileName(real);
        // Beside the target, so the final move is a rename on the same file system.
        var staging = Path.Combine(parent, $".{folderName}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            writeAll(staging);
            WriteManifest(staging, manifest);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        Replaced? replaced;
        using (OutputLock.Take(real, shown.ToString()))
        {
            // Looked at again under the lock: another run, or the user, may have changed it meanwhile.
            replaced = Swap(real, staging, shown);
        }
        replaced?.DeleteOwned();
    }

    private static void Refuse(OutputFolderState state, NamedPath shown)
    {
        switch (state.Kind)
        {
            case OutputFolderKind.File:
                throw new OutputRefusedException($"{shown}: this is a file, not a folder; name a new or empty folder for the outputs");
            case OutputFolderKind.Foreign:
                throw new OutputRefusedException(
                    $"{shown}: this folder holds files this tool did not write ({state.Sample()}) and no {OutputManifest.FileName}, so it is left as it is; " +
                    "name a new or empty folder for the outputs, or move those files elsewhere first");
        }
    }

    /// <summary>Puts <paramref name="staging"/> in <paramref name="real"/>'s place with the user's entries moved across; returns the old folder to clear, if any.</summary>
    private static Replaced? Swap(string real, string staging, NamedPath shown)
    {
        OutputFolderState state;
        IReadOnlyList<string> users;
        try
        {
            state = OutputFolderState.Of(real);
            Refuse(state, shown);
            users = state.UsersEntries(real);
            var clash = users.FirstOrDefault(u => FileSystemPaths.Exists(Path.Combine(staging, u)));
            if (clash is not null)
            {
                throw new OutputRefusedException(
                    $"{shown}: {clash} is not one of this tool's files but has the name of an output of this run, so the folder is left as it is; move or rename it and run again");
            }
            if (state.Kind == OutputFolderKind.Absent)
            {
                Directory.Move(staging, real);
                return null;
            }
        }
        catch
        {
            TryDelete(staging);
            throw;
        }

        var carried = new List<string>();
        try
        {
            foreach (var entry in users)
            {
                var to = Path.Combine(staging, entry);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                FileSystemPaths.Move(Path.Combine(real, entry), to);
                carried.Add(entry);
            }
            var previous = Path.Combine(Path.GetDirectoryName(real)!, $".{Path.GetFileName(real)}.previous-{Guid.NewGuid():N}");
            Directory.Move(real, previous);
            try
            {
                Directory.Move(staging, real);
            }
            catch
            {
                Directory.Move(previous, real);
                throw;
            }
            return new Replaced(previous, state.Owned);
        }
        catch (Exception ex)
        {
            // The user's entries go back where they were before anything of ours is removed.
            foreach (var entry in carried)
            {
                try
                {
                    FileSystemPaths.Move(Path.Combine(staging, entry), Path.Combine(real, entry));
                }
                catch (Exception back) when (back is IOException or UnauthorizedAccessException)
                {
                    throw new IOException($"{shown}: the outputs could not be swapped in ({ex.Message}), and some of your files could not be moved back: they are in {staging}", ex);
                }
            }
            TryDelete(staging);
            throw;
        }
    }

    private static void WriteManifest(string staging, OutputManifest manifest)
    {
        var files = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        using var stream = new FileStream(Path.Combine(staging, OutputManifest.FileName), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        (manifest with { Files = files }).Write(stream);
    }

    /// <summary>The folder a run replaced, now out of the way, and the files in it that were the tool's.</summary>
    private sealed record Replaced(string Folder, IReadOnlySet<string> Owned)
    {
        /// <summary>
        /// Deletes the listed files, the manifest and the folders they leave empty, and nothing else:
        /// were anything unlisted still there, the hidden folder stays rather than take it along.
        /// </summary>
        public void DeleteOwned()
        {
            try
            {
                foreach (var file in Owned.Append(OutputManifest.FileName))
                {
                    var path = Path.Combine(Folder, file.Replace('/', Path.DirectorySeparatorChar));
                    if (new FileInfo(path) is { Exists: true, LinkTarget: null }) File.Delete(path);
                }
                DeleteIfEmpty(Folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A leftover hidden folder is untidy but harmless; the new outputs are in place.
            }
        }

        /// <summary>Removes the real (not linked) folders under <paramref name="folder"/> that are empty once their children are gone, then the folder itself if empty.</summary>
        private static void DeleteIfEmpty(string folder)
        {
            foreach (var child in Directory.GetDirectories(folder))
            {
                if (new DirectoryInfo(child).LinkTarget is null) DeleteIfEmpty(child);
            }
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover hidden folder is untidy but harmless; the outputs themselves are intact.
        }
    }
}
