using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;
using Dashboard.Rendering.Charts;
using Dashboard.Rendering.Words;

namespace Dashboard.Rendering.Html;

/// <summary>A file the report links to, and what it holds ("workbook", "csv", "json", "chart", "edition").</summary>
public sealed record Download(string Path, string What);

/// <summary>Options that are not part of the data.</summary>
/// <param name="Downloads">Sibling outputs to link to.</param>
/// <param name="GeneratedAt">Shown only when given (from SOURCE_DATE_EPOCH), so runs stay byte-identical.</param>
/// <param name="Changes">What changed since the previous edition, when one was given; otherwise the page says nothing of it.</param>
public sealed record ReportOptions(IReadOnlyList<Download> Downloads, DateTimeOffset? GeneratedAt = null, EditionDiff? Changes = null);

/// <summary>
/// Everything a section reads: the analysed model, the words of the edition, its charts, and the
/// few helpers that turn a figure or a side into markup the same way everywhere. Sections read
/// figures from the model and never compute one.
/// </summary>
public sealed class ReportContext
{
    /// <summary>Claims listed in the page; beyond this the page keeps the most relevant and points to the full list.</summary>
    public const int MaxClaimRows = 1000;

    /// <summary>Sources and documents listed in the page, the ones with the most claims first.</summary>
    public const int MaxListRows = 200;

    /// <summary>Claim ids named in a tooltip or a chart table before a count replaces them.</summary>
    public const int MaxIdsListed = 20;

