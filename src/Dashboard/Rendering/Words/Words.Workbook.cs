namespace Dashboard.Rendering.Words;

/// <summary>
/// The workbook's words: the About sheet, what each sheet holds, the Charts sheet's text, the
/// columns of Claims, notes, and the printed page. Sheet names, table names and column headers
/// are not words: they are the workbook's contract with formulas and with claims.csv.
/// </summary>
public abstract partial class Words
{
    // ---- The About sheet ----

    /// <summary>The sentence under the title: what the workbook holds, with the number of documents.</summary>
    public abstract string WorkbookLede(int documents);

    /// <summary>Label of the input file's name.</summary>
    public abstract string InputFileLabel { get; }

    /// <summary>Label of the input file's SHA-256.</summary>
    public abstract string InputDigestLabel { get; }

    /// <summary>Label of the dataset's edition.</summary>
    public abstract string EditionLabel { get; }

    /// <summary>Label of the previous input a comparison was made with.</summary>
    public abstract string ComparedWithLabel { get; }

    /// <summary>The previous input, with its edition when it names one: "edition 2026-11-20: old.json".</summary>
    public abstract string PreviousInput(string previousInput, string? previousEdition);

    /// <summary>Label of the previous input's SHA-256.</summary>
    public abstract string PreviousDigestLabel { get; }

    /// <summary>Label of the program and version that wrote the file.</summary>
    public abstract string GeneratorLabel { get; }

    /// <summary>Label of the number of claims.</summary>
    public abstract string ClaimsLabel { get; }

    /// <summary>Label of the number of documents.</summary>
    public abstract string DocumentsLabel { get; }

    /// <summary>Label of the number of sources.</summary>
    public abstract string SourcesLabel { get; }

    /// <summary>Heading of the notes on how the workbook stores figures.</summary>
    public abstract string StorageHeading { get; }

    /// <summary>How the workbook stores figures, a note a paragraph.</summary>
    public abstract IReadOnlyList<string> StorageNotes { get; }

    /// <summary>Said when the claims continue on further sheets.</summary>
    public abstract string ClaimsContinueOn(int rowsPerSheet, IReadOnlyList<string> sheets);

    /// <summary>Said when a sheet has more links than Excel allows, so none are written.</summary>
    public abstract string LinksLeftOut(int claims, int maxLinks);

    /// <summary>Heading of the index of sheets.</summary>
    public abstract string SheetsHeading { get; }

    /// <summary>Heading of the description of the Claims sheet's columns.</summary>
    public abstract string ClaimColumnsHeading { get; }

    /// <summary>What each column of Claims (and of claims.csv) holds, by column header; a test holds it to the sheet's columns.</summary>
    public abstract IReadOnlyDictionary<string, string> ClaimColumns { get; }

    // ---- What each sheet holds, for the About sheet's index ----

    /// <summary>The About sheet.</summary>
    public abstract string AboutSheetHolds { get; }

    /// <summary>The Charts sheet.</summary>
    public abstract string ChartsSheetHolds { get; }

    /// <summary>The Changes sheet, with the previous input it compares with.</summary>
    public abstract string ChangesSheetHolds(string previous);

    /// <summary>The previous input of a comparison, in full: its edition, name and digest.</summary>
    public abstract string PreviousInputInFull(string previousInput, string sha256, string? previousEdition);

    /// <summary>The Claims sheet.</summary>
    public abstract string ClaimsSheetHolds { get; }

    /// <summary>The By side sheet.</summary>
    public abstract string BySideSheetHolds { get; }

    /// <summary>The By source sheet.</summary>
    public abstract string BySourceSheetHolds { get; }

    /// <summary>The By affected sheet.</summary>
    public abstract string ByAffectedSheetHolds { get; }

    /// <summary>The By document sheet.</summary>
    public abstract string ByDocumentSheetHolds { get; }

    /// <summary>The Incidents sheet.</summary>
    public abstract string IncidentsSheetHolds { get; }

    /// <summary>What the Contested sheet holds.</summary>
    public abstract string ContestedSheetHolds { get; }

    /// <summary>What the Attribution sheet holds.</summary>
    public abstract string AttributionSheetHolds { get; }

    /// <summary>What the Same people sheet holds.</summary>
    public abstract string SamePeopleSheetHolds { get; }

    /// <summary>The Sources sheet.</summary>
    public abstract string SourcesSheetHolds { get; }

    /// <summary>The Documents sheet.</summary>
    public abstract string DocumentsSheetHolds { get; }

    // ---- The Charts sheet ----

    /// <summary>The sheet's first line.</summary>
    public abstract string ChartsSheetTitle { get; }

    /// <summary>How the charts read the cells below them.</summary>
    public abstract string ChartsSheetNote { get; }

    /// <summary>Added to each chart's source line: how an open range shows.</summary>
    public abstract string OpenEndedInBarLabel { get; }

    /// <summary>Heading of the table a chart reads.</summary>
    public abstract string FiguresOfChart(string title);

    /// <summary>Column of a chart's table: a group's solid part, to the lowest figure.</summary>
    public abstract string LowestColumn(string group);

    /// <summary>Column of a chart's table: a group's lighter part, up to the highest figure.</summary>
    public abstract string ToHighestColumn(string group);

    // ---- Cells ----

    /// <summary>Ends a list of claim ids cut short at a cell's limit: how many there are and where they all are.</summary>
    public abstract string MoreClaimsThanFit(int count);

    /// <summary>Title of the message a drop-down list shows for a value not in it.</summary>
    public abstract string NotInListTitle { get; }

    /// <summary>The message a drop-down list shows for a value not in it.</summary>
    public abstract string NotInList(string column);

    // ---- Printed pages ----

    /// <summary>"Page 3 of 12", with the page and the count given as they are to be shown (Excel's page codes in a header).</summary>
    public abstract string PageNumber(string page, string pages);
}
