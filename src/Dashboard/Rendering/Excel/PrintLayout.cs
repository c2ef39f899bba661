using System.Collections.Immutable;
using System.Globalization;
using ClosedXML.Excel;
using Dashboard.Analysis;

namespace Dashboard.Rendering.Excel;

/// <summary>
/// How a sheet prints, decided from its declaration and applied by both writers: A4, landscape
/// when its columns are wider than a portrait page, all columns scaled onto one page width (as many
/// pages tall as it takes), the header row repeated at the top of each page, and a table's
/// gridlines, which keep a right-aligned Arabic cell apart from the English one beside it on paper
/// (a page of text or charts prints without them). A table too wide to read at one page's width
/// (Claims' twenty-five columns would print at about a quarter of their size) is scaled onto the
/// fewest pages across that keep it readable, with its first column, the row's id, repeated on each.
/// </summary>
/// <param name="Landscape">True when the columns are wider than a portrait page holds at full size.</param>
/// <param name="TitleRows">How many rows from the top repeat on every page: 1 for a table's header row, 0 for none.</param>
/// <param name="PagesWide">How many pages wide the columns are scaled onto.</param>
/// <param name="TitleColumns">How many columns from the left repeat on every page across: the id, when a table prints more than one page wide.</param>
/// <param name="Gridlines">True to print the cells' gridlines.</param>
/// <param name="BreaksBefore">Rows that start a new page (on the Charts sheet, a band of charts that would not fit and the tables), in order; default for none.</param>
public sealed record PrintLayout(bool Landscape, int TitleRows, int PagesWide = 1, int TitleColumns = 0, bool Gridlines = false, ImmutableArray<int> BreaksBefore = default)
{
    /// <summary>OOXML's paper size code for A4, the paper of the readers this workbook is for; set, so the page count does not follow the printer's locale.</summary>
    public const int PaperA4 = 9;

    // Margins in inches: narrow at the sides, where a wide table needs the room, with space for the running head.
    internal const double SideMargin = 0.4;
    internal const double TopMargin = 0.6;
    internal const double HeadMargin = 0.3;

    /// <summary>Columns (in Excel's character widths) a portrait A4 page holds at full size, inside its margins.</summary>
    /// <remarks>A4 is 8.27 in wide; a character width of Calibri 11 is 7 px, 96 px to the inch, plus 5 px padding per column, which the sum leaves out.</remarks>
    public static readonly double PortraitWidth = (8.27 - 2 * SideMargin) * 96 / 7;

    /// <summary>
    /// The most columns, in characters, one landscape page takes: 250 print at 60% of full size
    /// in Excel (Calibri), about 6-point text from 11-point, a little less in LibreOffice, which
    /// measures columns with the wider DejaVu Sans. A wider table prints on more pages across.
    /// </summary>
    public const double MaxPageWidth = 250;

    /// <summary>
    /// A table with a header row: landscape when wider than a portrait page; on one page across
    /// when it fits <see cref="MaxPageWidth"/>, else on the fewest pages across that do, each
    /// repeating the first column.
    /// </summary>
    public static PrintLayout Table(IReadOnlyList<double> columnWidths)
    {
        var total = columnWidths.Sum();
        var pages = 1;
        // Each page after the first carries the repeated id column as well.
        while ((total + (pages - 1) * columnWidths[0]) / pages > MaxPageWidth) pages++;
        return new(total > PortraitWidth, 1, pages, pages > 1 ? 1 : 0, Gridlines: true);
    }

    /// <summary>
    /// How many bands a table takes when cut between whole columns, each band (after the first
    /// repeating the id column) at most <see cref="MaxPageWidth"/> wide. A printer cannot split a
    /// column, so when this exceeds <see cref="PagesWide"/> it prints the table smaller than the
    /// even split <see cref="Table"/> reckons with.
    /// </summary>
    public static int BandsOfWholeColumns(IReadOnlyList<double> columnWidths)
    {
        var bands = 1;
        var used = columnWidths[0];
        for (var j = 1; j < columnWidths.Count; j++)
        {
            if (used + columnWidths[j] > MaxPageWidth)
            {
                bands++;
                used = columnWidths[0];
            }
            used += columnWidths[j];
        }
        return bands;
    }

