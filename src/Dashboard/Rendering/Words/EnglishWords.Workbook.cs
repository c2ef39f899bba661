using System.Globalization;

namespace Dashboard.Rendering.Words;

/// <summary>The workbook's English words.</summary>
internal sealed partial class EnglishWords
{
    public override string WorkbookLede(int documents) =>
        $"Figures reported by {Count(documents, Noun.PressDocument)} about the clashes, each traced to a quoted span of its document, with totals that never count the same people twice.";

    public override string InputFileLabel => "Input file";

    public override string InputDigestLabel => "Input SHA-256";

    public override string EditionLabel => "Edition";

    public override string ComparedWithLabel => "Compared with";

    public override string PreviousInput(string previousInput, string? previousEdition) =>
        previousEdition is null ? previousInput : $"edition {previousEdition}: {previousInput}";

    public override string PreviousDigestLabel => "Its SHA-256";

    public override string GeneratorLabel => "Generator";

    public override string ClaimsLabel => "Claims";

    public override string DocumentsLabel => "Documents";

    public override string SourcesLabel => "Sources";

    public override string StorageHeading => "How this workbook stores figures";

    public override IReadOnlyList<string> StorageNotes { get; } =
    [
        "Every figure is a claim by a party to the fighting or by state media, relayed by the press; none is verified.",
        "range_low and range_high are derived: the span a claim's words allow, or a total's span. An open range has a blank range_high, open_above TRUE and a display such as 46,000+.",
        "In Claims, low and high are the bounds recorded for a figure given in words (\"dozens\": low 20, no high), exactly as in data/claims.json.",
        "Percentages are stored as points (90 means 90%) and shown with a % sign; they are never added.",
        "The Charts sheet's bars read formulas into By side, By source and Incidents: correct a figure there and its bar follows.",
        "Printed, each sheet fits its columns to the page width and repeats its header row on every page; a table too wide to read on one page prints on pages side by side, each starting with the row's id.",
    ];

    public override string ClaimsContinueOn(int rowsPerSheet, IReadOnlyList<string> sheets) =>
        string.Create(CultureInfo.InvariantCulture, $"The claims do not fit one sheet (Excel holds {rowsPerSheet:N0} rows a sheet): they continue on {string.Join(", ", sheets)}.");

    public override string LinksLeftOut(int claims, int maxLinks) =>
        string.Create(CultureInfo.InvariantCulture, $"With {claims:N0} claims, the links from each claim to its source and document rows are left out (Excel allows {maxLinks:N0} links a sheet); filter the Sources and Documents sheets by id instead.");

    public override string SheetsHeading => "Sheets";

    public override string ClaimColumnsHeading => "Columns of Claims (and of claims.csv)";

    public override IReadOnlyDictionary<string, string> ClaimColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "The claim's id in data/claims.json.",
        ["document"] = "The document that carries the claim (its seed file name).",
        ["source"] = "Who makes the claim (source id).",
        ["source_name"] = "The source's English name.",
        ["side"] = "The side the source speaks for: government, sdf or independent.",
        ["metric"] = "What is counted: killed, injured, displaced_people, displaced_families, area_cleared_pct, attacks.",
        ["unit"] = "people, families, percent or events.",
        ["value"] = "The number as written; blank for a figure given in words.",
        ["qualifier"] = "How the text hedges it: exact, more_than, at_least, about, up_to, vague, or unquantified (harm mentioned with no figure, counted in no total).",
        ["low"] = "As recorded, for a figure given in words only: its lowest reading (\"dozens\": 20).",
        ["high"] = "As recorded, for a figure given in words only: its highest reading; blank when none.",
        ["range_low"] = "Derived: the lowest figure the claim's words allow.",
        ["range_high"] = "Derived: the highest figure the words allow; blank when open above.",
        ["open_above"] = "TRUE when no upper limit is stated (\"more than 46,000\").",
        ["display"] = "The range as text: 8, 57–59, 46,000+; \"mentioned, no figure\" for harm named without a number.",
        ["affected"] = "Who the figure is about, as the text says; unspecified when it does not.",
        ["incident"] = "The harm or event the claim describes; claims describing the same one share it.",
        ["blames"] = "Whom the claim's source holds responsible for the harm: government, sdf, or not_stated (the words name no one, or the figure is not a harm).",
        ["statement"] = "source/metric/incident: claims with the same statement count once.",
        ["corroboration"] = "How many documents carry the statement.",
        ["independent_documents"] = "Of those, how many are separate reports: a rendering and its original count once.",
        ["place"] = "Where, as precisely as the text allows.",
        ["period"] = "When, in the text's terms; blank when it gives no time.",
        ["evidence"] = "The verbatim span of the document, in its language.",
        ["evidence_en"] = "An English gloss of the evidence, in the curator's words.",
        ["note"] = "What an analyst must know about the claim.",
    };

    public override string AboutSheetHolds => "What this workbook is, where it comes from, and the rules behind its figures.";

    public override string ChartsSheetHolds => "Native charts of the killed and injured (by claimant side, by source, the range of each incident), drawn from formulas into this workbook's own cells.";

    public override string ChangesSheetHolds(string previous) => $"What changed since the previous edition: {previous}.";

    public override string PreviousInputInFull(string previousInput, string sha256, string? previousEdition) =>
        previousEdition is null ? $"{previousInput} (sha256 {sha256})" : $"edition {previousEdition} ({previousInput}, sha256 {sha256})";

    public override string ClaimsSheetHolds => "One row per claim: the figure as recorded, its range, source, side, incident, statement, corroboration and the quoted evidence.";

    public override string BySideSheetHolds => "Totals per side's sources, per metric, with the claims behind each.";

    public override string BySourceSheetHolds => "Totals per source, per metric.";

    public override string ByAffectedSheetHolds => "Totals per affected group (who the figure is about), per metric.";

    public override string ByDocumentSheetHolds => "Totals per document, per metric.";

    public override string IncidentsSheetHolds => "Each incident's range per metric, and which incident may contain it.";

    public override string ContestedSheetHolds => "What the sides contest: each question the documents answer differently, and every side's position in its own words.";

    public override string AttributionSheetHolds => "Harm each side's sources blame on whom, per metric, without counting anyone twice. Two sides' rows count different people: side by side, never against each other.";

    public override string SamePeopleSheetHolds => "Figures compared only where they count the same people: two statements about one incident, or a toll and an incident it includes or may include (read both ways, never a conflict).";

    public override string SourcesSheetHolds => "Who makes the claims, and the side each speaks for.";

    public override string DocumentsSheetHolds => "The press documents: language, outlet if named, SHA-256.";

    public override string ChartsSheetTitle => "Charts: killed and injured as the sources claim them";

    public override string ChartsSheetNote => "Each chart reads the table of figures under the charts; its cells are formulas into the By side, By source and Incidents sheets, so a corrected figure moves its bar. Bars follow range_low and range_high; labels follow display. Bars are solid to the lowest figure claimed and lighter up to the highest.";

    public override string OpenEndedInBarLabel => "Open-ended figures (“46,000+”) are marked in the bar's label.";

    public override string FiguresOfChart(string title) => $"Figures of “{title}”";

    public override string LowestColumn(string group) => $"{group}: lowest";

    public override string ToHighestColumn(string group) => $"{group}: to highest";

    public override string MoreClaimsThanFit(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"… and more: {count:N0} claims in all; the full list is in aggregates.json.");

    public override string NotInListTitle => "Not in the contract";

    public override string NotInList(string column) => $"'{column}' must be one of the values in data/README.md.";

    public override string PageNumber(string page, string pages) => $"Page {page} of {pages}";
}
