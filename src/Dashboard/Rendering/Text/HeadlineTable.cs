using System.Text;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Text;

/// <summary>The compact table of headline figures the generator prints when it finishes.</summary>
public static class HeadlineTable
{
    /// <summary>One line per metric: overall figure, each side's, and how many sources and documents back it.</summary>
    public static string Format(AnalysedModel model)
    {
        var rows = new List<string[]> { new[] { "Metric", "Government sources", "SDF sources", "Independent", "Overall", "Backed by" } };
        foreach (var h in model.Headlines)
        {
            rows.Add(
            [
                h.Metric.Label,
                Show(h.For(Side.Government), h.Metric.Unit),
                Show(h.For(Side.Sdf), h.Metric.Unit),
                Show(h.For(Side.Independent), h.Metric.Unit),
                Show(h.Overall, h.Metric.Unit),
                h.Overall is { } o ? $"{o.Sources} source{(o.Sources == 1 ? "" : "s")}, {o.Documents} document{(o.Documents == 1 ? "" : "s")}" : "",
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

    private static string Show(Total? total, Unit unit) => total is null ? "-" : total.Range.Format(unit);
}
