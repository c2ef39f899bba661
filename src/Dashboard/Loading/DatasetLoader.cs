using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using Dashboard.Model;

namespace Dashboard.Loading;

/// <summary>
/// Reads <c>claims.json</c> into immutable records. Each element of the big arrays is read, bound
/// and dropped (in a large file, claims and incidents on every core), so memory holds records
/// rather than a full JSON tree.
/// </summary>
public static class DatasetLoader
{
    private static readonly string[] TopLevel = ["title", "documents", "sources", "metrics", "incidents", "claims", "contentions"];
    private static readonly FieldSet DocumentFields = new("id", "language", "outlet", "outlet_ar", "outlet_evidence", "rendering_of", "sha256", "title", "title_ar", "reported", "reported_ar", "reported_evidence", "note", "note_ar");
    private static readonly FieldSet SourceFields = new("id", "name", "name_ar", "side", "kind");
    private static readonly FieldSet MetricFields = new("id", "label", "unit", "additive");
    private static readonly FieldSet IncidentFields = new("id", "description", "description_ar", "place", "place_ar", "label", "label_ar", "includes", "may_include", "note", "note_ar");
    private static readonly FieldSet ClaimFields = new("id", "document", "source", "metric", "value", "qualifier", "low", "high", "affected", "incident", "place", "period", "blames", "evidence", "evidence_en", "note", "note_ar");
    private static readonly FieldSet ContentionFields = new("id", "question", "question_ar", "positions", "note", "note_ar");
    private static readonly FieldSet PositionFields = new("id", "source", "document", "stance", "evidence", "evidence_en");

    /// <summary>Loads the file at <paramref name="path"/>; messages name it as <paramref name="displayName"/> (default: the path).</summary>
    public static LoadResult Load(string path, string? displayName = null)
    {
        displayName ??= path;
        if (!File.Exists(path))
        {
            var missing = new Problem(displayName, 1, 1, "$", Directory.Exists(path) ? "is a folder, not a data file" : "the data file does not exist");
            return new LoadResult(null, null, [missing], new InputFile(Path.GetFileName(path), ""));
        }
        return Load(InputBytes.Read(path), displayName);
    }

    /// <summary>Loads a dataset from bytes already in memory (tests, benchmarks).</summary>
    public static LoadResult Load(byte[] bytes, string displayName) =>
        Load(bytes, displayName, fastPath: true, Environment.ProcessorCount > 1 ? ParallelFrom : int.MaxValue, ParallelChunk);