    /// <summary>A sheet of text or charts, without a header row to repeat.</summary>
    public static PrintLayout Page(IReadOnlyList<double> columnWidths) => new(columnWidths.Sum() > PortraitWidth, 0);

    /// <summary>
    /// How much of the sheet's height, in pixels (20 to a default row), one page holds once the
    /// columns are fitted to its width, with a tenth to spare: LibreOffice measures columns a little
    /// wider than Excel's digit width, so it shrinks a little more than this reckons.
    /// </summary>
    public double PageHeightInPixels(IReadOnlyList<double> columnWidths)
    {
        var (paperWidth, paperHeight) = Landscape ? (11.69, 8.27) : (8.27, 11.69);
        // 96 pixels to the inch.
        var sheetWidth = Pixels(columnWidths, columnWidths.Count) / 96;
        var scale = Math.Min(1, (paperWidth - 2 * SideMargin) * PagesWide / sheetWidth) * 0.9;
        return (paperHeight - 2 * TopMargin) * 96 / scale;
    }

    /// <summary>The width of the first <paramref name="count"/> columns in Excel's pixels: 7 a character and 5 of padding a column.</summary>
    public static double Pixels(IReadOnlyList<double> columnWidths, int count) => columnWidths.Take(count).Sum(w => w * 7 + 5);

