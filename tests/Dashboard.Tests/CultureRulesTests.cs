using Dashboard.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Dashboard.Tests;

/// <summary>
/// The culture analyzers (CA1304, CA1305, ...) are build errors, but they do not see interpolated
/// strings: <c>$"{count:N0}"</c> formats in the current culture. This rule compiles the library and
/// the CLI with Roslyn and names every number, date or time interpolated without a culture.
/// </summary>
public class CultureRulesTests
{
    /// <summary>Whole numbers differ between cultures only in the minus sign (and none here is negative) until a format such as N0 adds separators.</summary>
    private static readonly SpecialType[] Whole =
    [
        SpecialType.System_Byte, SpecialType.System_SByte, SpecialType.System_Int16, SpecialType.System_UInt16, SpecialType.System_Int32,
        SpecialType.System_UInt32, SpecialType.System_Int64, SpecialType.System_UInt64,
    ];

    /// <summary>These differ in their decimal separator or calendar whatever the format.</summary>
    private static readonly SpecialType[] Fractional = [SpecialType.System_Single, SpecialType.System_Double, SpecialType.System_Decimal, SpecialType.System_DateTime];

    private static readonly string[] CultureSensitiveTypes = ["System.DateTimeOffset", "System.TimeSpan", "System.Half", "System.Int128", "System.Numerics.BigInteger"];

    [Fact]
    public void Numbers_and_dates_are_never_interpolated_in_the_current_culture()
    {
        var hits = new List<string>();
        foreach (var (project, kind) in new[] { (Path.Combine("src", "Dashboard"), OutputKind.DynamicallyLinkedLibrary), (Path.Combine("src", "Dashboard.Cli"), OutputKind.ConsoleApplication) })
        {
            var compilation = Compile(Path.Combine(Repo.Root, project), kind);
            // Source generators do not run here: [GeneratedRegex] methods lack their generated half (CS8795).
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795").Take(5).ToList();
            Assert.True(errors.Count == 0, "the rule's own compilation failed:\n" + string.Join("\n", errors));
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var text in tree.GetRoot().DescendantNodes().OfType<InterpolatedStringExpressionSyntax>())
                {
                    if (NamesItsCulture(model, text)) continue;
                    foreach (var hole in text.Contents.OfType<InterpolationSyntax>())
                    {
                        var type = model.GetTypeInfo(hole.Expression).Type;
                        if (type is null || !IsCultureSensitive(type, hole)) continue;
                        var line = hole.GetLocation().GetLineSpan();
                        hits.Add($"{Path.GetRelativePath(Repo.Root, tree.FilePath)}:{line.StartLinePosition.Line + 1}: {{{hole.Expression}}} is a {type.ToDisplayString()}");
                    }
                }
            }
        }
        Assert.True(hits.Count == 0, "interpolate with string.Create(CultureInfo.InvariantCulture, ...) or format the value explicitly:\n" + string.Join("\n", hits));
    }

    [Fact]
    public void The_rule_catches_what_it_is_meant_to_catch()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            using System.Globalization;
            static class C
            {
                static string Bad(double d, int n) => $"{d} and {n:N0}";
                static string Good(double d, int i) => string.Create(CultureInfo.InvariantCulture, $"{d:N0}") + $"{d.ToString(CultureInfo.InvariantCulture)}" + $"{"text"} {i}"
                    + new System.Text.StringBuilder().Append(CultureInfo.InvariantCulture, $"{d}");
                static System.FormattableString Deferred(double d) => $"{d}";
            }
            """, path: "probe.cs");
        var compilation = CSharpCompilation.Create("probe", [tree], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var model = compilation.GetSemanticModel(tree);
        var flagged = tree.GetRoot().DescendantNodes().OfType<InterpolatedStringExpressionSyntax>()
            .Where(t => !NamesItsCulture(model, t))
            .SelectMany(t => t.Contents.OfType<InterpolationSyntax>())
            .Where(h => model.GetTypeInfo(h.Expression).Type is { } type && IsCultureSensitive(type, h))
            .Select(h => h.Expression.ToString()).ToList();
        Assert.Equal(["d", "n"], flagged);
    }

    /// <summary>
    /// The text is handed to a call that takes a provider first (string.Create, StringBuilder.Append),
    /// kept as a FormattableString for the caller to format, or built by the report's HTML handler,
    /// which formats every hole in the invariant culture.
    /// </summary>
    private static bool NamesItsCulture(SemanticModel model, InterpolatedStringExpressionSyntax text)
    {
        var converted = model.GetTypeInfo(text).ConvertedType?.ToDisplayString();
        if (converted is "System.FormattableString" or "System.IFormattable" or "Dashboard.Rendering.Html.HtmlFragment") return true;
        return text.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            && model.GetSymbolInfo(invocation).Symbol is IMethodSymbol method
            && method.Parameters.FirstOrDefault()?.Type.ToDisplayString() is "System.IFormatProvider?" or "System.IFormatProvider";
    }

    private static bool IsCultureSensitive(ITypeSymbol type, InterpolationSyntax hole)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
        if (Whole.Contains(type.SpecialType)) return hole.FormatClause is not null;
        return Fractional.Contains(type.SpecialType) || CultureSensitiveTypes.Contains(type.ToDisplayString());
    }

    private static CSharpCompilation Compile(string folder, OutputKind kind)
    {
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var usings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;",
            options, path: "ImplicitUsings.g.cs");
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, path: f)).Append(usings);
        return CSharpCompilation.Create(Path.GetFileName(folder), trees, References(),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>Every assembly the test host can load (framework and packages), plus the library for the CLI.</summary>
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p));
}
