using Dashboard.Model;

namespace Dashboard.Analysis;

/// <summary>A position with its source, side and document resolved.</summary>
/// <param name="Position">The position as curated.</param>
/// <param name="Source">Who takes it.</param>
/// <param name="Document">Where it is quoted.</param>
public sealed record PositionView(Position Position, Source Source, Document Document)
{
    /// <summary>The side of the source taking the position.</summary>
    public Side Side => Source.Side;
}

/// <summary>A contention with its positions resolved and grouped by side, in vocabulary order.</summary>
/// <param name="Contention">The contention as curated.</param>
/// <param name="Positions">Every position, in the dataset's order.</param>
public sealed record ContentionView(Contention Contention, IReadOnlyList<PositionView> Positions)
{
    /// <summary>The sides that take a position, in vocabulary order.</summary>
    public IReadOnlyList<Side> Sides => [.. Vocabulary.Sides.Select(s => s.Value).Where(s => Positions.Any(p => p.Side == s))];

    /// <summary>True when only one side's words are quoted: the other side's answer is not in the documents.</summary>
    public bool OneSided => Sides.Count < 2;

    /// <summary>One side's positions, in the dataset's order.</summary>
    public IReadOnlyList<PositionView> Of(Side side) => [.. Positions.Where(p => p.Side == side)];

    /// <summary>Resolves every contention of <paramref name="dataset"/> (references are validated).</summary>
    public static IReadOnlyList<ContentionView> Of(Dataset dataset)
    {
        var sources = dataset.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var documents = dataset.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return [.. dataset.Contentions.Select(c => new ContentionView(c, [.. c.Positions.Select(p => new PositionView(p, sources[p.Source], documents[p.Document]))]))];
    }
}
