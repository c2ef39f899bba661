namespace Dashboard.Output;

/// <summary>
/// Where an output may not go, whatever it holds: onto, around or into an input of the same run, or
/// over a folder that is too big a thing to replace (the current folder or one of its ancestors, a
/// repository's root, the home folder or one of its ancestors). Paths are compared after following
/// symbolic links, so a second name for the same place is caught too.
/// </summary>
public static class OutputTargetRules
{
    /// <summary>
    /// <see cref="CheckFolder(NamedPath, IEnumerable{NamedPath}, string, string?)"/> against this
    /// process's current folder and the user's home folder.
    /// </summary>
    /// <param name="output">The output folder as the user gave it.</param>
    /// <param name="inputs">Every input of the run (files or folders) as the user gave them.</param>
    public static void CheckFolder(NamedPath output, IEnumerable<NamedPath> inputs) =>
        CheckFolder(output, inputs, Environment.CurrentDirectory, FileSystemPaths.Home());

    /// <summary>Throws <see cref="OutputRefusedException"/> when the output folder <paramref name="output"/> would be, hold or lie in an input, or is a folder never to be replaced.</summary>
    /// <param name="output">The output folder as the user gave it.</param>
    /// <param name="inputs">Every input of the run (files or folders) as the user gave them.</param>
    /// <param name="currentFolder">The folder relative paths are read against.</param>
    /// <param name="homeFolder">The user's home folder, or null.</param>
    public static void CheckFolder(NamedPath output, IEnumerable<NamedPath> inputs, string currentFolder, string? homeFolder)
    {
        var real = FileSystemPaths.Real(Path.Combine(currentFolder, output.Path));
        const string instead = "name a folder of its own for the outputs, such as out";
        var here = FileSystemPaths.Real(currentFolder);
        if (string.Equals(real, here, FileSystemPaths.Comparison)) throw new OutputRefusedException($"{output}: this is the current folder; {instead}");
        if (FileSystemPaths.IsSameOrInside(here, real)) throw new OutputRefusedException($"{output}: this folder holds the current folder; {instead}");
        if (FileSystemPaths.Exists(Path.Combine(real, ".git")))
        {
            throw new OutputRefusedException($"{output}: this is the root of a git repository (it holds .git); name a folder inside it for the outputs, such as {Path.Combine(output.Path, "out")}");
        }
        if (homeFolder is not null)
        {
            var home = FileSystemPaths.Real(homeFolder);
            if (string.Equals(real, home, FileSystemPaths.Comparison)) throw new OutputRefusedException($"{output}: this is your home folder; {instead}");
            if (FileSystemPaths.IsSameOrInside(home, real)) throw new OutputRefusedException($"{output}: this folder holds your home folder; {instead}");
        }
        CheckInputs(output, real, inputs, currentFolder, "folder for the outputs");
    }

    /// <summary>Throws <see cref="OutputRefusedException"/> when the output file <paramref name="output"/> is an input, lies inside one, holds one, or is a folder.</summary>
    /// <param name="output">The output file as the user gave it.</param>
    /// <param name="inputs">Every input of the run as the user gave them.</param>
    /// <param name="currentFolder">The folder relative paths are read against.</param>
    public static void CheckFile(NamedPath output, IEnumerable<NamedPath> inputs, string currentFolder)
    {
        var real = FileSystemPaths.Real(Path.Combine(currentFolder, output.Path));
        CheckInputs(output, real, inputs, currentFolder, "file to write");
        if (Directory.Exists(real)) throw new OutputRefusedException($"{output}: this is a folder; name a file to write");
    }

    private static void CheckInputs(NamedPath output, string real, IEnumerable<NamedPath> inputs, string currentFolder, string kind)
    {
        foreach (var input in inputs)
        {
            var other = FileSystemPaths.Real(Path.Combine(currentFolder, input.Path));
            var what = string.Equals(real, other, FileSystemPaths.Comparison) ? $"this is {input.Name}, an input of this run"
                : FileSystemPaths.IsSameOrInside(other, real) ? $"this folder holds {input}, an input of this run"
                : FileSystemPaths.IsSameOrInside(real, other) ? $"this lies inside {input}, an input of this run"
                : null;
            if (what is not null) throw new OutputRefusedException($"{output}: {what}; name another {kind}");
        }
    }
}