    internal ReportContext(AnalysedModel model, Words.Words words, ChartGallery gallery, ReportOptions options)
    {
        Model = model;
        Words = words;
        Gallery = gallery;
        Options = options;
        Documents = model.Dataset.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Incidents = model.Dataset.Incidents.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The analysed model.</summary>
    public AnalysedModel Model { get; }

    /// <summary>This edition's words.</summary>
    public Words.Words Words { get; }

    /// <summary>This edition's charts.</summary>
    public ChartGallery Gallery { get; }

    /// <summary>Options.</summary>
    public ReportOptions Options { get; }

    /// <summary>Documents by id.</summary>
    public IReadOnlyDictionary<string, Document> Documents { get; }

    /// <summary>Incidents by id.</summary>
    public IReadOnlyDictionary<string, Incident> Incidents { get; }

    /// <summary>The sides with at least one claim, in vocabulary order: those with a headline figure.</summary>
    public IEnumerable<Side> SidesPresent => Vocabulary.Sides.Select(s => s.Value).Where(s => Model.Headlines.Any(h => h.For(s) is not null));

    /// <summary>The metrics with at least one claim, in metric order.</summary>
    public IEnumerable<Metric> MetricsPresent => Model.Headlines.Where(h => h.Overall is not null).Select(h => h.Metric);

    /// <summary>
    /// The claims the page lists, with their place in the dataset: all of them up to
    /// <see cref="MaxClaimRows"/>; beyond, those carried by the most documents, then the largest
    /// figures, in dataset order. Chosen once: the claims section lists them and the changes box
    /// links only to them.
    /// </summary>
    public IReadOnlyList<(AnalysedClaim Claim, int Order)> ListedClaims => _listed ??= ChooseListed(Model);

    /// <summary>True when the page has an entry for the claim, so a link to it lands.</summary>
    public bool IsListed(string claimId) => (_listedIds ??= ListedClaims.Select(x => x.Claim.Claim.Id).ToHashSet(StringComparer.Ordinal)).Contains(claimId);

    /// <summary>How a listed claim changed since the previous edition: added (no fields), changed (its fields), or null.</summary>
    public (bool Added, ClaimChange? Changed)? ChangeOf(string claimId)
    {
        if (Options.Changes is not { } diff) return null;
        _added ??= diff.ClaimsAdded.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        _changed ??= diff.ClaimsChanged.ToDictionary(c => c.Id, StringComparer.Ordinal);
        if (_added.Contains(claimId)) return (true, null);
        return _changed.TryGetValue(claimId, out var change) ? (false, change) : null;
    }

    /// <summary>
    /// The incidents the incidents section lists: all up to <see cref="MaxListRows"/>, beyond that
    /// those with the most claims, in dataset order. A claim links to its incident only when listed.
    /// </summary>
    public IReadOnlyList<Incident> ListedIncidents => _listedIncidents ??= ListIncidents(Model);

    /// <summary>True when the incidents section has a row for the incident, so a link to it lands.</summary>
    public bool IsListedIncident(string id) => (_listedIncidentIds ??= ListedIncidents.Select(i => i.Id).ToHashSet(StringComparer.Ordinal)).Contains(id);

    private List<Incident>? _listedIncidents;
    private HashSet<string>? _listedIncidentIds;

    private static List<Incident> ListIncidents(AnalysedModel model) =>
        MostClaims(model.Dataset.Incidents, i => model.ClaimsPerIncident.GetValueOrDefault(i.Id));

    private List<(AnalysedClaim Claim, int Order)>? _listed;
    private HashSet<string>? _listedIds;
    private HashSet<string>? _added;
    private Dictionary<string, ClaimChange>? _changed;

    private static List<(AnalysedClaim Claim, int Order)> ChooseListed(AnalysedModel model)
    {
        var claims = model.Claims;
        return [.. FirstInOrder.Positions(claims.Length, MaxClaimRows, (a, b) =>
        {
            var byDocuments = model.CorroborationOf(claims[b]).CompareTo(model.CorroborationOf(claims[a]));
            if (byDocuments != 0) return byDocuments;
            var byFigure = (claims[b].Range?.Low ?? -1).CompareTo(claims[a].Range?.Low ?? -1);
            return byFigure != 0 ? byFigure : a.CompareTo(b);
        }).Select(i => (claims[i], i))];
    }

    /// <summary>
    /// A figure in this edition's words: "57–59", "more than 46,000", «أكثر من 46 ألفًا». The digits
    /// are isolated left to right, so a range keeps its order inside an Arabic sentence (an en dash
    /// between digits would otherwise read from the right).
    /// </summary>
    public Markup Figure(FigureRange range, Unit unit)
    {
        var (before, number, after) = Words.FigureParts(range, unit);
        // Digits alone (most figures) are one isolated element; words around them stay in the page's direction.
        if (before.Length == 0 && after.Length == 0) return Markup.Of($"<bdi dir=\"ltr\" class=\"fig\">{number}</bdi>");
        var digits = number.Length == 0 ? Markup.Empty : Markup.Of($"<bdi dir=\"ltr\">{number}</bdi>");
        return Markup.Of($"<span class=\"fig\">{before}{digits}{after}</span>");
    }

    /// <summary>
    /// Text of this edition that may hold Latin script (a file name, a product's name, an English
    /// phrase quoted in a curator's Arabic note): on a page in another language each such stretch is
    /// marked English and left to right. On the English page, escaped text.
    /// </summary>
    public Markup Text(string text) => Words.Code == "en" || !EmbeddedLatin.HasLatin(text)
        ? Markup.Of($"{text}")
        : Markup.Join("", EmbeddedLatin.Runs(text).Select(r => r.Latin ? Markup.Of($"<span lang=\"en\" dir=\"ltr\">{r.Text}</span>") : Markup.Of($"{r.Text}")));

    /// <summary>A document as a reader knows it: its title (with its outlet) in this edition's language; the file id stays for machines.</summary>
    public Markup Citation(Document document) => Text(Words.DocumentTitle(document));

    /// <summary>
    /// An English gloss: on the English page, a line under the quotation; on a page in another
    /// language, folded away under a summary the reader opens on purpose, and marked English.
    /// </summary>
    public Markup Gloss(string english)
    {
        if (Words.Code == "en") return Markup.Of($"<p class=\"gloss\"><span class=\"label\">{Words.Gloss}</span> {english}</p>");
        return Markup.Of($"<details class=\"gloss\"><summary>{Words.Gloss}</summary><p lang=\"en\" dir=\"ltr\">{english}</p></details>");
    }

    /// <summary>Words quoted from a document, in the document's language and direction.</summary>
    public static Markup Blockquote(string words, Document document, string? cssClass = null) =>
        Markup.Of($"<blockquote{(cssClass is null ? Markup.Empty : Markup.Of($" class=\"{cssClass}\""))} lang=\"{document.Language}\" dir=\"{(document.Language == "ar" ? "rtl" : "ltr")}\"><p>{words}</p></blockquote>");

    /// <summary>
    /// A figure's words, as the report quotes them everywhere: the original first, the gloss, then
    /// who said it and where (source, document title), and a link to the claim's entry.
    /// </summary>
    public Markup Quotation(Quotation q, string? cssClass = null)
    {
        var claim = q.Claim.Claim;
        var link = IsListed(claim.Id) ? Markup.Of($" · <a href=\"#claim-{claim.Id}\">{Id(claim.Id)}</a>") : Markup.Empty;
        return Markup.Of($"<figure class=\"quote{(cssClass is null ? "" : " " + cssClass)}\">{Blockquote(claim.Evidence, q.Document)}{Gloss(claim.EvidenceEn)}<figcaption>{SourceName(q.Claim.Source)}{Words.Comma}{Citation(q.Document)}{link}</figcaption></figure>");
    }

    /// <summary>The names of the sources behind a total, in the dataset's order, in this edition's language.</summary>
    public Markup SourcesOf(Total total)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var all = Model.Dataset.Sources.Length;
        foreach (var source in total.SourcesOfClaims)
        {
            // Once every source is named the rest of a long list cannot add one (a headline total of
            // 100,000 claims is read for a handful of sources).
            if (ids.Add(source.Id) && ids.Count == all) break;
        }
        return Markup.Join(Words.NameSeparator, Model.Dataset.Sources.Where(s => ids.Contains(s.Id)).Select(SourceName));
    }

    /// <summary>The statements that mention a metric's harm with no figure, for one side, each quoted once by a claim that gives none (<see cref="Analysis.Quotation.OfMentions"/>).</summary>
    public IReadOnlyList<Quotation> MentionsOf(Metric metric, Side side) =>
        Model.Mentions.Where(m => m.Metric.Id == metric.Id && m.Side == side).GroupBy(m => m.StatementOf)
            .Select(said => Analysis.Quotation.OfMentions(Model.QuotationOf(said.Key), [.. said.OrderBy(m => m.Claim.Id, StringComparer.Ordinal)], m => Documents[m.Claim.Document]))
            .ToList();

    /// <summary>A side's colour chip and name.</summary>
    public Markup Side(Side side) => Markup.Of($"<span class=\"chip side-{side.Wire()}\" aria-hidden=\"true\"></span>{Words.Side(side)}");

    /// <summary>Text in another language than the page, marked so readers and screen readers switch.</summary>
    public Markup Foreign(string text, string language, string element = "span")
    {
        if (language == Words.Code) return Markup.Of($"{text}");
        var dir = language == "ar" ? "rtl" : "ltr";
        return new Markup($"<{element} lang=\"{language}\" dir=\"{dir}\">{HtmlFragment.Escape(text)}</{element}>");
    }

    /// <summary>An id (claim, document, incident): code, always left to right, so an Arabic page does not reorder "000_3cb2…".</summary>
    public static Markup Id(string id) => Markup.Of($"<code class=\"id\" dir=\"ltr\">{id}</code>");

    /// <summary>A source's name in this edition's language.</summary>
    public Markup SourceName(Source source) => Text(Words.SourceName(source));

    /// <summary>Claim ids as code, or how many (in words) when too many to list.</summary>
    public Markup ClaimIdList(IReadOnlyList<string> ids) => ids.Count <= MaxIdsListed
        ? Markup.Of($"<code class=\"ids\" dir=\"ltr\">{string.Join(", ", ids)}</code>")
        : Text(Words.ManyClaims(ids.Count));

    /// <summary>Claim ids, or how many when too many to list.</summary>
    public string ClaimList(IReadOnlyList<string> ids) => ids.Count <= MaxIdsListed ? string.Join(", ", ids) : Words.ManyClaims(ids.Count);

    /// <summary>The languages of the renderings among a statement's documents.</summary>
    public IReadOnlyList<string> RenderingLanguages(Statement statement) =>
        statement.Documents.Where(d => Documents[d].RenderingOf is { } of && statement.Documents.Contains(of)).Select(d => Documents[d].Language).ToList();

    /// <summary>A whole number in the invariant culture, for data attributes.</summary>
    public static string Number(double n) => n.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>"Showing 200 of 1,000 sources…", when a list was cut.</summary>
    public Markup Shown(int shown, int total, Words.Noun what, string which, string where) => shown == total
        ? Markup.Empty
        : Markup.Of($"<p class=\"note\" role=\"note\"><strong>{Text(Words.Shown(shown, total, what, which, where))}</strong></p>");

    /// <summary>The first <see cref="MaxListRows"/> items with the most claims, in their own order.</summary>
    public static List<T> MostClaims<T>(IReadOnlyList<T> items, Func<T, int> claims)
    {
        if (items.Count <= MaxListRows) return [.. items];
        // Counted once each: the choice compares a kept item many times.
        var counts = new int[items.Count];
        for (var i = 0; i < counts.Length; i++) counts[i] = claims(items[i]);
        return [.. FirstInOrder.Positions(items.Count, MaxListRows, (a, b) =>
        {
            var byClaims = counts[b].CompareTo(counts[a]);
            return byClaims != 0 ? byClaims : a.CompareTo(b);
        }).Select(i => items[i])];
    }
}

/// <summary>One section of the report page.</summary>
internal interface IReportSection
{
    /// <summary>The section's id (the page's anchors and the words' heading key).</summary>
    string Id { get; }

    /// <summary>Writes the section.</summary>
    void Write(HtmlWriter w, ReportContext c);
}
