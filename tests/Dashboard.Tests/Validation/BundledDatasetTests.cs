using Dashboard.Model;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Validation;

/// <summary>The curated dataset, checked against the documents and against figures read by hand.</summary>
public class BundledDatasetTests
{
    private static Dataset Data()
    {
        var (valid, problems) = ValidatedDataset.Load(Repo.BundledData);
        Assert.True(valid is not null, string.Join("\n", problems));
        return valid!.Dataset;
    }

    [Fact]
    public void Loads_with_no_problem() => Assert.NotEmpty(Data().Claims);

    [RequiresSeedsFact]
    public void Every_hash_and_every_evidence_span_matches_the_documents()
    {
        var (_, problems) = ValidatedDataset.Load(Repo.BundledData, Repo.Seeds);
        Assert.Empty(problems);
    }

    [RequiresSeedsFact]
    public void Every_seed_document_is_in_the_dataset()
    {
        var ids = Directory.GetFiles(Repo.Seeds, "*.txt").Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(ids, Data().Documents.Select(d => d.Id).Order());
    }

    [Fact]
    public void More_than_46000_people_displaced_per_the_social_affairs_directorate()
    {
        var c = Assert.Single(Data().Claims, c => c.Metric == "displaced_people" && c.Value is not null);
        Assert.Equal((46000d, Qualifier.MoreThan, "aleppo-social-affairs-directorate"), (c.Value!.Value, c.Qualifier, c.Source));
        Assert.Contains("أكثر من 46 ألف", c.Evidence);
    }

    [Fact]
    public void More_than_90_percent_of_sheikh_maqsoud_combed_per_a_military_source()
    {
        var c = Assert.Single(Data().Claims, c => c.Metric == "area_cleared_pct");
        Assert.Equal((90d, Qualifier.MoreThan, "army-military-source"), (c.Value!.Value, c.Qualifier, c.Source));
        Assert.Contains("أكثر من 90% من مساحة حي الشيخ مقصود", c.Evidence);
    }

    [Fact]
    public void The_sdf_three_day_toll_is_8_killed_and_57_injured_said_twice_in_document_001()
    {
        var toll = Data().Claims.Where(c => c.Incident == "sdf-three-day-toll").ToList();
        Assert.Equal(4, toll.Count);
        Assert.All(toll, c => Assert.Equal(("sdf", "001_8eee3e2d92d09703", Qualifier.Exact), (c.Source, c.Document, c.Qualifier)));
        Assert.Equal([8d, 8d], toll.Where(c => c.Metric == "killed").Select(c => c.Value!.Value));
        Assert.Equal([57d, 57d], toll.Where(c => c.Metric == "injured").Select(c => c.Value!.Value));
    }

    [Fact]
    public void The_health_directorate_toll_is_carried_by_the_arabic_original_and_its_english_rendering()
    {
        var claims = Data().Claims.Where(c => c.Incident == "health-toll-shelling").ToList();
        Assert.Equal(["000_3cb2511c3190433f", "003_b7efed39de5bf5d3"], claims.Select(c => c.Document).Distinct().Order());
        Assert.All(claims.Where(c => c.Metric == "killed"), c => Assert.Equal(2d, c.Value));
        Assert.All(claims.Where(c => c.Metric == "injured"), c => Assert.Equal(8d, c.Value));
    }

    [Fact]
    public void Dozens_of_families_is_vague_with_the_codebook_bounds_for_tens()
    {
        var families = Data().Claims.Where(c => c.Metric == "displaced_families" && c.Qualifier != Qualifier.Unquantified).ToList();
        Assert.Equal(3, families.Count);
        Assert.All(families, c => Assert.Equal((Qualifier.Vague, (double?)null, (double?)20, (double?)99), (c.Qualifier, c.Value, c.Low, c.High)));
    }

    [Fact]
    public void Only_document_001_names_its_outlet_and_it_quotes_the_words_that_do()
    {
        var docs = Data().Documents;
        Assert.Equal(["001_8eee3e2d92d09703"], docs.Where(d => d.Outlet is not null).Select(d => d.Id));
        Assert.All(docs.Where(d => d.Outlet is not null), d => Assert.NotNull(d.OutletEvidence));
    }

    [Fact]
    public void Four_attacks_claimed_by_the_asayish()
    {
        var c = Assert.Single(Data().Claims, c => c.Metric == "attacks");
        Assert.Equal((4d, "asayish"), (c.Value!.Value, c.Source));
        Assert.Contains("أربع هجمات", c.Evidence);
    }

    [Fact]
    public void Sources_speak_for_the_side_the_documents_give_them()
    {
        var sides = Data().Sources.ToDictionary(s => s.Id, s => s.Side);
        Assert.Equal(Side.Sdf, sides["sdf"]);
        Assert.Equal(Side.Sdf, sides["asayish"]);
        Assert.All(["aleppo-health-directorate", "sana", "al-ikhbariya", "emergency-ministry", "army-military-source"], id => Assert.Equal(Side.Government, sides[id]));
    }

    [Fact]
    public void The_sdf_lead_toll_is_quoted_from_the_words_that_name_its_speaker()
    {
        var lead = Data().Claims.Where(c => c.Id.StartsWith("001-sdf-", StringComparison.Ordinal) && c.Id.EndsWith("-lead", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lead.Count);
        Assert.All(lead, c => Assert.StartsWith("وفيما قالت \"قسد\"", c.Evidence));
    }

    [Fact]
    public void The_asayish_gloss_keeps_the_residents_part_and_says_whose_security_forces()
    {
        var c = Assert.Single(Data().Claims, c => c.Metric == "attacks");
        Assert.Contains("بمساندة أهالي الحي", c.Evidence);
        Assert.Contains("residents", c.EvidenceEn);
        Assert.Contains("Asayish", c.EvidenceEn);
        Assert.Contains("government's Internal Security Forces", c.Note);
        // ...and the 000 claim about the government's force of the same name says so too.
        Assert.Contains("not the SDF-aligned Asayish", Assert.Single(Data().Claims, x => x.Id == "000-ikhbariya-injured").Note);
    }

    [Fact]
    public void Curator_text_spells_each_place_one_way()
    {
        var data = Data();
        var curatorText = data.Claims.SelectMany(c => new[] { c.Place, c.EvidenceEn, c.Note, c.Period })
            .Concat(data.Incidents.SelectMany(i => new[] { i.Description, i.Place, i.Note }))
            .Concat(data.Documents.Select(d => d.Note))
            .OfType<string>().ToList();
        foreach (var variant in new[] { "Shihane", "Layramoun", "Leiramoun", "Sheikh Maksoud", "Ashrafiyeh", "Ashrafiyah" })
            Assert.DoesNotContain(curatorText, t => t.Contains(variant, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(curatorText, t => t.Contains("Shihan", StringComparison.Ordinal));
        Assert.Contains(curatorText, t => t.Contains("Lairamoun", StringComparison.Ordinal));
        // 003's own spelling survives only where it is quoted.
        Assert.Contains(data.Claims, c => c.Evidence.Contains("Shihane", StringComparison.Ordinal));
    }
}
