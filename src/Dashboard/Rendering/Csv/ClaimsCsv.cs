using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Csv;

/// <summary><c>claims.csv</c>: one row per claim, as recorded plus its derived range and statement.</summary>
public sealed class ClaimsCsv : IOutput
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "document", "source", "source_name", "side", "metric", "value", "qualifier", "low", "high",
        "range_low", "range_high", "open_above", "affected", "incident", "statement", "corroboration", "independent_documents",
        "place", "period", "evidence", "evidence_en", "note",
    ];

    /// <inheritdoc />
    public string RelativePath => "claims.csv";

    /// <inheritdoc />
    public void Write(AnalysedModel model, Stream stream)
    {
        using var w = new StreamWriter(stream, CsvText.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine(string.Join(',', Columns));
        foreach (var a in model.Claims)
        {
            var c = a.Claim;
            w.WriteLine(string.Join(',',
                CsvText.Text(c.Id), CsvText.Text(c.Document), CsvText.Text(c.Source), CsvText.Text(a.Source.Name), CsvText.Text(a.Side.Wire()),
                CsvText.Text(c.Metric), CsvText.Number(c.Value), CsvText.Text(c.Qualifier.Wire()), CsvText.Number(c.Low), CsvText.Number(c.High),
                CsvText.Number(a.Range.Low), CsvText.Number(a.Range.High), a.Range.IsOpen ? "true" : "false",
                CsvText.Text(c.Affected.Wire()), CsvText.Text(c.Incident), CsvText.Text(a.Statement.ToString()),
                model.StatementOf(a).Corroboration.ToString(System.Globalization.CultureInfo.InvariantCulture),
                model.StatementOf(a).IndependentDocuments.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CsvText.Text(c.Place), CsvText.Text(c.Period), CsvText.Text(c.Evidence), CsvText.Text(c.EvidenceEn), CsvText.Text(c.Note)));
        }
    }
}
