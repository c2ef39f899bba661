using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The report's English words.</summary>
internal sealed partial class EnglishWords
{
    public override string Title(Dataset dataset) => dataset.Title;

    public override string ReadIn(Words edition) => edition.Code == "ar" ? "Read this report in Arabic" : "Read this report in English";

    public override string Lede(int claims, int documents, int sources, int sides) =>
        $"Who claims what, and how sure anyone can be: {Count(claims, Noun.Claim)} from {Count(documents, Noun.PressDocument)}, made by {Count(sources, Noun.Source)} on {Count(sides, Noun.Side)}. Every number below traces to a quoted sentence: the list of claims gives each one with its original words.";

    public override string ReadWithCare => "Read with care.";

    public override string Caveat => "These are claims by parties to the fighting and by state media, relayed by the press. None has been verified. Where a figure is uncertain it is shown as a range; “46,000+” means “at least 46,000, with no stated upper limit”.";

    public override string SectionsMenu => "Sections";

    public override string Heading(string section) => section switch
    {
        "headline" => "Headline figures",
        "contested" => "Contested accounts",
        "charts" => "Charts",
        "by-side" => "Totals by side",
        "by-source" => "Totals by source",
        "claims" => "Every claim",
        "method" => "Method and caveats",
        "changes" => "Changed since the previous edition",
        "provenance" => "Sources, downloads and provenance",
        _ => throw Unknown(nameof(Heading), section),
    };

    public override string NoSourceGivesIt => "No source in these documents gives this figure.";

    public override string NoFigure => "no figure";

    public override string MentionedNoFigure => "mentioned, no figure";

    public override string HowCombined(Metric metric, FigureRange overall)
    {
        var what = metric.Additive ? "All claims combined, each event counted once" : "Range of the claims (percentages are never added)";
        return overall.IsOpen ? what + "; at least this many, no upper limit stated." : overall.IsPoint ? what + "." : what + "; the true figure lies in this range if the claims hold.";
    }

    public override string TileBacking(Total total) =>
        $"{Count(total.Sources, Noun.Source)} · {Count(total.Documents, Noun.Document)}{(total.IndependentDocuments < total.Documents ? string.Create(CultureInfo.InvariantCulture, $", {total.IndependentDocuments} independent") : "")} · {Count(total.ClaimIds.Count, Noun.Claim)}";

    public override string DocumentWord => "document";

    public override string Comma => ", ";

    public override string AlsoRenderedIn(string language) => $"also in an {LanguageName(language)} rendering";

    public override string MoreInTheList(int more) => $"and {Plural(more, "more claim", "more claims")} in the list below";

    public override string ChartsIntro => "Solid bars run to the lowest figure claimed; the lighter part runs to the highest; an arrow means the claim sets no upper limit.";

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

    public override string About(string affected) => "about: " + affected;

    public override string Gloss => "Gloss:";

    public override string Note => "Note:";

    public override IReadOnlyList<string> ClaimFacts { get; } = ["claim", "document", "incident"];

    public override string CarriedBy => "carried by";

    public override IReadOnlyList<string> DocumentHeaders { get; } = ["Document", "Language", "Outlet", "Renders", "Claims", "SHA-256"];

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
}
