using System.Text.RegularExpressions;
using Dashboard.Tests.Support;

namespace Dashboard.Tests;

/// <summary>House rules, checked in the source: each failure names the file and line.</summary>
public partial class HouseRulesTests
{
    private static IEnumerable<(string File, int Line, string Text)> LibraryLines() =>
        Directory.GetFiles(Path.Combine(Repo.Root, "src", "Dashboard"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (Path.GetRelativePath(Repo.Root, f), i + 1, text)));

    private static void Forbid(Regex pattern, string why)
    {
        var hits = LibraryLines().Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(l.Text)).ToList();
        Assert.True(hits.Count == 0, why + ":\n" + string.Join("\n", hits.Select(h => $"{h.File}:{h.Line}: {h.Text.Trim()}")));
    }

    [Fact]
    public void The_library_never_writes_to_the_console() =>
        Forbid(ConsoleUse(), "only the CLI talks to the terminal; the library reports through return values and callbacks");

    [Fact]
    public void The_library_never_reads_the_clock() =>
        Forbid(ClockUse(), "outputs must be reproducible; a build time comes in through GenerateOptions (SOURCE_DATE_EPOCH)");

    [Fact]
    public void Numbers_are_never_formatted_with_the_current_culture() =>
        Forbid(CurrentCulture(), "an analyst in Berlin must get the same report: use CultureInfo.InvariantCulture");

    [GeneratedRegex(@"\bConsole\.")]
    private static partial Regex ConsoleUse();

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Now|UtcNow|Today)\b")]
    private static partial Regex ClockUse();

    [GeneratedRegex(@"CultureInfo\.CurrentCulture|CultureInfo\.CurrentUICulture")]
    private static partial Regex CurrentCulture();
}
