using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>The report's interface words: headings, labels, sentences that frame the figures.</summary>
public abstract partial class Words
{
    /// <summary>The page title: the dataset's title in this language where it has one.</summary>
    public abstract string Title(Dataset dataset);

    /// <summary>The report file of this edition: "report.html", "report.ar.html".</summary>
    public string ReportFile => Code == "en" ? "report.html" : $"report.{Code}.html";

    /// <summary>The link's title pointing at this edition from the other one ("Read this report in Arabic").</summary>
    public abstract string ReadIn(Words edition);

    /// <summary>The sentence under the title, with the counts of the model.</summary>
    public abstract string Lede(int claims, int documents, int sources, int sides);

    /// <summary>"Read with care."</summary>
    public abstract string ReadWithCare { get; }

    /// <summary>What every figure on the page is, and what "46,000+" means.</summary>
    public abstract string Caveat { get; }

    /// <summary>Name of the section menu.</summary>
    public abstract string SectionsMenu { get; }

    /// <summary>A section's heading: headline, disagreements, charts, by-side, by-source, claims, method, provenance.</summary>
    public abstract string Heading(string section);

    // ---- Headline tiles ----

    /// <summary>For a metric nobody gives.</summary>
    public abstract string NoSourceGivesIt { get; }

    /// <summary>Short "no figure", in a side's row.</summary>
    public abstract string NoFigure { get; }

    /// <summary>In place of a figure, for harm a claim mentions with no number.</summary>
    public abstract string MentionedNoFigure { get; }

    /// <summary>How a tile's overall figure was combined.</summary>
    public abstract string HowCombined(Metric metric, FigureRange overall);

    /// <summary>"2 sources · 3 documents, 2 independent · 4 claims".</summary>
    public abstract string TileBacking(Total total);

    // ---- Quotations ----

    /// <summary>"document", before a document's id.</summary>
    public abstract string DocumentWord { get; }

    /// <summary>Between items of a list in running text: ", " or "، ".</summary>
    public abstract string Comma { get; }

    /// <summary>Said when a statement is also carried by renderings: "also in an English rendering", before its id.</summary>
    public abstract string AlsoRenderedIn(string language);

    /// <summary>Said when a side has more statements than are quoted.</summary>
    public abstract string MoreInTheList(int more);

    // ---- Charts ----

    /// <summary>How to read the bars.</summary>
    public abstract string ChartsIntro { get; }

    /// <summary>The fallback table's summary line.</summary>
    public abstract string ShowAsTable { get; }

    /// <summary>Headers of a chart's fallback table: bar, figure, claims.</summary>
    public abstract IReadOnlyList<string> ChartTableHeaders { get; }

    // ---- Tables ----

    /// <summary>What the by-side table shows.</summary>
    public abstract string BySideIntro { get; }

    /// <summary>Column header words.</summary>
    public abstract string MetricHeader { get; }

    /// <summary>See <see cref="MetricHeader"/>.</summary>
    public abstract string SourceHeader { get; }

    /// <summary>See <see cref="MetricHeader"/>.</summary>
    public abstract string SideHeader { get; }

    /// <summary>See <see cref="MetricHeader"/>.</summary>
    public abstract string KindHeader { get; }

    /// <summary>"Showing 1,000 of 50,000 claims: the ones … The full list is in …".</summary>
    public abstract string Shown(int shown, int total, Noun what, string which, string where);

    /// <summary>Which rows a long list keeps.</summary>
    public abstract string MostClaimsFirst { get; }

    /// <summary>Which claims a long list keeps.</summary>
    public abstract string MostCarriedFirst { get; }

    /// <summary>A tooltip listing a total's claims.</summary>
    public abstract string ClaimsTooltip(string ids);

    /// <summary>When too many ids to list.</summary>
    public abstract string ManyClaims(int count);

    // ---- Every claim ----

    /// <summary>What a claim entry shows.</summary>
    public abstract string ClaimsIntro { get; }

    /// <summary>Filter and order labels: side, all sides, metric, all metrics, order.</summary>
    public abstract IReadOnlyList<string> FilterLabels { get; }

    /// <summary>Orders the list can take, as (value, label).</summary>
    public abstract IReadOnlyList<(string Value, string Label)> Orders { get; }

    /// <summary>The count line the script fills in, with {0} shown and {1} in all.</summary>
    public abstract string CountTemplate { get; }

    /// <summary>Who a figure is about: "about: civilians".</summary>
    public abstract string About(string affected);

    /// <summary>Label of the English gloss.</summary>
    public abstract string Gloss { get; }

    /// <summary>Label of a claim's note.</summary>
    public abstract string Note { get; }

    /// <summary>Where a claim sits: its id, document and incident.</summary>
    public abstract IReadOnlyList<string> ClaimFacts { get; }

    /// <summary>Label for how many separate reports carry a claim's statement.</summary>
    public abstract string CarriedBy { get; }

    // ---- Provenance ----

    /// <summary>Headers of the documents table: document, language, outlet, renders, claims, SHA-256.</summary>
    public abstract IReadOnlyList<string> DocumentHeaders { get; }

    /// <summary>For a document that does not name its outlet.</summary>
    public abstract string OutletNotNamed { get; }

    /// <summary>"Downloads".</summary>
    public abstract string Downloads { get; }

    /// <summary>What each download holds: workbook, csv, json, chart, other edition.</summary>
    public abstract string DownloadDescription(string what);

    /// <summary>"How this page was made".</summary>
    public abstract string HowMade { get; }

    /// <summary>Labels: input, generator, generated, edition.</summary>
    public abstract IReadOnlyList<string> MadeLabels { get; }

    /// <summary>The footer sentence.</summary>
    public abstract string Footer(string version, string input);

    // ---- Changes since the previous edition ----

    /// <summary>What the box compares: the previous input and its edition.</summary>
    public abstract string ChangesSince(string previousInput, string? previousEdition);

    /// <summary>Said when nothing changed.</summary>
    public abstract string NothingChanged { get; }

    /// <summary>"overall", the figure of all sides together.</summary>
    public abstract string Overall { get; }

    /// <summary>Stands for a figure that does not exist in an edition.</summary>
    public string NoFigureMark => "–";

    /// <summary>How many claims were added, changed and removed; new and changed ones are marked in the list.</summary>
    public abstract string ClaimsMoved(int added, int changed, int removed);

    /// <summary>From before to after, in reading order: "→", or "←" in a right-to-left language.</summary>
    public string Arrow => Direction == "rtl" ? "←" : "→";

    /// <summary>"moved by", before the claims behind a change.</summary>
    public abstract string MovedBy { get; }

    /// <summary>The mark on a new claim.</summary>
    public abstract string NewMark { get; }

    /// <summary>The mark on a changed claim, with the fields that changed.</summary>
    public abstract string ChangedMark(IEnumerable<string> fields);

    /// <summary>Heading of the claims that are gone.</summary>
    public abstract string RemovedClaims { get; }

    /// <summary>After the first few claims that moved a figure: how many more, and where all are listed.</summary>
    public abstract string MoreMovedBy(int more);

    /// <summary>Which removed claims the page lists when there are too many: the first in the old file's order.</summary>
    public abstract string FirstInPreviousOrder { get; }
}
