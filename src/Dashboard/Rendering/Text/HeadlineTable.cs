using System.Text;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Text;

/// <summary>The compact table of headline figures the generator prints when it finishes.</summary>
public static class HeadlineTable
{
    /// <summary>
    /// One line per metric: each side's figure, the overall one, and how many sources and documents
    /// back it. The side columns follow the vocabulary's order and take the report's own words for
    /// each side and for the metric header, so the console and the report name a side alike; open
    /// figures are worded by their qualifier ("more than 46,000"), as in the report.
    /// </summary>
    public static string Format(AnalysedModel model, Words.Words? words = null)
    {
        words ??= Words.Words.English;
        var sides = Vocabulary.Sides.Select(s => s.Value).ToList();
        List<string[]> rows = [[words.MetricHeader, .. sides.Select(words.Side), words.OverallHeader, words.BackedByHeader]];
        foreach (var h in model.Headlines)
        {
            rows.Add(
            [
                words.Metric(h.Metric),
                .. sides.Select(side => Show(words, h.For(side), h.Metric.Unit)),
                Show(words, h.Overall, h.Metric.Unit),
                h.Overall is { } o ? words.Backing(o) : "",
            ]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Append(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd()).Append('\n');
        }
        return sb.ToString();
    }

    private static string Show(Words.Words words, Total? total, Unit unit) => total is null ? "-" : words.Figure(total.Range, unit);
}
