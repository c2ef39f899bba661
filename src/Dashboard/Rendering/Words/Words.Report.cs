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

    /// <summary>The sentence under the title, with the counts of the model: claims, documents, and the sources of each side (vocabulary order, sides with none left out).</summary>
    public abstract string Lede(int claims, int documents, IReadOnlyList<(Side Side, int Sources)> sources);

    /// <summary>"Read with care."</summary>
    public abstract string ReadWithCare { get; }

    /// <summary>What every figure on the page is, and how an open figure is written.</summary>
    public abstract string Caveat { get; }

    /// <summary>Name of the section menu.</summary>
    public abstract string SectionsMenu { get; }

    /// <summary>A section's heading: headline, contested, charts, by-side, by-source, incidents, claims, method, provenance, changes.</summary>
    public abstract string Heading(string section);

    // ---- Headline tiles ----

    /// <summary>For a metric nobody gives.</summary>
    public abstract string NoSourceGivesIt { get; }

    /// <summary>A side's row of a tile when its sources give no figure for the metric: "SDF sources give no figure".</summary>
    public abstract string NoFigureFrom(Side side);

    /// <summary>In place of a figure, for harm a claim mentions with no number.</summary>
    public abstract string MentionedNoFigure { get; }

    /// <summary>Before a tile's combined figure: the sides' claims added, by how many sides give one.</summary>
    public abstract string CombinedLabel(int sides);

    /// <summary>
    /// Under a tile's combined figure: no source states it, and why it may be added. When
    /// <paramref name="blamedOnEachOther"/>, each side's figure is harm it blames on another side,
    /// so the figures count different people.
    /// </summary>
    public abstract string CombinedWhy(Metric metric, bool blamedOnEachOther);

    /// <summary>Before the sources a side's figure comes from, in a tile: "according to".</summary>
    public abstract string ClaimedBy { get; }

    /// <summary>"2 sources · 3 documents, 2 independent · 4 claims".</summary>
    public abstract string TileBacking(Total total);

    // ---- Quotations ----

    /// <summary>Between items of a list in running text: ", " or "، ".</summary>
    public abstract string Comma { get; }

    /// <summary>Between names that may hold commas themselves ("Syrian Minister of Emergency, Raed al-Saleh"): "; " or "؛ ".</summary>
    public abstract string NameSeparator { get; }

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

    /// <summary>Who a figure is about: "about: civilians", or that the text does not say.</summary>
    public abstract string AboutGroup(Affected affected);

    /// <summary>Label of the English gloss (on a page in another language, the summary a reader opens to see it).</summary>
    public abstract string Gloss { get; }

    /// <summary>Before the original's words of a claim quoted from a rendering: "In the original (…)".</summary>
    public abstract string InTheOriginal(string documentTitle);

    /// <summary>Before a rendering's own words, shown after the original's.</summary>
    public abstract string InTheRendering(string language);

    /// <summary>Label of a claim's note.</summary>
    public abstract string Note { get; }

    /// <summary>Where a claim sits, one label per fact: "claim" (its id), "document", "incident".</summary>
    public abstract string ClaimFact(string fact);

    /// <summary>Label for how many separate reports carry a claim's statement.</summary>
    public abstract string CarriedBy { get; }

    // ---- Provenance ----

    /// <summary>Headers of the documents table, by column: "document", "id", "language", "outlet", "reported", "renders", "claims", "sha256".</summary>
    public abstract string DocumentHeader(string column);

    /// <summary>For a document that does not say when it was written.</summary>
    public abstract string NotReported { get; }

    /// <summary>An outlet's name in this language where the data gives one, else as the data writes it.</summary>
    public abstract string OutletName(Document document);

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
