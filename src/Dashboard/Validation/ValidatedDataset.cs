using System.Collections.Immutable;
using Dashboard.Loading;
using Dashboard.Model;

namespace Dashboard.Validation;

/// <summary>
/// A dataset that passed every rule. Analysis accepts only this type, so nothing downstream can
/// be handed data that was never checked.
/// </summary>
public sealed class ValidatedDataset
{
    private ValidatedDataset(Dataset dataset, InputFile input)
    {
        Dataset = dataset;
        Input = input;
    }

    /// <summary>The records.</summary>
    public Dataset Dataset { get; }

    /// <summary>The file they came from, for provenance.</summary>
    public InputFile Input { get; }

    /// <summary>
    /// Loads and checks <paramref name="path"/>; with <paramref name="documentsFolder"/>, also checks
    /// hashes and evidence against the documents. Returns every problem, in file order.
    /// </summary>
    public static (ValidatedDataset? Valid, ImmutableArray<Problem> Problems) Load(string path, string? documentsFolder = null, string? displayName = null) =>
        From(DatasetLoader.Load(path, displayName), documentsFolder);

    /// <summary>
    /// The same dataset without the claims <paramref name="exclude"/> picks, for what-if questions
    /// ("the totals without SDF sources"). Removing claims cannot break a rule, so no re-validation.
    /// </summary>
    public ValidatedDataset Without(Func<Claim, bool> exclude) =>
        new(Dataset with { Claims = Dataset.Claims.RemoveAll(c => exclude(c)) }, Input);

    /// <summary>Checks an already loaded result.</summary>
    public static (ValidatedDataset? Valid, ImmutableArray<Problem> Problems) From(LoadResult loaded, string? documentsFolder = null)
    {
        if (loaded.Dataset is null || loaded.Map is null) return (null, loaded.Problems);
        var problems = new List<Problem>(loaded.Problems);
        problems.AddRange(DatasetValidator.Validate(loaded.Dataset, loaded.Map));
        if (documentsFolder is not null) problems.AddRange(DocumentChecks.Check(loaded.Dataset, loaded.Map, documentsFolder));
        var ordered = problems.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column).ToImmutableArray();
        return ordered.IsEmpty ? (new ValidatedDataset(loaded.Dataset, loaded.Input), ordered) : (null, ordered);
    }
}
