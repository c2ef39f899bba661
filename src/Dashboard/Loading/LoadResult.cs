using System.Collections.Immutable;
using Dashboard.Model;

namespace Dashboard.Loading;

/// <summary>What loading a data file gave: the dataset if it could be bound, and every problem found.</summary>
/// <param name="Dataset">Null when the file is missing, empty or not JSON. With field problems it holds the records
/// that did bind, so later rules can still report theirs in the same pass.</param>
/// <param name="Map">Positions of the records, for later stages' messages. Null when there is no JSON tree.</param>
/// <param name="Problems">Syntax and field problems, in file order.</param>
/// <param name="Input">Name and digest of the file read.</param>
public sealed record LoadResult(Dataset? Dataset, SourceMap? Map, ImmutableArray<Problem> Problems, InputFile Input);

/// <summary>The input file, for provenance in every output.</summary>
/// <param name="Name">The file name without folders.</param>
/// <param name="Sha256">Lower-case hex digest of its bytes; empty when it could not be read.</param>
public sealed record InputFile(string Name, string Sha256);
