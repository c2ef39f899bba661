using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Rendering.Excel.Sheets;
using Dashboard.Rendering.Words;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// The first sheet: what the workbook is, its provenance, the method (the same words as the
/// report's), an index of the sheets read from their declarations, and what each column of Claims
/// holds. Labels and leads stand in the narrow first column, text wraps in the wide second one, and
/// each row is as tall as its text, so the sheet prints at full size, one page wide.
/// </summary>
internal static class AboutSheet
{
    public const string Name = "About";

    /// <summary>What the sheet holds, for the index.</summary>
    public static string Holds => FiguresWorkbook.Language.AboutSheetHolds;

    /// <summary>Labels, then text wrapped in a wide column.</summary>
    private static readonly double[] Widths = [24, 110];

    public static void Write(IXLWorksheet ws, AnalysedModel model, IReadOnlyList<(string Sheet, string Holds)> index, IReadOnlyList<string> notes, EditionDiff? changes, RunningHead head)
    {
        var words = FiguresWorkbook.Language;
        var row = 1;
        var title = Across(model.Dataset.Title, 14.0 / 11);
        title.Style.Font.SetBold().Font.FontSize = 14;
        Across(words.WorkbookLede(model.Dataset.Documents.Length), 1);
        row++;
        Pair(words.InputFileLabel, model.Input.Name);
        Pair(words.InputDigestLabel, model.Input.Sha256);
        if (model.Dataset.Edition is { } edition) Pair(words.EditionLabel, edition);
        if (changes is not null)
        {
            Pair(words.ComparedWithLabel, words.PreviousInput(changes.Previous.Name, changes.PreviousEdition));
            Pair(words.PreviousDigestLabel, changes.Previous.Sha256);
        }
        Pair(words.GeneratorLabel, "Dashboard " + Provenance.GeneratorVersion);
        Pair(words.ClaimsLabel, model.Claims.Length.ToString(CultureInfo.InvariantCulture));
        Pair(words.DocumentsLabel, model.Dataset.Documents.Length.ToString(CultureInfo.InvariantCulture));
        Pair(words.SourcesLabel, model.Dataset.Sources.Length.ToString(CultureInfo.InvariantCulture));
        row++;
        Heading(words.Heading("method"));
        foreach (var (lead, text) in words.Method(MethodFacts.Of(model))) Pair(lead, text);
        row++;
        Heading(words.StorageHeading);
        foreach (var note in words.StorageNotes.Concat(notes)) Pair("", note, bold: false);
        row++;
        Heading(words.SheetsHeading);
        foreach (var (sheet, holds) in index)
        {
            ws.Cell(row, 1).Hyperlink = new XLHyperlink($"{SheetRef.Quote(sheet)}!A1");
            Pair(sheet, holds, bold: false);
        }
        row++;
        Heading(words.ClaimColumnsHeading);
        foreach (var (column, description) in ClaimsSheet.Descriptions) Pair(column, description, bold: false);

        ws.Column(1).Width = Widths[0];
        ws.Column(2).Width = Widths[1];
        ws.Columns(1, 2).Style.Alignment.WrapText = true;
        ws.Columns(1, 2).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        PrintLayout.Page(Widths).Apply(ws, head);

        // Text across both columns: the title, the sentence under it, the headings.
        IXLCell Across(string text, double size)
        {
            var cell = ws.Cell(row, 1);
            cell.SetValue<string>(text);
            ws.Range(row, 1, row, 2).Merge();
            Height(CellRules.Lines(text, (Widths[0] + Widths[1]) / size) * size);
            row++;
            return cell;
        }

        void Heading(string text) => Across(text, 1).Style.Font.SetBold();

        void Pair(string label, string value, bool bold = true)
        {
            var cell = ws.Cell(row, 1).SetValue<string>(label);
            if (bold) cell.Style.Font.SetBold();
            ws.Cell(row, 2).SetValue<string>(value);
            Height(Math.Max(CellRules.Lines(label, Widths[0]), CellRules.Lines(value, Widths[1])));
            row++;
        }

        // LibreOffice does not grow a row to its wrapped text on opening: each row is given its height.
        void Height(double lines)
        {
            if (lines > 1) ws.Row(row).Height = Math.Ceiling(lines) * CellRules.LineHeight;
        }
    }
}
