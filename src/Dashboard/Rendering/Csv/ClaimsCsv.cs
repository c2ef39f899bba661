using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel;
using Dashboard.Rendering.Excel.Sheets;

namespace Dashboard.Rendering.Csv;

/// <summary>
/// <c>claims.csv</c>: one row per claim with the Claims sheet's columns, from the same declaration,
/// so the two can never drift apart.
/// </summary>
public sealed class ClaimsCsv : IOutput
{
    /// <summary>The columns, in order: the Claims sheet's headers.</summary>
    public static IReadOnlyList<string> Columns(AnalysedModel model) => ClaimsSheet.Columns(model).Select(c => c.Header).ToList();

    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "claims.csv";

    /// <inheritdoc />
    public string RelativePath => FileName;

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        var columns = ClaimsSheet.Columns(model);
        using var w = new StreamWriter(stream, CsvText.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine(string.Join(',', columns.Select(c => c.Header)));
        Span<char> number = stackalloc char[32];
        foreach (var row in ClaimsSheet.Rows(model))
        {
            for (var j = 0; j < columns.Count; j++)
            {
                if (j > 0) w.Write(',');
                var value = columns[j].Value(row);
                switch (value.Type)
                {
                    case CellType.Blank:
                        break;
                    case CellType.Boolean:
                        w.Write(value.Number != 0 ? "true" : "false");
                        break;
                    case CellType.Number:
                    case CellType.Integer:
                        value.Number.TryFormat(number, out var written, "R", CultureInfo.InvariantCulture);
                        w.Write(number[..written]);
                        break;
                    default:
                        CsvText.Write(w, value.Text!);
                        break;
                }
            }
            w.WriteLine();
        }
    }
}
