using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The report's English words.</summary>
internal sealed partial class EnglishWords
{
    public override string Title(Dataset dataset) => dataset.Title;

    public override string ReadIn(Words edition) => edition.Code == "ar" ? "Read this report in Arabic" : "Read this report in English";

    public override string Lede(int claims, int documents, IReadOnlyList<(Side Side, int Sources)> sources)
    {
        var total = sources.Sum(s => s.Sources);
        var bySide = string.Join(", ", sources.Select(s => s.Side switch
        {
            Model.Side.Government => string.Create(CultureInfo.InvariantCulture, $"{s.Sources:N0} on the government side"),
            Model.Side.Sdf => string.Create(CultureInfo.InvariantCulture, $"{s.Sources:N0} on the SDF side"),
            Model.Side.Independent => string.Create(CultureInfo.InvariantCulture, $"{s.Sources:N0} independent"),
        }));
        return $"Who claims what, and how sure anyone can be: {Count(claims, Noun.Claim)} from {Count(documents, Noun.PressDocument)}, made by {Count(total, Noun.Source)} ({bySide}). Every number below traces to a quoted sentence: the list of claims gives each one with its original words.";
    }

    public override string ReadWithCare => "Read with care.";

    public override string Caveat => "These are claims by parties to the fighting and by state media, relayed by the press. None has been verified. Where a figure is uncertain it is shown as a range; an open figure is written as its text words it, “more than 46,000” or “at least 4”: a floor, with no stated upper limit.";

    public override string SectionsMenu => "Sections";

    public override string Heading(string section) => section switch
    {
        "headline" => "Headline figures",
        "contested" => "Contested accounts",
        "charts" => "Charts",
        "by-side" => "Totals by side",
        "by-source" => "Totals by source",
        "incidents" => "Incidents and how they nest",
        "claims" => "Every claim",
        "method" => "Method and caveats",
        "changes" => "Changed since the previous edition",
        "provenance" => "Sources, downloads and provenance",
        _ => throw Unknown(nameof(Heading), section),
    };

    public override string NoSourceGivesIt => "No source in these documents gives this figure.";

    public override string NoFigureFrom(Side side) => $"{Side(side)} give no figure";

    public override string MentionedNoFigure => "mentioned, no figure";

    public override string CombinedLabel(int sides) => sides == 2 ? "Both sides’ claims added" : "All sides’ claims added";

    public override string CombinedWhy(Metric metric, bool blamedOnEachOther) => !metric.Additive
        ? "No source states this range: it spans the sides’ claims. Percentages are never added."
        : blamedOnEachOther
            ? "No source states this figure. It may be added because each side counts the harm it blames on the other: different people. Each incident is counted once."
            : "No source states this figure. It adds the claims about separate incidents, each counted once; where one toll may include another, the range covers both readings.";

    public override string ClaimedBy => "according to";

    public override string TileBacking(Total total) =>
        $"{Count(total.Sources, Noun.Source)} · {Count(total.Documents, Noun.Document)}{(total.IndependentDocuments < total.Documents ? string.Create(CultureInfo.InvariantCulture, $", {total.IndependentDocuments} independent") : "")} · {Count(total.ClaimIds.Count, Noun.Claim)}";

    public override string Comma => ", ";

    public override string NameSeparator => "; ";

    public override string MoreInTheList(int more) => $"and {Plural(more, "more claim", "more claims")} in the list below";

    public override string ChartsIntro => "Solid bars run to the lowest figure claimed; the lighter part runs to the highest; an arrow and a “+” mean the claim sets no upper limit.";

    public override string ShowAsTable => "Show the figures as a table";

    public override IReadOnlyList<string> ChartTableHeaders { get; } = ["Bar", "Figure", "Claims"];

    public override string BySideIntro => "What each side's sources say in total, each event counted once within the side.";

    public override string MetricHeader => "Metric";

    public override string SourceHeader => "Source";

    public override string SideHeader => "Side";

    public override string KindHeader => "Kind";

    public override string Shown(int shown, int total, Noun what, string which, string where) =>
        string.Create(CultureInfo.InvariantCulture, $"Showing {shown:N0} of {Count(total, what)}: {which}. The full list is in {where}.");

    public override string MostClaimsFirst => "the ones with the most claims";

    public override string MostCarriedFirst => "those carried by the most documents, then the largest figures";

    public override string ClaimsTooltip(string ids) => "claims: " + ids;

