namespace Dashboard.Tests.Support;

/// <summary>Paths of the repository the tests run in, found from the test binary upwards.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string BundledData => Path.Combine(Root, "data", "claims.json");

    /// <summary>The seed documents live beside the repository, in ../shared/seeds.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dashboard.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Dashboard.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs the seed documents; skipped, with the reason shown, where they are absent.</summary>
public sealed class RequiresSeedsFactAttribute : FactAttribute
{
    public RequiresSeedsFactAttribute()
    {
        if (!Directory.Exists(Repo.Seeds)) Skip = $"seed documents not found at {Repo.Seeds}";
    }
}

/// <summary>A scratch folder deleted when the test ends.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dashboard-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
