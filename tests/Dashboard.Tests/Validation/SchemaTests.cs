using System.Text.Json;
using Dashboard.Model;
using Dashboard.Tests.Support;

namespace Dashboard.Tests.Validation;

/// <summary>The JSON Schema editors use and the validator the generator uses must agree on the vocabularies.</summary>
public class SchemaTests
{
    private static readonly JsonElement Defs = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "data", "claims.schema.json"))).RootElement.GetProperty("$defs");

    private static IEnumerable<string?> Enum(string def, string property) =>
        Defs.GetProperty(def).GetProperty("properties").GetProperty(property).GetProperty("enum").EnumerateArray().Select(e => e.GetString());

    [Fact]
    public void Vocabularies_match_the_loader()
    {
        Assert.Equal(Vocabulary.Sides.Select(s => s.Wire), Enum("source", "side"));
        Assert.Equal(Vocabulary.SourceKinds, Enum("source", "kind"));
        Assert.Equal(Vocabulary.Units.Select(s => s.Wire), Enum("metric", "unit"));
        Assert.Equal(Vocabulary.Qualifiers.Select(s => s.Wire), Enum("claim", "qualifier"));
        Assert.Equal(Vocabulary.AffectedGroups.Select(s => s.Wire), Enum("claim", "affected"));
        Assert.Equal(Vocabulary.Languages, Enum("document", "language"));
    }

    [Fact]
    public void The_schemas_ceiling_is_the_validators()
    {
        foreach (var field in new[] { "value", "low", "high" })
            Assert.Equal(Bounds.MaxCount, Defs.GetProperty("claim").GetProperty("properties").GetProperty(field).GetProperty("maximum").GetDouble());
    }

    [Fact]
    public void Dataset_points_editors_at_the_schema()
    {
        var root = JsonDocument.Parse(File.ReadAllText(Repo.BundledData)).RootElement;
        Assert.Equal("./claims.schema.json", root.GetProperty("$schema").GetString());
    }
}
