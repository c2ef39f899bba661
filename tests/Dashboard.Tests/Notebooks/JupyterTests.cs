using System.Diagnostics;
using System.Text.Json;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Notebooks;

/// <summary>
/// Every notebook run as a user runs it: `jupyter nbconvert --execute` with the dotnet-interactive
/// tool's kernel, in a separate process, from a built library. What the suite's in-process kernel
/// (<see cref="NotebookKernel"/>) cannot show: the kernelspec, the tool's own package restore, and
/// what Jupyter writes into the executed notebook.
/// </summary>
[Collection(NotebookCollection.Name)]
public class JupyterTests
{
    [RequiresJupyterTheory]
    [MemberData(nameof(NotebookTests.All), MemberType = typeof(NotebookTests))]
    public void Jupyter_runs_every_cell_without_an_error_and_each_after_the_setup_shows_something(string name)
    {
        using var dir = new TempDir();

        var cells = Execute(Path.Combine(Repo.Root, "notebooks", name), dir);

        foreach (var (cell, outputs) in cells)
        {
            var errors = outputs.Where(IsError).Select(Text).ToList();
            Assert.True(errors.Count == 0, $"{name} cell {cell} failed in Jupyter:\n{string.Join("\n", errors)}");
        }
        foreach (var (cell, outputs) in cells.Skip(1))
        {
            Assert.True(outputs.Any(o => o.GetProperty("output_type").GetString() is "display_data" or "execute_result"), $"{name} cell {cell} shows nothing in Jupyter");
        }
    }

    [RequiresJupyterFact]
    public void A_cell_that_needs_a_using_the_kernel_does_not_import_fails_in_Jupyter_too()
    {
        // The mistake the notebooks once made, in one cell: the kernel imports System, not System.IO.
        using var dir = new TempDir();
        var notebook = dir.File("needs-system-io.ipynb");
        File.WriteAllText(notebook, JsonSerializer.Serialize(new
        {
            cells = new[] { new { cell_type = "code", execution_count = (int?)null, metadata = new { }, outputs = Array.Empty<object>(), source = new[] { "var here = new DirectoryInfo(\".\");" } } },
            metadata = new { kernelspec = new { display_name = ".NET (C#)", language = "C#", name = RequiresJupyterTheoryAttribute.Kernel } },
            nbformat = 4,
            nbformat_minor = 5,
        }));
        using var output = new TempDir();

        var (cell, outputs) = Assert.Single(Execute(notebook, output));

        Assert.Equal(1, cell);
        Assert.Contains(outputs.Where(IsError).Select(Text), text => text.Contains("error CS0246: The type or namespace name 'DirectoryInfo' could not be found", StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs <paramref name="notebook"/> through `jupyter nbconvert --execute` into <paramref name="dir"/>
    /// (the original stays without outputs) and returns each code cell's position, counting every
    /// cell from 1, with its outputs. Errors are let through so the executed notebook holds the
    /// kernel's diagnostics: compile errors in a stderr stream, then an error output.
    /// </summary>
    private static List<(int Cell, List<JsonElement> Outputs)> Execute(string notebook, TempDir dir)
    {
        Assert.True(RequiresJupyterTheoryAttribute.Missing() is null, RequiresJupyterTheoryAttribute.Missing());
        var psi = new ProcessStartInfo("jupyter")
        {
            ArgumentList =
            {
                "nbconvert", "--to", "notebook", "--execute", "--allow-errors", $"--ExecutePreprocessor.kernel_name={RequiresJupyterTheoryAttribute.Kernel}",
                "--ExecutePreprocessor.timeout=600", "--output-dir", dir.Path, notebook,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The kernel starts `dotnet interactive`, which dotnet finds among the global tools.
        psi.Environment["PATH"] = $"{Environment.GetEnvironmentVariable("PATH")}{Path.PathSeparator}{RequiresJupyterTheoryAttribute.ToolsFolder}";
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"jupyter nbconvert did not finish {Path.GetFileName(notebook)} in 10 minutes");
        }
        Assert.True(process.ExitCode == 0, $"jupyter nbconvert --execute {Path.GetFileName(notebook)} exited with {process.ExitCode}:\n{stdout.Result}{stderr.Result}");

        using var executed = JsonDocument.Parse(File.ReadAllText(dir.File(Path.GetFileName(notebook))));
        return executed.RootElement.GetProperty("cells").EnumerateArray()
            .Select((cell, i) => (Cell: i + 1, Json: cell))
            .Where(c => c.Json.GetProperty("cell_type").GetString() == "code")
            .Select(c => (c.Cell, c.Json.GetProperty("outputs").EnumerateArray().Select(o => o.Clone()).ToList()))
            .ToList();
    }

    private static bool IsError(JsonElement output) =>
        output.GetProperty("output_type").GetString() == "error"
        || (output.GetProperty("output_type").GetString() == "stream" && output.GetProperty("name").GetString() == "stderr");

    private static string Text(JsonElement output) =>
        output.TryGetProperty("text", out var text)
            ? string.Concat(text.EnumerateArray().Select(t => t.GetString()))
            : $"{output.GetProperty("ename").GetString()}: {output.GetProperty("evalue").GetString()}";
}
