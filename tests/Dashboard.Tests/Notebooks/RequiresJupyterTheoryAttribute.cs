namespace Dashboard.Tests.Notebooks;

/// <summary>
/// A theory that runs notebooks as a user does: Debian's Jupyter (jupyter nbconvert) with the
/// dotnet-interactive tool's C# kernel. Outside CI, missing pieces skip the test with the reason
/// shown; under CI=true (.ci/run installs all three) they fail it instead.
/// </summary>
public sealed class RequiresJupyterTheoryAttribute : TheoryAttribute
{
    /// <summary>Where `dotnet tool install -g` puts the tool; Jupyter's kernel runs `dotnet interactive`, which looks there.</summary>
    public static string ToolsFolder { get; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");

    /// <summary>The kernelspec that `dotnet interactive jupyter install` writes for C#.</summary>
    public const string Kernel = ".net-csharp";

    public RequiresJupyterTheoryAttribute()
    {
        if (Missing() is { } reason && Environment.GetEnvironmentVariable("CI") != "true") Skip = reason + "; .ci/run installs it";
    }

    /// <summary>What a user would still have to install, or null when everything is there.</summary>
    public static string? Missing()
    {
        if (OnPath("jupyter-nbconvert") is null) return "jupyter-nbconvert not found (apt-get install jupyter-nbconvert)";
        if (!File.Exists(Path.Combine(ToolsFolder, "dotnet-interactive")) && OnPath("dotnet-interactive") is null)
            return "dotnet-interactive not found (dotnet tool install -g Microsoft.dotnet-interactive)";
        if (KernelSpec() is null) return $"Jupyter kernel {Kernel} not installed (dotnet interactive jupyter install)";
        return null;
    }

    /// <summary>The C# kernelspec's folder, in the user's or the system's Jupyter data folders.</summary>
    public static string? KernelSpec()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        string?[] roots = [Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR"), Path.Combine(home, ".local", "share", "jupyter"), "/usr/local/share/jupyter", "/usr/share/jupyter"];
        return roots.Where(r => !string.IsNullOrEmpty(r)).Select(r => Path.Combine(r!, "kernels", Kernel)).FirstOrDefault(d => File.Exists(Path.Combine(d, "kernel.json")));
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
}

/// <summary>A fact that runs Jupyter; skipped or failed as <see cref="RequiresJupyterTheoryAttribute"/>.</summary>
public sealed class RequiresJupyterFactAttribute : FactAttribute
{
    public RequiresJupyterFactAttribute()
    {
        if (RequiresJupyterTheoryAttribute.Missing() is { } reason && Environment.GetEnvironmentVariable("CI") != "true") Skip = reason + "; .ci/run installs it";
    }
}
