namespace Dashboard.Tests.Support;

/// <summary>A theory that drives Debian's Chromium; skipped outside CI when it is absent, as <see cref="RequiresChromiumFactAttribute"/>.</summary>
public sealed class RequiresChromiumTheoryAttribute : TheoryAttribute
{
    public RequiresChromiumTheoryAttribute()
    {
        if (!File.Exists(RequiresChromiumFactAttribute.Executable) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{RequiresChromiumFactAttribute.Executable} not found (apt-get install chromium); .ci/run installs it";
        }
    }
}
