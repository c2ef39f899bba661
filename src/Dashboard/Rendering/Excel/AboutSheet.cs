using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel.Sheets;
using Dashboard.Rendering.Words;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// The first sheet: what the workbook is, its provenance, the method (the same text as the report's),
/// an index of the sheets read from their declarations, and what each column of Claims holds.
/// </summary>
internal static class AboutSheet
{
    public const string Name = "About";

    public const string Holds = "What this workbook is, where it comes from, and the rules behind its figures.";

    /// <summary>Notes on how the workbook stores figures, beyond the method.</summary>
    private static readonly string[] Storage =
    [
        "Every figure is a claim by a party to the fighting or by state media, relayed by the press; none is verified.",
        "range_low and range_high are derived: the span a claim's words allow, or a total's span. An open range has a blank range_high, open_above TRUE and a display such as 46,000+.",
        "In Claims, low and high are the bounds recorded for a figure given in words (\"dozens\": low 20, no high), exactly as in data/claims.json.",
        "Percentages are stored as points (90 means 90%) and shown with a % sign; they are never added.",
        "The Charts sheet's bars read formulas into By side, By source and Incidents: correct a figure there and its bar follows.",
    ];

    public static void Write(IXLWorksheet ws, AnalysedModel model, IReadOnlyList<(string Sheet, string Holds)> index, IReadOnlyList<string> notes, EditionDiff? changes)
    {
        var words = Words.Words.English;
        var row = 1;
        Line(model.Dataset.Title).Style.Font.SetBold().Font.FontSize = 14;
        Line($"Figures reported by {words.Count(model.Dataset.Documents.Length, Noun.Document).Replace("document", "press document", StringComparison.Ordinal)} about the clashes, each traced to a quoted span of its document, with totals that never count the same people twice.");
        row++;
        Pair("Input file", model.Input.Name);
        Pair("Input SHA-256", model.Input.Sha256);
        if (model.Dataset.Edition is { } edition) Pair("Edition", edition);
        if (changes is not null)
        {
            Pair("Compared with", changes.PreviousEdition is { } e ? $"edition {e}: {changes.Previous.Name}" : changes.Previous.Name);
            Pair("Its SHA-256", changes.Previous.Sha256);
        }
        Pair("Generator", "Dashboard " + Provenance.GeneratorVersion);
        Pair("Claims", model.Claims.Length.ToString(CultureInfo.InvariantCulture));
        Pair("Documents", model.Dataset.Documents.Length.ToString(CultureInfo.InvariantCulture));
        Pair("Sources", model.Dataset.Sources.Length.ToString(CultureInfo.InvariantCulture));
        row++;
        Line("Method").Style.Font.SetBold();
        foreach (var (lead, text) in words.Method(MethodFacts.Of(model))) Line($"{lead} {text}");
        row++;
        Line("How this workbook stores figures").Style.Font.SetBold();
        foreach (var note in Storage.Concat(notes)) Line("• " + note);
        row++;
        Line("Sheets").Style.Font.SetBold();
        foreach (var (sheet, holds) in index)
        {
            var cell = ws.Cell(row, 1);
            cell.SetValue<string>(sheet);
            cell.Hyperlink = new XLHyperlink($"'{sheet}'!A1");
            ws.Cell(row, 2).SetValue<string>(holds);
            row++;
        }
        row++;
        Line("Columns of Claims (and of claims.csv)").Style.Font.SetBold();
        foreach (var (column, description) in ClaimsSheet.Descriptions)
        {
            ws.Cell(row, 1).SetValue<string>(column);
            ws.Cell(row, 2).SetValue<string>(description);
            row++;
        }
        ws.Column(1).Width = 24;
        ws.Column(2).Width = 110;
        ws.Column(2).Style.Alignment.WrapText = true;

        IXLCell Line(string text)
        {
            var cell = ws.Cell(row++, 1);
            cell.SetValue<string>(text);
            return cell;
        }

        void Pair(string label, string value)
        {
            ws.Cell(row, 1).SetValue<string>(label).Style.Font.SetBold();
            ws.Cell(row, 2).SetValue<string>(value);
            row++;
        }
    }
}
