namespace Dashboard.Tests.Support;

/// <summary>
/// A fact that prints the workbook with LibreOffice and reads the PDF back with poppler's
/// pdftotext. Outside CI a missing program skips the test with the reason shown; in CI (.ci/run
/// installs both) it is a failure.
/// </summary>
public sealed class RequiresPrintToolsFactAttribute : FactAttribute
{
    public RequiresPrintToolsFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") return;
        if (RequiresSofficeFactAttribute.Executable is null) Skip = "soffice not found (apt-get install libreoffice-calc-nogui); .ci/run installs it";
        else if (PdfText.Executable is null) Skip = "pdftotext not found (apt-get install poppler-utils); .ci/run installs it";
    }
}
