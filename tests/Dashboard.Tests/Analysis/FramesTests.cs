using Dashboard.Analysis;
using Dashboard.Tests.Support;
using Microsoft.Data.Analysis;

namespace Dashboard.Tests.Analysis;

public class FramesTests
{
    private static readonly AnalysedModel Model = new Fixture()
        .Claim("c1", "killed", 2)
        .Claim("c2", "displaced_people", 46000, "more_than", incident: "i2", source: "sdf-a")
        .Claim("c3", "killed", 2, document: "d2")
        .Analyse();

    [Fact]
    public void Claims_frame_has_a_row_per_claim_and_open_highs_are_null()
    {
        var df = Model.ClaimsFrame();
        Assert.Equal(3, df.Rows.Count);
        Assert.Equal(["c1", "c2", "c3"], df["id"].Cast<string>());
        Assert.Null(df["range_high"][1]);
        Assert.Equal(true, df["open_above"][1]);
        Assert.Equal(46000d, df["range_low"][1]);
        Assert.Null(df["low"][1]);
        Assert.Equal(2, df["corroboration"][0]);
    }

    [Fact]
    public void Totals_frame_matches_the_model_row_for_row()
    {
        var df = Model.TotalsFrame();
        Assert.Equal(Model.Totals.Length, (int)df.Rows.Count);
        for (var i = 0; i < Model.Totals.Length; i++)
        {
            var t = Model.Totals[i];
            Assert.Equal((t.GroupName, t.Key, t.Metric, t.Range.Low, t.Range.High), ((string)df["group"][i], (string)df["key"][i], (string)df["metric"][i], (double)df["range_low"][i]!, (double?)df["range_high"][i]));
        }
        Assert.Equal(2, (int)Model.TotalsFrame(GroupKind.Side).Rows.Count);
    }

    // Two sides' tolls of different incidents, one incident that two sources count differently
    // (ind-a 12, sdf-a 8: they cannot both hold), and one contention.
    private static readonly AnalysedModel Contested = new Fixture()
        .Claim("g1", "killed", 2, source: "gov-a", incident: "shelling", blames: "sdf")
        .Claim("s1", "killed", 8, source: "sdf-a", incident: "toll", blames: "government")
        .Claim("i1", "killed", 12, source: "ind-a", incident: "toll", document: "d2")
        .Contention("c", ("gov-a", "asserts"), ("sdf-a", "denies"))
        .Analyse();

    private static Dictionary<string, object?> Row(DataFrame df, int row) =>
        df.Columns.ToDictionary(c => c.Name, c => (object?)c[row], StringComparer.Ordinal);

