using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Words;

/// <summary>Things counted in prose, so each language can choose its own plural forms.</summary>
public enum Noun
{
    /// <summary>A claim (a figure).</summary>
    Claim,
    /// <summary>A source.</summary>
    Source,
    /// <summary>A press document.</summary>
    Document,
    /// <summary>A side of the conflict.</summary>
    Side,
    /// <summary>An article: a document and its renderings counted once.</summary>
    Article,
    /// <summary>A rendering (translation) of an article.</summary>
    Rendering,
    /// <summary>An incident.</summary>
    Incident,
    /// <summary>A press document, named as such in prose ("5 press documents"), so no label is made by replacing words.</summary>
    PressDocument,
    /// <summary>A question the sides answer differently (a contention).</summary>
    Question,
    /// <summary>A side's quoted position on a question.</summary>
    Position,
    /// <summary>Two figures about the same people, compared.</summary>
    Comparison,
}

/// <summary>
/// Every word the outputs show a reader, in one language: labels for the vocabularies, chart texts,
/// the workbook's text, the method. One subclass per language; a word missing from a language is a
/// build error (an abstract member, a vocabulary value without its arm), or, for words keyed by
/// name (charts, sections, columns), an exception that a test over every name turns into a
/// failure: never an English fallback on an Arabic page. Figures are formatted by the analysis
/// (<see cref="FigureRange.Format"/>): the documents write Western digits in both languages.
/// </summary>
public abstract partial class Words
{
    /// <summary>English.</summary>
    public static Words English { get; } = new EnglishWords();

    /// <summary>Arabic, written for Arabic readers (not a machine translation of the English).</summary>
    public static Words Arabic { get; } = new ArabicWords();

    /// <summary>Both languages, English first.</summary>
    public static IReadOnlyList<Words> All { get; } = [English, Arabic];

    /// <summary>BCP 47 code: "en", "ar".</summary>
    public abstract string Code { get; }

    /// <summary>"ltr" or "rtl".</summary>
    public abstract string Direction { get; }

    /// <summary>The language's own name for itself ("English", "العربية"), for the link to the other edition.</summary>
    public abstract string Autonym { get; }

    /// <summary>Culture for the few things the language itself decides (never for figures).</summary>
    public CultureInfo Culture => CultureInfo.InvariantCulture;

    // ---- Vocabularies ----

    /// <summary>How a side's sources are named: "Government sources".</summary>
    public abstract string Side(Side side);

    /// <summary>"Both sides", for an incident that sources of both sides report.</summary>
    public abstract string BothSides { get; }

    /// <summary>Who a figure is about: "civilians", "not stated".</summary>
    public abstract string Affected(Affected affected);

    /// <summary>A metric's name. English takes the dataset's own label; other languages translate the known ids.</summary>
    public abstract string Metric(Metric metric);

    /// <summary>What a unit counts: "people".</summary>
    public abstract string Unit(Unit unit);

    /// <summary>How the text hedges a figure: "more than".</summary>
    public abstract string Qualifier(Qualifier qualifier);

    /// <summary>A kind of source: "state media".</summary>
    public abstract string SourceKind(string kind);

    /// <summary>A source's name in this language.</summary>
    public abstract string SourceName(Source source);

    /// <summary>A document language's name: "Arabic".</summary>
    public abstract string LanguageName(string code);

    /// <summary>"3 sources", "one source".</summary>
    public abstract string Count(int n, Noun noun);

    /// <summary>The failure for a word asked by a name the table does not have: loud, so a test over every name finds it.</summary>
    protected ArgumentOutOfRangeException Unknown(string word, string name) =>
        new(nameof(name), name, $"no {Code} word for {word} '{name}'");

    /// <summary>
    /// How many separate reports carry a statement: "1 article, also in an English rendering". A
    /// rendering is not a second witness, so it is named, never counted as one.
    /// </summary>
    public string Witnesses(int independent, IReadOnlyList<string> renderingLanguages) =>
        renderingLanguages.Count == 0 ? Count(independent, Noun.Article) : WitnessesWithRenderings(independent, renderingLanguages);

    /// <summary>The rendering part of <see cref="Witnesses"/>.</summary>
    protected abstract string WitnessesWithRenderings(int independent, IReadOnlyList<string> renderingLanguages);

    // ---- Charts ----

    /// <summary>A bar's label: metric and what the bar stands for (the same punctuation in both languages).</summary>
    public string BarLabel(string metric, string subject) => $"{metric}: {subject}";

    /// <summary>Chart title for the given recipe name.</summary>
    public abstract string ChartTitle(string chart);

    /// <summary>One sentence saying what the chart shows (its accessible name).</summary>
    public abstract string ChartDescription(string chart);

    /// <summary>The line under a chart saying where its figures come from.</summary>
    public abstract string ChartSourceLine(int claims, int documents, string inputName);

    /// <summary>The input named with its edition, if the dataset names one: "claims.json, edition 2026-11-23".</summary>
    public abstract string InputWithEdition(string input, string? edition);

    /// <summary>Said when a chart keeps only the largest bars.</summary>
    public abstract string ChartKeepsLargest(string metric, int kept, int of, Noun what);

    /// <summary>Legend keys for the two parts of a bar.</summary>
    public abstract string LowestClaimed { get; }

    /// <summary>See <see cref="LowestClaimed"/>.</summary>
    public abstract string UpToHighest { get; }

    // ---- Console ----

    /// <summary>Header of the console table's column of all sides together: "Overall".</summary>
    public abstract string OverallHeader { get; }

    /// <summary>Header of the console table's column saying how many sources and documents back a figure.</summary>
    public abstract string BackedByHeader { get; }

    /// <summary>"2 sources, 3 documents".</summary>
    public string Backing(Total total) => $"{Count(total.Sources, Noun.Source)}, {Count(total.Documents, Noun.Document)}";

    // ---- Method ----

    /// <summary>The method and caveats, one paragraph an item: a short lead and its text.</summary>
    public abstract IReadOnlyList<(string Lead, string Text)> Method(MethodFacts facts);
}

/// <summary>The counts the method text states, taken from the model rather than written into the prose.</summary>
/// <param name="Documents">How many documents.</param>
/// <param name="Claims">How many claims.</param>
/// <param name="Sources">How many sources.</param>
/// <param name="VagueFloor">The low bound "dozens" is coded with, if any claim uses it.</param>
public sealed record MethodFacts(int Documents, int Claims, int Sources, double? VagueFloor)
{
    /// <summary>The high bound "dozens" is coded with, when every vague claim has one; null when any is open.</summary>
    public double? VagueCeiling { get; init; }

    /// <summary>The facts of a model.</summary>
    public static MethodFacts Of(AnalysedModel model)
    {
        var vague = model.Claims.Where(c => c.Claim.Qualifier == Model.Qualifier.Vague).Select(c => c.Claim).ToList();
        return new(model.Dataset.Documents.Length, model.Claims.Length, model.Dataset.Sources.Length, vague.Select(c => c.Low).Min())
        {
            VagueCeiling = vague.Count > 0 && vague.All(c => c.High is not null) ? vague.Max(c => c.High) : null,
        };
    }
}
