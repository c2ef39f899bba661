using System.Text;
using Dashboard.Loading;
using Dashboard.Model;

namespace Dashboard.Validation;

/// <summary>
/// Checks the dataset against the documents themselves: every file is the one that was curated
/// (same SHA-256), every quoted span (evidence, positions, dates, outlets) really stands in its
/// document, and each claim's figure is written in its own span.
/// </summary>
public static class DocumentChecks
{
    /// <summary>Problems found comparing <paramref name="dataset"/> with the <c>ID.txt</c> files in <paramref name="folder"/>.</summary>
    public static List<Problem> Check(Dataset dataset, SourceMap map, string folder)
    {
        var problems = new List<Problem>();
        if (!Directory.Exists(folder))
        {
            problems.Add(map.ProblemAtRoot("$.documents", $"documents folder '{folder}' does not exist"));
            return problems;
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Documents.Length; i++)
        {
            var doc = dataset.Documents[i];
            var file = Path.Combine(folder, doc.Id + ".txt");
            if (!File.Exists(file))
            {
                problems.Add(map.ProblemAt("documents", i, "id", $"document file '{file}' does not exist"));
                continue;
            }
            var bytes = File.ReadAllBytes(file);
            var actual = DatasetLoader.Digest(bytes);
            if (actual != doc.Sha256)
            {
                problems.Add(map.ProblemAt("documents", i, "sha256", $"sha256 {doc.Sha256} does not match '{file}', whose digest is {actual}"));
            }
            var folded = Fold(Encoding.UTF8.GetString(bytes));
            texts.TryAdd(doc.Id, folded);
            if (doc.OutletEvidence is { } words && !folded.Contains(Fold(words), StringComparison.Ordinal))
            {
                problems.Add(map.ProblemAt("documents", i, "outlet_evidence", $"'{Clip(words)}' does not stand verbatim in '{file}'"));
            }
            if (doc.ReportedEvidence is { } when && !folded.Contains(Fold(when), StringComparison.Ordinal))
            {
                problems.Add(map.ProblemAt("documents", i, "reported_evidence", $"'{Clip(when)}' does not stand verbatim in '{file}'"));
            }
        }
        for (var i = 0; i < dataset.Claims.Length; i++)
        {
            var claim = dataset.Claims[i];
            if (texts.TryGetValue(claim.Document, out var text) && !text.Contains(Fold(claim.Evidence), StringComparison.Ordinal))
            {
                problems.Add(map.ProblemAt("claims", i, "evidence", $"'{Clip(claim.Evidence)}' does not stand verbatim in document '{claim.Document}'"));
            }
            if (FigureInWords.Problem(claim) is { } figure) problems.Add(map.ProblemAt("claims", i, "value", figure));
        }
        for (var i = 0; i < dataset.Contentions.Length; i++)
        {
            var positions = dataset.Contentions[i].Positions;
            for (var k = 0; k < positions.Length; k++)
            {
                var p = positions[k];
                if (texts.TryGetValue(p.Document, out var text) && !text.Contains(Fold(p.Evidence), StringComparison.Ordinal))
                {
                    problems.Add(map.ProblemAt("contentions", i, "positions", k, "evidence", $"'{Clip(p.Evidence)}' does not stand verbatim in document '{p.Document}'"));
                }
            }
        }
        return problems;
    }

    /// <summary>
    /// Folds every run of white space (line breaks, no-break spaces) into one space, so a span
    /// quoted on one line matches text the document wraps over several.
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
