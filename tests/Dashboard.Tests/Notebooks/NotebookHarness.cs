using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Dashboard.Tests.Notebooks;

/// <summary>A notebook's cells as stored in the .ipynb.</summary>
public sealed record NotebookCell(int Index, string Kind, string Source);

/// <summary>
/// Runs every C# code cell of a Polyglot notebook in order, in one shared script state, as the
/// kernel would. The kernel's formatter registry is process-wide, so runs must not overlap: every
/// test that runs a notebook belongs to the <see cref="NotebookCollection"/>, which runs alone. #!csharp lines are dropped (another kernel fails the run); #r "nuget: X, V" is
/// checked against the packages this test project already references; #r "path" must name a file
/// that exists relative to the notebook, and is satisfied by the assembly already loaded.
/// </summary>
public static partial class NotebookHarness
{
    private static readonly string[] Imports = ["System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Text", "System.Threading.Tasks"];

    public static IReadOnlyList<NotebookCell> Cells(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("cells").EnumerateArray()
            .Select((c, i) => new NotebookCell(i, c.GetProperty("cell_type").GetString()!, string.Concat(c.GetProperty("source").EnumerateArray().Select(s => s.GetString()))))
            .ToList();
    }

    public static async Task<IReadOnlyList<Display>> Run(string path)
    {
        Microsoft.DotNet.Interactive.Formatting.Formatter.ResetToDefault();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var globals = new NotebookGlobals();
        var options = ScriptOptions.Default
            .WithReferences(LoadedAssemblies())
            .WithImports(Imports)
            .WithFilePath(path);
        ScriptState<object>? state = null;
        foreach (var cell in Cells(path).Where(c => c.Kind == "code"))
        {
            globals.Cell = cell.Index;
            var code = Prepare(cell, folder);
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(code, options, globals, typeof(NotebookGlobals))
                    : await state.ContinueWithAsync(code, options);
            }
            catch (CompilationErrorException ex)
            {
                throw new Xunit.Sdk.XunitException($"{Path.GetFileName(path)} cell {cell.Index} does not compile:\n{string.Join("\n", ex.Diagnostics)}");
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                throw new Xunit.Sdk.XunitException($"{Path.GetFileName(path)} cell {cell.Index} threw: {ex}");
            }
            // A cell ending in an expression shows its value, as the kernel does.
            if (state.ReturnValue is { } value) globals.display(value);
        }
        return globals.Displays;
    }

    private static string Prepare(NotebookCell cell, string folder)
    {
        var lines = cell.Source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                if (line.Trim() is not ("#!csharp" or "#!c#")) throw new Xunit.Sdk.XunitException($"cell {cell.Index}: only C# cells are supported, found '{line}'");
                lines[i] = "";
            }
            else if (NugetReference().Match(line) is { Success: true } nuget)
            {
                var package = nuget.Groups[1].Value;
                if (!AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == package))
                    throw new Xunit.Sdk.XunitException($"cell {cell.Index}: package '{package}' is not one the project uses");
                lines[i] = "";
            }
            else if (PathReference().Match(line) is { Success: true } reference)
            {
                var file = Path.GetFullPath(Path.Combine(folder, reference.Groups[1].Value));
                if (!File.Exists(file)) throw new Xunit.Sdk.XunitException($"cell {cell.Index}: '{reference.Groups[1].Value}' not found at {file}; the notebook's first step (dotnet build) should produce it");
                lines[i] = "";
            }
        }
        return string.Join("\n", lines);
    }

    private static IEnumerable<System.Reflection.Assembly> LoadedAssemblies()
    {
        // Touch the types notebooks use so their assemblies are loaded before references are taken.
        _ = new[] { typeof(Microsoft.Data.Analysis.DataFrame), typeof(ScottPlot.Plot), typeof(Dashboard.Analysis.AnalysedModel), typeof(NotebookGlobals), typeof(Microsoft.DotNet.Interactive.Formatting.Formatter) };
        return AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location));
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*([^,"\s]+)\s*(?:,\s*[^"]+)?"\s*$""")]
    private static partial Regex NugetReference();

    [GeneratedRegex("""^#r\s+"(?!nuget:)([^"]+)"\s*$""")]
    private static partial Regex PathReference();
}

/// <summary>
/// Notebook runs share the kernel formatter's static registry (as cells in one kernel do); xUnit
/// runs test classes in parallel, so they are kept out of parallel runs altogether.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "Notebooks (kernel formatter registry is process-wide)";
}
