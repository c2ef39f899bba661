using ClosedXML.Excel;
using Dashboard.Analysis;

namespace Dashboard.Rendering.Excel;

/// <summary>The first sheet: what the workbook is, its provenance, the rules in short, and an index of sheets.</summary>
internal static class AboutSheet
{
    private static readonly string[] Rules =
    [
        "A claim is one figure, said by one source, in one document. Every figure is a claim by a party to the fighting or by state media; none is verified.",
        "Range of a claim: exact and about give [v, v]; more than and at least give [v, open]; up to gives [0, v]; a word such as 'dozens' is coded with a low (20) and no high.",
        "An open range has a blank 'high', open_above TRUE, and a display such as 46,000+.",
        "A statement is the claims with the same source, metric and incident: the same words in two documents count once; 'corroboration' is how many documents carry it.",
        "An incident's range runs from the lowest to the highest of its statements.",
        "A total adds the ranges of separate incidents. Where an incident may include another (a three-day toll and a day-one toll), the total runs from the larger figure to their sum; where it certainly includes it, the smaller adds nothing.",
        "Percentages are never added: their total is the range of their claims. They are stored as points (90 means 90%).",
    ];

    public static void Write(IXLWorksheet ws, AnalysedModel model, IReadOnlyList<string> claimSheets, IReadOnlyList<string> notes)
    {
        var row = 1;
        Line(model.Dataset.Title).Style.Font.SetBold().Font.FontSize = 14;
        Line("Figures reported by five press documents about the clashes, each traced to a quoted span of its document, with totals that never count the same people twice.");
        row++;
        Pair("Input file", model.Input.Name);
        Pair("Input SHA-256", model.Input.Sha256);
        Pair("Generator", "Dashboard " + Provenance.GeneratorVersion);
        Pair("Claims", model.Claims.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Pair("Documents", model.Dataset.Documents.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        row++;
        Line("Rules").Style.Font.SetBold();
        foreach (var rule in Rules) Line("• " + rule);
        foreach (var note in notes) Line("• " + note);
        row++;
        Line("Sheets").Style.Font.SetBold();
        var index = FiguresWorkbook.Sheets.Skip(1).SelectMany(s => s.Sheet == ClaimsSheet.Name ? claimSheets.Select(c => (Sheet: c, s.Holds)) : [s]);
        foreach (var (sheet, holds) in index)
        {
            var cell = ws.Cell(row, 1);
            cell.SetValue<string>(sheet);
            cell.Hyperlink = new XLHyperlink(ws.Workbook.Worksheet(sheet).Cell(1, 1));
            ws.Cell(row, 2).SetValue<string>(holds);
            row++;
        }
        ws.Column(1).Width = 16;
        ws.Column(2).Width = 100;
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