    /// <summary>
    /// Loads a dataset; without <paramref name="fastPath"/> every claim and incident takes the careful path, so
    /// tests can check that both paths give the same records and the same problems.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="displayName">How messages name the file.</param>
    /// <param name="fastPath">False to read every record the careful way.</param>
    /// <param name="parallelFrom">The file size from which records are bound on every core (by default never; tests set 0).</param>
    /// <param name="chunk">Records a core binds at a time on that path (tests make it small, so a small file has many chunks).</param>
    internal static LoadResult Load(byte[] bytes, string displayName, bool fastPath, int parallelFrom = int.MaxValue, int chunk = ParallelChunk)
    {
        // The digest is for provenance only: on a large file it is worked out on another core while
        // the records are read (a million claims: 0.28 s of SHA-256 off the serial path).
        var digest = bytes.Length >= 1 << 20 ? Task.Run(() => Digest(bytes)) : Task.FromResult(Digest(bytes));
        InputFile Input() => new(Path.GetFileName(displayName), digest.GetAwaiter().GetResult());
        var text = new SourceText(displayName, bytes);
        var problems = new List<Problem>();
        var start = bytes.AsSpan().StartsWith(SourceText.Utf8Bom) ? SourceText.Utf8Bom.Length : 0;
        if (bytes.AsSpan(start).IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            problems.Add(text.ProblemAt(0, "$", "the data file is empty"));
            return new LoadResult(null, null, [.. problems], Input());
        }
        // The JSON reader checks UTF-8 only inside the strings it is asked to decode, and then
        // throws; a file saved in another encoding is refused here, at its first bad byte.
        if (FirstInvalidUtf8(bytes) is { } bad)
        {
            var message = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the data file is not UTF-8: byte 0x{bytes[bad]:X2} cannot start or continue a character here (save the file as UTF-8)");
            return new LoadResult(null, null, [text.ProblemAt(bad, "$", message)], Input());
        }

        try
        {
            var (dataset, map) = ReadRoot(text, start, problems, fastPath, (parallelFrom, chunk));
            var ordered = problems.OrderBy(p => p.Line).ThenBy(p => p.Column).ToImmutableArray();
            return new LoadResult(dataset, map, ordered, Input());
        }
        catch (JsonException ex)
        {
            // After a syntax error nothing else can be trusted: report that one alone.
            var line = (int)(ex.LineNumber ?? 0);
            // The reader saw the bytes after any byte-order mark, so its first line is shifted by it.
            var offset = text.OffsetOf(line, (int)(ex.BytePositionInLine ?? 0) + (line == 0 ? start : 0));
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            return new LoadResult(null, null, [text.ProblemAt(offset, path, "invalid JSON: " + TrimReaderMessage(ex.Message))], Input());
        }
    }

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>, as the dataset records a document's.</summary>
    internal static string Digest(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static (Dataset? Dataset, SourceMap Map) ReadRoot(SourceText text, int start, List<Problem> problems, bool fastPath, (int From, int Chunk) parallel)
    {
        var reader = new Utf8JsonReader(text.Bytes.AsSpan(start), Options);
        reader.Read();
        var rootOffset = start + (int)reader.TokenStartIndex;
        var offsets = ImmutableDictionary.CreateBuilder<string, ImmutableArray<int>>();
        var indices = ImmutableDictionary.CreateBuilder<string, ImmutableArray<int>>();
        var incomplete = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            var node = JsonTreeReader.Read(ref reader, start, _ => { });
            EnsureEnd(ref reader);
            problems.Add(text.ProblemAt(rootOffset, "$", $"the dataset must be a JSON object, found {JsonNode.Describe(node.Kind)}"));
            return (null, new SourceMap(text, rootOffset, offsets.ToImmutable(), indices.ToImmutable(), incomplete.ToImmutable()));
        }

        string? title = null;
        string? titleAr = null;
        string? edition = null;
        var documents = ImmutableArray.CreateBuilder<Document>();
        var sources = ImmutableArray.CreateBuilder<Source>();
        var metrics = ImmutableArray.CreateBuilder<Metric>();
        var incidents = ImmutableArray.CreateBuilder<Incident>();
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var contentions = ImmutableArray.CreateBuilder<Contention>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pool = new StringPool();

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            var nameOffset = start + (int)reader.TokenStartIndex;
            reader.Read();
            if (!seen.Add(name))
            {
                problems.Add(text.ProblemAt(nameOffset, $"$.{name}", $"duplicate key '{name}'"));
                reader.Skip();
                continue;
            }
            switch (name)
            {
                case "title":
                    var node = JsonTreeReader.Read(ref reader, start, _ => { });
                    if (node is JsonString { Text: var t } && !string.IsNullOrWhiteSpace(t)) title = t;
                    else problems.Add(text.ProblemAt(node.Offset, "$.title", $"'title' must be a non-empty string, found {JsonNode.Describe(node.Kind)}"));
                    break;
                case "title_ar":
                    var ar = JsonTreeReader.Read(ref reader, start, _ => { });
                    if (ar is JsonString { Text: var a } && !string.IsNullOrWhiteSpace(a)) titleAr = a;
                    else if (ar.Kind != JsonKind.Null) problems.Add(text.ProblemAt(ar.Offset, "$.title_ar", $"'title_ar' must be a non-empty string or null, found {JsonNode.Describe(ar.Kind)}"));
                    break;
                case "edition":
                    // A date ("2026-11-23") or a number (7), as the curator numbers editions.
                    var ed = JsonTreeReader.Read(ref reader, start, _ => { });
                    if (ed is JsonString { Text: var e } && !string.IsNullOrWhiteSpace(e)) edition = e;
                    else if (ed is JsonNumber { Inexact: null } n && double.IsFinite(n.Number)) edition = n.Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                    else if (ed.Kind != JsonKind.Null) problems.Add(text.ProblemAt(ed.Offset, "$.edition", $"'edition' must be a date or a number naming this version of the dataset, found {JsonNode.Describe(ed.Kind)}"));
                    break;
                case "documents":
                    (offsets[name], indices[name]) = ReadArray(ref reader, text, start, name, problems, incomplete, pool, documents, BindDocument);
                    break;
                case "sources":
                    (offsets[name], indices[name]) = ReadArray(ref reader, text, start, name, problems, incomplete, pool, sources, BindSource);
                    break;
                case "metrics":
                    (offsets[name], indices[name]) = ReadArray(ref reader, text, start, name, problems, incomplete, pool, metrics, BindMetric);
                    break;
                case "incidents":
                    (offsets[name], indices[name]) = ReadArray(ref reader, text, start, name, problems, incomplete, pool, incidents, BindIncident, fastPath ? FastIncidentReader.TryRead : null, parallel);
                    break;
                case "claims":
                    (offsets[name], indices[name]) = ReadArray(ref reader, text, start, name, problems, incomplete, pool, claims, BindClaim, fastPath ? FastClaimReader.TryRead : null, parallel);
                    break;
                case "contentions":
                    (offsets[name], indices[name]) = ReadArray(ref reader, text, start, name, problems, incomplete, pool, contentions, BindContention);
                    break;
                default:
                    // The contract allows more top-level keys ($schema, curator notes).
                    reader.Skip();
                    break;
            }
        }
        EnsureEnd(ref reader);

