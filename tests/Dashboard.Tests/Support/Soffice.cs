using System.Diagnostics;

namespace Dashboard.Tests.Support;

/// <summary>LibreOffice in headless mode, with a profile of its own in the test's scratch folder.</summary>
public static class Soffice
{
    /// <summary>Converts <paramref name="file"/> to <paramref name="format"/> (a --convert-to argument) into <paramref name="dir"/>.</summary>
    public static void Convert(TempDir dir, string format, string file)
    {
        var psi = new ProcessStartInfo(RequiresSofficeFactAttribute.Executable ?? "soffice")
        {
            ArgumentList = { "--headless", $"-env:UserInstallation=file://{dir.Path}/profile", "--convert-to", format, "--outdir", dir.Path, file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(180_000), "soffice did not finish in 3 minutes");
        Assert.True(process.ExitCode == 0, $"soffice failed: {stdout.Result} {stderr.Result}");
    }
}