    public override string ManyClaims(int count) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} claims (ids in aggregates.json)");

    public override string ClaimsIntro => "Each entry is one figure as one document reports it, with the words it stands on: the original first, then an English gloss.";

    public override IReadOnlyList<string> FilterLabels { get; } = ["Side", "All sides", "Metric", "All metrics", "Order"];

    public override IReadOnlyList<(string Value, string Label)> Orders { get; } =
    [
        ("dataset", "As in the dataset"), ("largest", "Largest figure first"), ("smallest", "Smallest figure first"), ("source", "By source"), ("document", "By document"),
    ];

    public override string CountTemplate => "Showing {0} of {1} claims.";

    public override string AboutGroup(Affected affected) =>
        affected == Model.Affected.Unspecified ? "who: not stated in the text" : "about: " + Affected(affected);

    public override string Gloss => "Gloss:";

    public override string InTheOriginal(string documentTitle) => $"In the original, “{documentTitle}”:";

    public override string InTheRendering(string language) => $"In the {LanguageName(language)} rendering:";

    public override string Note => "Note:";

    public override string ClaimFact(string fact) => fact switch
    {
        "claim" => "claim",
        "document" => "document",
        "incident" => "incident",
        _ => throw Unknown(nameof(ClaimFact), fact),
    };

    public override string CarriedBy => "carried by";

    public override string DocumentHeader(string column) => column switch
    {
        "document" => "Document",
        "id" => "File",
        "language" => "Language",
        "outlet" => "Outlet",
        "reported" => "When, by its own words",
        "renders" => "Renders",
        "claims" => "Claims",
        "sha256" => "SHA-256",
        _ => throw Unknown(nameof(DocumentHeader), column),
    };

    public override string NotReported => "the text does not say";

    public override string OutletName(Document document) => document.Outlet ?? OutletNotNamed;

    public override string OutletNotNamed => "not named in the text";

    public override string Downloads => "Downloads";

    public override string DownloadDescription(string what) => what switch
    {
        "workbook" => "Excel workbook: claims, native charts, totals by side, source, affected group and document, incidents, sources, documents",
        "csv" => "every claim with its range, statement and evidence (UTF-8 CSV)",
        "json" => "headline figures and every total with the claims behind it (JSON)",
        "edition" => "this report in the other language",
        "chart" => "chart",
        _ => throw Unknown(nameof(DownloadDescription), what),
    };

    public override string HowMade => "How this page was made";

    public override IReadOnlyList<string> MadeLabels { get; } = ["Input", "Generator", "Generated", "Edition"];

    public override string Footer(string version, string input) => $"Made with Dashboard {version} from {input}. Every figure on this page is a claim, not a verified fact.";

    public override string ChangesSince(string previousInput, string? previousEdition) =>
        previousEdition is null ? $"Compared with the previous input, {previousInput}." : $"Compared with edition {previousEdition} ({previousInput}).";

    public override string NothingChanged => "No figure, claim or total changed.";

    public override string Overall => "overall";

    public override string ClaimsMoved(int added, int changed, int removed) =>
        string.Create(CultureInfo.InvariantCulture, $"{added} {(added == 1 ? "claim" : "claims")} added, {changed} changed, {removed} removed; new and changed claims are marked in the list below.");

    public override string MovedBy => "moved by";

    public override string NewMark => "new";

    public override string ChangedMark(IEnumerable<string> fields) => "changed: " + string.Join(", ", fields);

    public override string RemovedClaims => "Claims no longer in the dataset";

    public override string MoreMovedBy(int more) =>
        string.Create(CultureInfo.InvariantCulture, $"and {Count(more, Noun.Claim)} more, all listed in the Changes sheet of figures.xlsx");

    public override string FirstInPreviousOrder => "the first in the previous edition's order";

    public override string IncidentsIntro =>
        "An incident is one event or one toll. Where a toll certainly counts another incident, the totals add nothing for the part; where it may, they run from the larger figure to both added, because the text does not say.";

    public override string IncidentHeader(string column) => column switch
    {
        "incident" => "Incident",
        "description" => "What it is",
        "place" => "Where",
        "nesting" => "Counts within it",
        "note" => "Note",
        _ => throw Unknown(nameof(IncidentHeader), column),
    };

    public override string Includes(IReadOnlyList<string> labels) => "includes: " + string.Join("; ", labels);

    public override string MayInclude(IReadOnlyList<string> labels) => "may include: " + string.Join("; ", labels) + " (the text does not say)";
}