        foreach (var key in TopLevel.Where(k => !seen.Contains(k)))
        {
            problems.Add(text.ProblemAt(rootOffset, $"$.{key}", $"missing required field '{key}'"));
        }
        var map = new SourceMap(text, rootOffset, offsets.ToImmutable(), indices.ToImmutable(), incomplete.ToImmutable());
        var dataset = new Dataset(title ?? "", documents.ToImmutable(), sources.ToImmutable(), metrics.ToImmutable(), incidents.ToImmutable(), claims.ToImmutable())
        {
            TitleAr = titleAr,
            Edition = edition,
            Contentions = contentions.ToImmutable(),
        };
        return (dataset, map);
    }

    private delegate T? Binder<T>(FieldReader fields);

    private delegate T? FastBinder<T>(ref Utf8JsonReader reader, StringPool pool);

    /// <summary>
    /// Reads an array of records. With <paramref name="fast"/>, each record is first bound straight
    /// from the reader; when that path gives up, the record is read again into a positioned tree and
    /// bound field by field, which reports every problem. In a file of at least
    /// <paramref name="parallel"/>'s bytes the fast binding runs on every core (see
    /// <see cref="BindInParallel{T}"/>); the records, their order and the problems are the same.
    /// </summary>
    private static (ImmutableArray<int> Offsets, ImmutableArray<int> JsonIndices) ReadArray<T>(ref Utf8JsonReader reader, SourceText text, int start, string name,
        List<Problem> problems, ImmutableHashSet<string>.Builder incomplete, StringPool pool, ImmutableArray<T>.Builder into, Binder<T> bind, FastBinder<T>? fast = null, (int From, int Chunk) parallel = default)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var node = JsonTreeReader.Read(ref reader, start, _ => { });
            problems.Add(text.ProblemAt(node.Offset, $"$.{name}", $"'{name}' must be an array, found {JsonNode.Describe(node.Kind)}"));
            return ([], []);
        }
        var offsets = ImmutableArray.CreateBuilder<int>();
        var jsonIndices = ImmutableArray.CreateBuilder<int>();
        var allowed = name switch
        {
            "documents" => DocumentFields,
            "sources" => SourceFields,
            "metrics" => MetricFields,
            "incidents" => IncidentFields,
            "contentions" => ContentionFields,
            _ => ClaimFields,
        };
        if (fast is not null && parallel.Chunk > 0 && text.Bytes.Length >= parallel.From)
        {
            var (bounds, quick) = BindInParallel(ref reader, text.Bytes, start, fast, pool, parallel.Chunk);
            for (var index = 0; index < bounds.Count; index++)
            {
                var (from, to) = bounds[index];
                if (quick[index] is { } record)
                {
                    Add(record, start + from, index);
                    continue;
                }
                // The record alone, read by a reader of its own whose offsets are shifted to the file's.
                var single = new Utf8JsonReader(text.Bytes.AsSpan(start + from, to - from), Options);
                single.Read();
                Careful(ref single, start + from, index);
            }
            return (offsets.ToImmutable(), jsonIndices.ToImmutable());
        }
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (fast is not null && reader.TokenType == JsonTokenType.StartObject)
            {
                var bookmark = reader;
                var recordOffset = start + (int)reader.TokenStartIndex;
                if (fast(ref reader, pool) is { } quick)
                {
                    Add(quick, recordOffset, index);
                    continue;
                }
                reader = bookmark;
            }
            Careful(ref reader, start, index);
        }
        return (offsets.ToImmutable(), jsonIndices.ToImmutable());

        void Add(T record, int offset, int index)
        {
            into.Add(record);
            offsets.Add(offset);
            jsonIndices.Add(index);
        }

        // The record the reader is on, read into a tree whose offsets are the reader's plus baseOffset.
        void Careful(ref Utf8JsonReader r, int baseOffset, int index)
        {
            var path = $"$.{name}[{index}]";
            var node = JsonTreeReader.Read(ref r, baseOffset, dup =>
                problems.Add(text.ProblemAt(dup.NameOffset, $"{path}.{dup.Name}", $"duplicate key '{dup.Name}'")), pool);
            if (node is not JsonObject obj)
            {
                problems.Add(text.ProblemAt(node.Offset, path, $"expected an object, found {JsonNode.Describe(node.Kind)}"));
                return;
            }
            var before = problems.Count;
            var record = bind(new FieldReader(obj, path, text, problems, allowed));
            // A record with a problem is left out; the problem already says why. Its id is kept so
            // later rules do not also call every reference to it unknown.
            if (record is not null && problems.Count == before)
            {
                Add(record, node.Offset, index);
            }
            else if (obj.Find("id")?.Value is JsonString { Text: var id })
            {
                incomplete.Add(name + "/" + id);
            }
        }
    }

    /// <summary>
    /// Files from this size bind their claims and incidents on every core, when there is more than
    /// one. Below it one core is quicker than first finding where the records start.
    /// </summary>
    internal const int ParallelFrom = 8 << 20;

    /// <summary>Records a core binds at a time: chunks of a few thousand keep both cores busy to the end.</summary>
    internal const int ParallelChunk = 4_096;

    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>
    /// The array the reader is on, in two passes. The reader walks it once, skipping each element,
    /// which checks its syntax exactly as reading it would (a fault stops the load at the same
    /// place with the same message) and notes where each element starts and ends. Then each
    /// element that is an object is bound by <paramref name="fast"/> on every core, <paramref name="chunk"/>
    /// records at a time, from a reader of its own; a record it gives up on is null, for the
    /// caller's careful path. The cores read <paramref name="pool"/> (the strings of the records
    /// before, such as the ids claims refer to) and each chunk adds what it lacks to a pool of its
    /// own, since nobody may write to a pool another thread reads; at the end <paramref name="pool"/>
    /// takes them in, chunk by chunk in order, so the records read next (claims after incidents)
    /// share one copy of each string rather than one per chunk.
    /// </summary>
    private static (List<(int From, int To)> Bounds, T?[] Quick) BindInParallel<T>(ref Utf8JsonReader reader, byte[] bytes, int start, FastBinder<T> fast, StringPool pool, int chunk)
        where T : class
    {
        var bounds = new List<(int From, int To)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var from = (int)reader.TokenStartIndex;
            reader.Skip();
            bounds.Add((from, (int)reader.BytesConsumed));
        }
        var quick = new T?[bounds.Count];
        var own = new StringPool[(bounds.Count + chunk - 1) / chunk];
        try
        {
            Parallel.For(0, own.Length, c =>
            {
                var local = own[c] = new StringPool(pool);
                for (var i = c * chunk; i < Math.Min(bounds.Count, (c + 1) * chunk); i++)
                {
                    var (from, to) = bounds[i];
                    if (bytes[start + from] != (byte)'{') continue;
                    var single = new Utf8JsonReader(bytes.AsSpan(start + from, to - from), Options);
                    single.Read();
                    quick[i] = fast(ref single, local);
                }
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // What would have stopped the load on one core stops it here, as itself.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        foreach (var local in own) pool.Absorb(local);
        return (bounds, quick);
    }

    private static Document? BindDocument(FieldReader f)
    {
        var id = f.RequiredString("id");
        var language = f.RequiredChoice("language", Vocabulary.Languages);
        var outlet = f.OptionalString("outlet");
        var outletAr = f.OptionalString("outlet_ar");
        var outletEvidence = f.OptionalString("outlet_evidence");
        var renderingOf = f.OptionalString("rendering_of");
        var sha = f.RequiredString("sha256");
        var title = f.RequiredString("title");
        var titleAr = f.RequiredString("title_ar");
        var reported = f.OptionalString("reported");
        var reportedAr = f.OptionalString("reported_ar");
        var reportedEvidence = f.OptionalString("reported_evidence");
        var note = f.OptionalString("note");
        var noteAr = f.OptionalString("note_ar");
        if (sha is not null && (sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower)))
        {
            f.ReportValue("sha256", $"'{sha}' is not a SHA-256 digest (64 lower-case hex digits)");
            return null;
        }
        if (outletAr is not null && outlet is null)
        {
            f.ReportValue("outlet_ar", "'outlet_ar' names an outlet in Arabic, so 'outlet' must name it too (or both are null)");
            return null;
        }
        if (outlet is not null && outletEvidence is null)
        {
            f.ReportValue("outlet", $"outlet '{outlet}' needs 'outlet_evidence': the words of the document that name it");
            return null;
        }
        // What a text says of its date is quoted, and said in both languages, or not said at all.
        if ((reported is null) != (reportedEvidence is null) || (reported is null) != (reportedAr is null))
        {
            f.ReportValue(reported is null ? "reported_evidence" : "reported",
                "'reported', 'reported_ar' and 'reported_evidence' go together: all three, or all null when the text does not say when it was written");
            return null;
        }
        return id is null || language is null || sha is null || title is null || titleAr is null ? null
            : new Document(id, language, outlet, outletEvidence, renderingOf, sha, note)
            {
                Title = title, TitleAr = titleAr, OutletAr = outletAr, Reported = reported, ReportedAr = reportedAr, ReportedEvidence = reportedEvidence, NoteAr = noteAr,
            };
    }

    private static Source? BindSource(FieldReader f)
    {
        var id = f.RequiredString("id");
        var name = f.RequiredString("name");
        var nameAr = f.RequiredString("name_ar");
        var side = f.RequiredVocabulary("side", Vocabulary.Sides);
        var kind = f.RequiredChoice("kind", Vocabulary.SourceKinds);
        if (id is not null && !IsKebabCase(id))
        {
            f.ReportValue("id", $"source id '{id}' must be kebab-case (lower-case letters, digits and single hyphens)");
            return null;
        }
        return id is null || name is null || nameAr is null || side is null || kind is null ? null : new Source(id, name, nameAr, side.Value, kind);
    }

    private static Metric? BindMetric(FieldReader f)
    {
        var id = f.RequiredString("id");
        var label = f.RequiredString("label");
        var unit = f.RequiredVocabulary("unit", Vocabulary.Units);
        var additive = f.RequiredBool("additive");
        if (unit == Unit.Percent && additive == true)
        {
            f.ReportValue("additive", "a percentage is never summed: 'additive' must be false for unit 'percent'");
            return null;
        }
        return id is null || label is null || unit is null || additive is null ? null : new Metric(id, label, unit.Value, additive.Value);
    }

    private static Incident? BindIncident(FieldReader f)
    {
        var id = f.RequiredString("id");
        var description = f.RequiredString("description");
        var descriptionAr = f.RequiredString("description_ar");
        var place = f.RequiredString("place");
        var placeAr = f.RequiredString("place_ar");
        var label = f.RequiredString("label");
        var labelAr = f.RequiredString("label_ar");
        var includes = f.OptionalStringArray("includes");
        var mayInclude = f.OptionalStringArray("may_include");
        var note = f.OptionalString("note");
        var noteAr = f.OptionalString("note_ar");
        return id is null || description is null || descriptionAr is null || place is null || placeAr is null || label is null || labelAr is null ? null
            : new Incident(id, description, place, includes, mayInclude, note)
            {
                DescriptionAr = descriptionAr, PlaceAr = placeAr, Label = label, LabelAr = labelAr, NoteAr = noteAr,
            };
    }

    private static Claim? BindClaim(FieldReader f)
    {
        var id = f.RequiredString("id");
        var document = f.RequiredString("document");
        var source = f.RequiredString("source");
        var metric = f.RequiredString("metric");
        var (valueOk, value) = f.NumberOrNull("value", required: true);
        var qualifier = f.RequiredVocabulary("qualifier", Vocabulary.Qualifiers);
        var (lowOk, low) = f.NumberOrNull("low", required: qualifier == Qualifier.Vague);
        var (highOk, high) = f.NumberOrNull("high", required: false);
        var affected = f.RequiredVocabulary("affected", Vocabulary.AffectedGroups);
        var incident = f.RequiredString("incident");
        var place = f.RequiredString("place");
        var period = f.OptionalString("period");
        var blames = f.RequiredVocabulary("blames", Vocabulary.Blames);
        var evidence = f.RequiredString("evidence");
        var evidenceEn = f.RequiredString("evidence_en");
        var note = f.OptionalString("note");
        var noteAr = f.OptionalString("note_ar");
        if (id is null || document is null || source is null || metric is null || !valueOk || qualifier is null || !lowOk || !highOk
            || affected is null || incident is null || place is null || blames is null || evidence is null || evidenceEn is null)
        {
            return null;
        }
        return new Claim(id, document, source, metric, value, qualifier.Value, low, high, affected.Value, incident, place, period, evidence, evidenceEn, note)
        {
            Blames = blames.Value, NoteAr = noteAr,
        };
    }

    private static Contention? BindContention(FieldReader f)
    {
        var id = f.RequiredString("id");
        var question = f.RequiredString("question");
        var questionAr = f.RequiredString("question_ar");
        var note = f.OptionalString("note");
        var noteAr = f.OptionalString("note_ar");
        var positions = ImmutableArray.CreateBuilder<Position>();
        var complete = true;
        var readers = f.RequiredObjectArray("positions", PositionFields);
        if (readers is { Count: 0 }) f.ReportValue("positions", "a contention needs at least one position: who asserts or denies it, in their words");
        foreach (var p in readers ?? [])
        {
            var position = BindPosition(p);
            if (position is null) complete = false;
            else positions.Add(position);
        }
        if (id is not null && !IsKebabCase(id))
        {
            f.ReportValue("id", $"contention id '{id}' must be kebab-case (lower-case letters, digits and single hyphens)");
            return null;
        }
        return id is null || question is null || questionAr is null || readers is not { Count: > 0 } || !complete ? null
            : new Contention(id, question, questionAr, positions.ToImmutable(), note, noteAr);
    }

    private static Position? BindPosition(FieldReader f)
    {
        var id = f.RequiredString("id");
        var source = f.RequiredString("source");
        var document = f.RequiredString("document");
        var stance = f.RequiredVocabulary("stance", Vocabulary.Stances);
        var evidence = f.RequiredString("evidence");
        var evidenceEn = f.RequiredString("evidence_en");
        return id is null || source is null || document is null || stance is null || evidence is null || evidenceEn is null ? null
            : new Position(id, source, document, stance.Value, evidence, evidenceEn);
    }

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        for (var at = 0; at < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return at;
            at += consumed;
        }
        return null;
    }

    private static bool IsKebabCase(string id) =>
        id.Length > 0 && char.IsAsciiLetterLower(id[0]) && id[^1] != '-' && !id.Contains("--", StringComparison.Ordinal)
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // Reading past the root makes the reader reject trailing content ("{} {}").
        while (reader.Read()) { }
    }

    private static string TrimReaderMessage(string message)
    {
        // The reader appends its own "Path: ... | LineNumber: ..." tail; we print those ourselves.
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}
