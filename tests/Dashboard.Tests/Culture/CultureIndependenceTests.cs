using System.Globalization;
using Dashboard.Analysis;
using Dashboard.Exploration;
using Dashboard.Pipeline;
using Dashboard.Rendering.Text;
using Dashboard.Tests.Support;
using Dashboard.Validation;

namespace Dashboard.Tests.Culture;

/// <summary>
/// The library runs inside notebooks, where the current culture is the reader's. Under German and
/// Syrian Arabic (decimal comma; Arabic decimal and group separators) every figure, cell and byte
/// must be what the invariant culture gives.
/// </summary>
public class CultureIndependenceTests
{
    /// <summary>Every output file, the console table and the notebook tables, produced under one culture.</summary>
    private static Dictionary<string, byte[]> EverythingUnder(string culture, string data)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture == "" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
        try
        {
            var model = AnalysedModel.Build(ValidatedDataset.Load(data).Valid!);
            using var dir = new TempDir();
            var outDir = dir.File("out");
            Generator.Write(model, outDir);
            var files = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(outDir, f), File.ReadAllBytes);
            files["(console headline table)"] = System.Text.Encoding.UTF8.GetBytes(HeadlineTable.Format(model));
            files["(notebook claims table)"] = System.Text.Encoding.UTF8.GetBytes(DataFrameHtml.Render(model.ClaimsFrame()));
            files["(notebook totals table)"] = System.Text.Encoding.UTF8.GetBytes(DataFrameHtml.Render(model.TotalsFrame()));
            files["(attribution table)"] = System.Text.Encoding.UTF8.GetBytes(DataFrameHtml.Render(model.AttributionFrame()));
            files["(comparisons table)"] = System.Text.Encoding.UTF8.GetBytes(DataFrameHtml.Render(model.ComparisonsFrame(Dashboard.Rendering.Words.Words.Arabic)));
            return files;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SY")]
    public void Every_output_is_byte_identical_to_the_invariant_cultures(string culture)
    {
        // The test's own premise: these cultures really do format numbers differently.
        Assert.NotEqual(1234.5.ToString("N1", CultureInfo.InvariantCulture), 1234.5.ToString("N1", CultureInfo.GetCultureInfo(culture)));

        using var dir = new TempDir();
        // The bundled data and a synthetic set with every qualifier, fractional percentages and large figures.
        var synthetic = dir.File("synth.json");
        using (var stream = File.Create(synthetic)) Dashboard.Synthesis.SyntheticDataset.Write(stream, 400, seed: 3);
        foreach (var data in new[] { Repo.BundledData, synthetic })
        {
            var invariant = EverythingUnder("", data);
            var local = EverythingUnder(culture, data);
            Assert.Equal(invariant.Keys.Order(StringComparer.Ordinal), local.Keys.Order(StringComparer.Ordinal));
            foreach (var (name, bytes) in invariant)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(local[name]), $"{Path.GetFileName(data)}: {name} differs under {culture}");
            }
        }
    }
}