    /// <summary>The print-titles reference of a sheet ("'By side'!$1:$1"), or null when nothing repeats.</summary>
    public string? TitlesReference(string sheet)
    {
        // Excel writes the columns first, then the rows, comma-separated.
        var parts = new List<string>();
        if (TitleColumns > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{SheetRef.Quote(sheet)}!$A:${StreamedSheet<object>.Letters(TitleColumns)}"));
        if (TitleRows > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{SheetRef.Quote(sheet)}!$1:${TitleRows}"));
        return parts.Count == 0 ? null : string.Join(",", parts);
    }

    /// <summary>Applies the layout and the running head through ClosedXML, all but the print titles.</summary>
    internal void Apply(IXLWorksheet ws, RunningHead head)
    {
        var page = ws.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = Landscape ? XLPageOrientation.Landscape : XLPageOrientation.Portrait;
        page.FitToPages(PagesWide, 0);
        if (!BreaksBefore.IsDefault) foreach (var row in BreaksBefore) page.AddHorizontalPageBreak(row - 1);
        page.CenterHorizontally = true;
        page.ShowGridlines = Gridlines;
        page.Margins.Left = SideMargin;
        page.Margins.Right = SideMargin;
        page.Margins.Top = TopMargin;
        page.Margins.Bottom = TopMargin;
        page.Margins.Header = HeadMargin;
        page.Margins.Footer = HeadMargin;
        // Title rows and columns are names in the workbook part, which XlsxAssembler writes for every sheet.
        page.Header.Left.AddText(XLHFPredefinedText.SheetName);
        page.Header.Right.AddText(head.HeaderRight);
        page.Footer.Left.AddText(head.FooterLeft);
        page.Footer.Right.AddText(head.PageNumber);
    }

    /// <summary>
    /// The sheet properties a streamed worksheet opens with: without fitToPage Excel ignores the
    /// fit-to-width setting. Written where the schema puts sheetPr, before the dimension.
    /// </summary>
    internal static void WriteSheetProperties(Utf8Xml w) => w.Raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"u8);

    /// <summary>
    /// The print settings of a streamed worksheet, in the schema's order (CT_Worksheet: printOptions,
    /// pageMargins, pageSetup, headerFooter, rowBreaks), after the hyperlinks and before the drawing and tables.
    /// </summary>
    internal void WriteSettings(Utf8Xml w, RunningHead head)
    {
        w.Raw(Gridlines ? "<printOptions horizontalCentered=\"1\" gridLines=\"1\"/>"u8 : "<printOptions horizontalCentered=\"1\"/>"u8);
        w.Raw("<pageMargins left=\""u8).Number(SideMargin).Raw("\" right=\""u8).Number(SideMargin).Raw("\" top=\""u8).Number(TopMargin).Raw("\" bottom=\""u8).Number(TopMargin)
            .Raw("\" header=\""u8).Number(HeadMargin).Raw("\" footer=\""u8).Number(HeadMargin).Raw("\"/>"u8);
        w.Raw("<pageSetup paperSize=\""u8).Integer(PaperA4).Raw("\" orientation=\""u8).Raw(Landscape ? "landscape"u8 : "portrait"u8).Raw("\" fitToWidth=\""u8).Integer(PagesWide).Raw("\" fitToHeight=\"0\"/>"u8);
        w.Raw("<headerFooter><oddHeader>"u8).Text(head.Header).Raw("</oddHeader><oddFooter>"u8).Text(head.Footer).Raw("</oddFooter></headerFooter>"u8);
        if (BreaksBefore.IsDefaultOrEmpty) return;
        // A break is stored on the row above it; 16383 is the last column, so the break runs the sheet's width.
        w.Raw("<rowBreaks count=\""u8).Integer(BreaksBefore.Length).Raw("\" manualBreakCount=\""u8).Integer(BreaksBefore.Length).Raw("\">"u8);
        foreach (var row in BreaksBefore) w.Raw("<brk id=\""u8).Integer(row - 1).Raw("\" max=\"16383\" man=\"1\"/>"u8);
        w.Raw("</rowBreaks>"u8);
    }
}

/// <summary>
/// What every printed page says around the sheet: its name and the dataset's edition at the top,
/// the dataset's title and the page number at the bottom. Each part is in Excel's header code,
/// where a literal ampersand is doubled.
/// </summary>
/// <param name="HeaderRight">The input and its edition ("claims.json, edition 2026-11-23").</param>
/// <param name="FooterLeft">The dataset's title.</param>
/// <param name="PageNumber">"Page 3 of 12", with Excel's page codes.</param>
public sealed record RunningHead(string HeaderRight, string FooterLeft, string PageNumber)
{
    /// <summary>Excel keeps at most 255 characters of a header or footer; the title gives way first.</summary>
    private const int MaxTitle = 120;

    /// <summary>The running head of a model's workbook, in the workbook's words.</summary>
    public static RunningHead Of(AnalysedModel model, Words.Words words)
    {
        var title = model.Dataset.Title.Length > MaxTitle ? model.Dataset.Title[..(MaxTitle - 1)] + "…" : model.Dataset.Title;
        var edition = words.InputWithEdition(model.Input.Name, model.Dataset.Edition);
        if (edition.Length > MaxTitle) edition = edition[..(MaxTitle - 1)] + "…";
        // The page codes go in as the arguments, so the words around them are the only literal text.
        return new RunningHead(Literal(edition), Literal(title), words.PageNumber("&P", "&N"));
    }

    /// <summary>The header: the sheet's name (Excel's &amp;A) on the left, the edition on the right.</summary>
    public string Header => "&L&A&R" + HeaderRight;

    /// <summary>The footer: the title on the left, the page number on the right.</summary>
    public string Footer => "&L" + FooterLeft + "&R" + PageNumber;

    /// <summary>Text shown as written: an ampersand would otherwise start a header code.</summary>
    private static string Literal(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}

/// <summary>How a formula or a defined name refers to a sheet.</summary>
internal static class SheetRef
{
    /// <summary>'By side', with a quote in the name doubled.</summary>
    public static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
