using ClosedXML.Excel;
using Dashboard.Analysis;
using Dashboard.Tests.Support;
using Dashboard.Model;
using Dashboard.Validation;

namespace Dashboard.Tests.Rendering;

/// <summary>The workbook's Contested, Attribution and Same people sheets, read back cell by cell.</summary>
public class WorkbookContestedTests
{
    private static readonly AnalysedModel Bundled = AnalysedModel.Build(ValidatedDataset.Load(Repo.BundledData).Valid!);

    private static XLWorkbook Open(AnalysedModel model) => new(new MemoryStream(Render.Bytes(model, "figures.xlsx")));

    private static List<Dictionary<string, IXLCell>> Rows(IXLWorksheet ws)
    {
        var headers = ws.Row(1).CellsUsed().Select(c => (c.GetString(), c.Address.ColumnNumber)).ToList();
        return ws.RowsUsed().Skip(1).Select(r => headers.ToDictionary(h => h.Item1, h => r.Cell(h.Item2))).ToList();
    }

    [Fact]
    public void Attribution_gives_each_accusation_its_range_and_claims()
    {
        using var wb = Open(Bundled);
        var rows = Rows(wb.Worksheet("Attribution"));
        var killed = Assert.Single(rows, r => r["claimant_side"].GetString() == "government" && r["blamed"].GetString() == "sdf" && r["metric"].GetString() == "killed");
        Assert.Equal((2d, 2d, false), (killed["range_low"].GetDouble(), killed["range_high"].GetDouble(), killed["open_above"].GetBoolean()));
        Assert.Equal("000-health-killed 003-health-killed", killed["claims"].GetString());
        var injured = Assert.Single(rows, r => r["claimant_side"].GetString() == "sdf" && r["blamed"].GetString() == "government" && r["metric"].GetString() == "injured");
        Assert.Equal("57–59", injured["display"].GetString());
        // The narration's deaths and injuries among civilians: mentioned, no figure, blank range.
        var mention = Assert.Single(rows, r => r["claimant_side"].GetString() == "independent" && r["metric"].GetString() == "killed");
        Assert.True(mention["range_low"].IsEmpty() && mention["open_above"].IsEmpty());
        Assert.Equal(("mentioned, no figure", "003-narration-killed"), (mention["display"].GetString(), mention["mentions"].GetString()));
    }

    [Fact]
    public void Attribution_mentions_are_the_claims_of_that_side_and_blame_that_give_no_figure()
    {
        // Synthetic statements mix claims with and without a figure and with different blames; the
        // mentions cell once listed every claim of a mentioned statement, figures and other blames too.
        var model = SyntheticModel.Of(1_000, seed: 4);
        using var wb = Open(model);
        var rows = Rows(wb.Worksheet("Attribution"));
        var checkedRows = 0;
        foreach (var row in rows)
        {
            var expected = model.Claims
                .Where(c => c.Range is null && c.Side.Wire() == row["claimant_side"].GetString() && c.Claim.Blames.Wire() == row["blamed"].GetString() && c.Claim.Metric == row["metric"].GetString())
                .Select(c => c.Claim.Id).Order(StringComparer.Ordinal).ToList();
            var listed = row["mentions"].GetString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            Assert.Equal(expected, listed);
            if (expected.Count > 0) checkedRows++;
        }
        Assert.True(checkedRows > 0, "no row with mentions to check");
    }

    [Fact]
    public void Contested_quotes_every_position_with_its_side_and_stance()
    {
        using var wb = Open(Bundled);
        var rows = Rows(wb.Worksheet("Contested"));
        Assert.Equal(Bundled.Contentions.Sum(c => c.Positions.Count), rows.Count);
        var denial = Assert.Single(rows, r => r["evidence"].GetString() == "ونفت قسد أي علاقة لها بالقصف على أحياء حلب");
        Assert.Equal(("sdf", "sdf", "denies"), (denial["side"].GetString(), denial["source"].GetString(), denial["stance"].GetString()));
        Assert.Equal(XLAlignmentHorizontalValues.Right, denial["evidence"].Style.Alignment.Horizontal);
    }

    [Fact]
    public void Same_people_lists_each_may_include_pair_read_both_ways_and_no_conflict()
    {
        using var wb = Open(Bundled);
        var rows = Rows(wb.Worksheet("Same people"));
        Assert.Equal(Bundled.Comparisons.Count, rows.Count);
        Assert.All(rows, r => Assert.False(r["conflict"].GetBoolean()));
        var nine = Assert.Single(rows, r => r["first"].GetString() == "health-director-injured-nine");
        Assert.Equal(("9", "17"), (nine["if_inside"].GetString(), nine["if_outside"].GetString()));
    }
}
