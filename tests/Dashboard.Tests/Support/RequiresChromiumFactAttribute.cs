namespace Dashboard.Tests.Support;

/// <summary>
/// A fact that drives Debian's Chromium. Outside CI a missing browser skips the test with the
/// reason shown; in CI (.ci/run installs it) a missing browser is a failure, not a skip.
/// </summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public RequiresChromiumFactAttribute()
    {
        if (!File.Exists(Executable) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{Executable} not found (apt-get install chromium); .ci/run installs it";
        }
    }
}
