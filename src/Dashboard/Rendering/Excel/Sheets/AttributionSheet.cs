using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>The Attribution sheet: the harm each side's sources blame on whom, per metric.</summary>
public static class AttributionSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Attribution";

    /// <summary>The declaration for <paramref name="model"/>.</summary>
    public static SheetSpec<AttributionRow> Spec(AnalysedModel model)
    {
        var words = FiguresWorkbook.Language;
        SheetColumn<AttributionRow>[] columns =
        [
            new("claimant_side", CellKind.Text, r => r.ClaimantSide.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Sides.Select(s => s.Wire)) },
            new("blamed", CellKind.Text, r => r.Blamed.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Blames.Select(b => b.Wire)) },
            new("metric", CellKind.Text, r => r.Metric.Id) { Repeats = true },
            new("range_low", CellKind.Figure, r => r.Total?.Range.Low),
            new("range_high", CellKind.Figure, r => r.Total?.Range.High),
            new("open_above", CellKind.Boolean, r => r.Total is { } t ? t.Range.IsOpen : CellValue.Blank),
            new("display", CellKind.Text, r => r.Total?.Range.Format(r.Metric.Unit) ?? words.MentionedNoFigure) { Repeats = true },
            new("reading", CellKind.LongText, r => words.Blames(r.ClaimantSide, r.Blamed)) { Repeats = true },
            new("claims", CellKind.LongText, r => CellText.ClaimList(r.Total?.ClaimIds ?? [])),
            new("mentions", CellKind.LongText, r => CellText.ClaimList(r.MentionIds)),
        ];
        return new SheetSpec<AttributionRow>(Name, "Attribution", FiguresWorkbook.Language.AttributionSheetHolds,
            columns, model.Attribution, r => r.Metric.Unit);
    }
}