    [Fact]
    public void Each_frame_has_the_workbooks_column_names()
    {
        // Written out here, not read from Frames: the names the workbook, claims.csv and
        // aggregates.json use, which notebooks select by.
        Assert.Equal(["id", "document", "source", "side", "metric", "value", "qualifier", "low", "high", "range_low", "range_high", "open_above",
            "affected", "incident", "blames", "statement", "corroboration", "independent_documents", "evidence", "evidence_en"], Contested.ClaimsFrame().Columns.Select(c => c.Name));
        Assert.Equal(["group", "key", "metric", "range_low", "range_high", "open_above", "display", "documents", "independent_documents", "sources", "claims"],
            Contested.TotalsFrame().Columns.Select(c => c.Name));
        Assert.Equal(["claimant_side", "blamed", "metric", "range_low", "range_high", "display", "reading", "claims"], Contested.AttributionFrame().Columns.Select(c => c.Name));
        Assert.Equal(["metric", "kind", "first", "first_figure", "second", "second_figure", "conflict", "reading"], Contested.ComparisonsFrame().Columns.Select(c => c.Name));
        Assert.Equal(["contention", "question", "side", "source", "stance", "document", "evidence", "evidence_en"], Contested.ContentionsFrame().Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_claims_row_carries_the_claim_its_range_and_its_statement()
    {
        var row = Row(Contested.ClaimsFrame(), 1);
        Assert.Equal(new Dictionary<string, object?>
        {
            ["id"] = "s1", ["document"] = "d1", ["source"] = "sdf-a", ["side"] = "sdf", ["metric"] = "killed", ["value"] = 8d, ["qualifier"] = "exact",
            ["low"] = null, ["high"] = null, ["range_low"] = 8d, ["range_high"] = 8d, ["open_above"] = false, ["affected"] = "civilians", ["incident"] = "toll",
            ["blames"] = "government", ["statement"] = "sdf-a/killed/toll", ["corroboration"] = 1, ["independent_documents"] = 1, ["evidence"] = "نص", ["evidence_en"] = "gloss",
        }, row);
    }

    [Fact]
    public void A_totals_row_carries_the_range_its_words_and_its_provenance()
    {
        // Killed overall: shelling 2 plus the toll's [8, 12] = [10, 14], from d1 and d2, three sources.
        var df = Contested.TotalsFrame(GroupKind.Overall);
        var row = Row(df, Enumerable.Range(0, (int)df.Rows.Count).Single(i => (string)df["metric"][i] == "killed"));
        Assert.Equal(new Dictionary<string, object?>
        {
            ["group"] = "overall", ["key"] = "all", ["metric"] = "killed", ["range_low"] = 10d, ["range_high"] = 14d, ["open_above"] = false, ["display"] = "10–14",
            ["documents"] = 2, ["independent_documents"] = 2, ["sources"] = 3, ["claims"] = "g1 i1 s1",
        }, row);
    }

    [Fact]
    public void The_attribution_comparison_and_contention_frames_hold_the_models_rows()
    {
        var attribution = Contested.AttributionFrame();
        Assert.Equal(["government", "sdf", "independent"], attribution["claimant_side"].Cast<string>());
        Assert.Equal(["sdf", "government", "not_stated"], attribution["blamed"].Cast<string>());
        Assert.Equal(["2", "8", "12"], attribution["display"].Cast<string>());
        Assert.Equal([2d, 8d, 12d], attribution["range_low"].Cast<double?>());
        Assert.Equal([2d, 8d, 12d], attribution["range_high"].Cast<double?>());
        Assert.Equal(["g1", "s1", "i1"], attribution["claims"].Cast<string>());
        Assert.All(attribution["reading"].Cast<string>(), r => Assert.False(string.IsNullOrWhiteSpace(r)));

        // Statements in source id order: ind-a's 12 first, then sdf-a's 8; 4 apart.
        var comparison = Row(Contested.ComparisonsFrame(), 0);
        Assert.Equal(("killed", "same_incident", "toll", "12", "toll", "8", (object)true),
            (comparison["metric"], comparison["kind"], comparison["first"], comparison["first_figure"], comparison["second"], comparison["second_figure"], comparison["conflict"]));
        Assert.Contains("4", (string)comparison["reading"]!);

        var contentions = Contested.ContentionsFrame();
        Assert.Equal(new Dictionary<string, object?>
        {
            ["contention"] = "c", ["question"] = "question c", ["side"] = "sdf", ["source"] = "sdf-a", ["stance"] = "denies", ["document"] = "d1",
            ["evidence"] = "نص", ["evidence_en"] = "gloss",
        }, Row(contentions, 1));
        Assert.Equal(["gov-a", "sdf-a"], contentions["source"].Cast<string>());
    }

    [Fact]
    public void A_percentage_total_is_written_as_a_percentage()
    {
        // Killed comes before area_cleared_pct in the metric list: each row takes its own metric's unit.
        var m = new Fixture().Claim("k", "killed", 3).Claim("p1", "area_cleared_pct", 80, incident: "i2").Claim("p2", "area_cleared_pct", 90, incident: "i3").Analyse();
        var df = m.TotalsFrame(GroupKind.Overall);
        Assert.Equal(["3", "80%–90%"], df["display"].Cast<string>());
    }

    [Fact]
    public void The_frames_read_in_the_words_they_are_given()
    {
        // The Arabic words give Arabic readings; the English ones are only the default.
        var english = Contested.AttributionFrame()["reading"].Cast<string>().ToList();
        var arabic = Contested.AttributionFrame(Dashboard.Rendering.Words.Words.Arabic)["reading"].Cast<string>().ToList();
        Assert.All(arabic.Zip(english), p => Assert.NotEqual(p.Second, p.First));
        Assert.All(arabic, r => Assert.Matches("[\u0600-\u06FF]", r));
        var arabicComparison = Contested.ComparisonsFrame(Dashboard.Rendering.Words.Words.Arabic)["reading"].Cast<string>().Single();
        Assert.Matches("[\u0600-\u06FF]", arabicComparison);
        Assert.NotEqual(Contested.ComparisonsFrame()["reading"].Cast<string>().Single(), arabicComparison);
    }

    [Fact]
    public void The_comparisons_frame_names_each_kind_as_aggregates_json_does()
    {
        // whole includes part-a; whole may include part-b: one "includes" row, one "may_include" row.
        var m = new Fixture().Incident("part-a").Incident("part-b").Incident("whole", includes: ["part-a"], mayInclude: ["part-b"])
            .Claim("w", "killed", 10, incident: "whole").Claim("a", "killed", 4, incident: "part-a").Claim("b", "killed", 3, incident: "part-b")
            .Analyse();
        var df = m.ComparisonsFrame();
        Assert.Equal(["includes", "may_include"], df["kind"].Cast<string>());
        Assert.Equal(["part-a", "part-b"], df["second"].Cast<string>());
    }

    [Fact]
    public void A_mention_alone_reads_mentioned_no_figure_in_the_attribution_frame()
    {
        var m = new Fixture().Claim("m", "injured", null, qualifier: "unquantified", source: "gov-a", blames: "sdf").Analyse();
        var row = Row(m.AttributionFrame(), 0);
        Assert.Equal(("mentioned, no figure", null, null, "m"), (row["display"], row["range_low"], row["range_high"], row["claims"]));
    }

    // Microsoft.Data.Analysis 0.23.1 behaviours the frames are designed around. If an upgrade
    // changes one of them, these fail and the design note in Frames.cs needs a second look.

    [Fact]
    public void Library_min_and_mean_do_not_treat_null_as_open()
    {
        var high = new DoubleDataFrameColumn("high", [5d, null, 7d]);
        // A null high means "open above". On a double column this version skips nulls (Min 5,
        // Mean 6, Max 7), so the largest high of a set with an open one comes out as a finite 7:
        // wrong for us, which is why ranges are computed by the model, not with these functions.
        Assert.Equal(1, high.NullCount);
        Assert.Equal(7d, high.Max());
        Assert.Equal(5d, high.Min());
        Assert.Equal(6d, high.Mean());
    }

    [Fact]
    public void Library_group_by_drops_null_keys()
    {
        var df = new DataFrame(new StringDataFrameColumn("side", ["government", null, "sdf", "government"]), new DoubleDataFrameColumn("low", [1d, 2d, 3d, 4d]));
        var grouped = df.GroupBy("side").Sum("low");
        Assert.Equal(2, (int)grouped.Rows.Count);
        // government 1 + 4 and sdf 3: the row with a null side (low 2) is silently gone.
        Assert.Equal(8d, grouped.Columns["low"].Cast<double?>().Sum());
    }
}
