using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Dashboard.Tests.Notebooks;

/// <summary>What one cell of a notebook showed: each display as the kernel formatted it, by MIME type.</summary>
/// <param name="Cell">The cell's position in the notebook, counting every cell from 1 as an editor shows them.</param>
/// <param name="Section">The text of the nearest heading above the cell, so a reader can find it.</param>
/// <param name="Source">The cell's code.</param>
/// <param name="Displays">One entry per display (display() or a final expression), MIME type to formatted text.</param>
public sealed record CellRun(int Cell, string Section, string Source, IReadOnlyList<IReadOnlyDictionary<string, string>> Displays);

/// <summary>
/// Runs a notebook in the .NET Interactive kernel itself (the packages the dotnet-interactive tool is
/// built from): the .ipynb is read by the Documents package and every code cell goes, in order, to a
/// composite kernel holding a C# kernel with the #r "nuget:" directive and the kernel helpers
/// (display), started in the notebook's folder, as Jupyter and Polyglot Notebooks start it.
/// A cell that fails stops the run with the notebook, the cell and the kernel's own diagnostics.
/// </summary>
public static class NotebookKernel
{
    /// <summary>
    /// Long enough for a first #r "nuget:" restore on a machine with an empty package cache; a
    /// cell of this project's notebooks takes seconds once the packages are there.
    /// </summary>
    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The notebook's cells as the Documents package reads them: kernel name ("markdown" for text) and contents.</summary>
    public static async Task<IReadOnlyList<InteractiveDocumentElement>> Cells(string path)
    {
        var document = await InteractiveDocument.LoadAsync(new FileInfo(path), KernelInfos());
        return [.. document.Elements];
    }

    /// <summary>
    /// Runs every code cell of <paramref name="path"/> and returns what each showed. The working
    /// directory and the formatter's registrations are process-wide, so callers must not run two
    /// notebooks at once: tests that call this belong to <see cref="NotebookCollection"/>.
    /// </summary>
    public static async Task<IReadOnlyList<CellRun>> Run(string path)
    {
        var name = Path.GetFileName(path);
        var cells = await Cells(path);
        var previousDirectory = Directory.GetCurrentDirectory();
        ResetFormatter();
        using var kernel = CreateKernel();
        try
        {
            // Jupyter starts the kernel in the notebook's folder; relative #r paths and the
            // notebooks' own file lookups depend on it.
            Directory.SetCurrentDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var runs = new List<CellRun>();
            var section = "";
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (cell.KernelName == "markdown")
                {
                    section = Heading(cell.Contents) ?? section;
                    continue;
                }
                runs.Add(new CellRun(i + 1, section, cell.Contents, await Submit(kernel, name, i + 1, cell.Contents)));
            }
            return runs;
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            ResetFormatter();
        }
    }

    private static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> Submit(CompositeKernel kernel, string notebook, int cell, string code)
    {
        using var timeout = new CancellationTokenSource(CellTimeout);
        KernelCommandResult result;
        try
        {
            result = await kernel.SendAsync(new SubmitCode(code), timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"{notebook} cell {cell} did not finish in {CellTimeout.TotalMinutes} minutes:\n{code}");
        }
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new Xunit.Sdk.XunitException($"{notebook} cell {cell} failed in the kernel:\n{Explain(result, failed)}\n--- the cell:\n{code}");
        }
        return result.Events.OfType<DisplayEvent>()
            .Where(e => e is DisplayedValueProduced or ReturnValueProduced or StandardOutputValueProduced)
            .Select(e => (IReadOnlyDictionary<string, string>)e.FormattedValues.ToDictionary(v => v.MimeType, v => v.Value))
            .ToList();
    }

    /// <summary>
    /// The kernel's own words: each compile error at its line and column in the cell (counting
    /// from 1, directives included, as an editor shows it), else the failure's message (an
    /// exception, a package that could not be restored).
    /// </summary>
    private static string Explain(KernelCommandResult result, CommandFailed failed)
    {
        var errors = result.Events.OfType<DiagnosticsProduced>().SelectMany(d => d.Diagnostics)
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => $"line {d.LinePositionSpan.Start.Line + 1}, column {d.LinePositionSpan.Start.Character + 1}: {d.Code}: {d.Message}")
            .Distinct()
            .ToList();
        return errors.Count > 0 ? string.Join("\n", errors) : failed.Message;
    }

    private static CompositeKernel CreateKernel()
    {
        // As the dotnet-interactive tool composes its C# kernel: #r "nuget:" adds the restored
        // assemblies to the script, and the kernel helpers bring display() into scope.
        var csharp = new CSharpKernel()
            .UseNugetDirective((k, packages) =>
            {
                k.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
                return Task.CompletedTask;
            }, forceRestore: false)
            .UseKernelHelpers();
        var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        return kernel;
    }

    /// <summary>
    /// The formatter as a notebook front end (Jupyter, VS Code) sets it up: HTML unless a type says
    /// otherwise, strings as plain text. Cells register formatters of their own, which must not
    /// leak into the next notebook.
    /// </summary>
    private static void ResetFormatter()
    {
        Formatter.ResetToDefault();
        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);
    }

    private static KernelInfoCollection KernelInfos() =>
    [
        new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "C#"]),
    ];

    private static string? Heading(string markdown) =>
        markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim();
}

/// <summary>
/// Notebook runs change the process's working directory and the kernel formatter's static
/// registry, so they run one at a time and never beside another test class.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    /// <summary>The collection's name, for [Collection].</summary>
    public const string Name = "Notebooks (working directory and formatter are process-wide)";
}
