namespace Dashboard.Tests.Support;

/// <summary>A fact that opens files with LibreOffice; skipped with the reason outside CI when it is absent.</summary>
public sealed class RequiresSofficeFactAttribute : FactAttribute
{
    public static string? Executable { get; } = new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    public RequiresSofficeFactAttribute()
    {
        if (Executable is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "soffice not found (apt-get install libreoffice-calc-nogui); .ci/run installs it";
        }
    }
}
