using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>One row per position on a contention: the question, who answers, on which side, how, in which words.</summary>
public sealed record PositionRow(ContentionView Contention, PositionView Position);

/// <summary>The Contested sheet: what the sides contest, each position quoted.</summary>
public static class ContestedSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Contested";

    /// <summary>The declaration for <paramref name="model"/>.</summary>
    public static SheetSpec<PositionRow> Spec(AnalysedModel model)
    {
        SheetColumn<PositionRow>[] columns =
        [
            // Narrow enough to print one page wide: the question's Arabic, the source's and the
            // document's full names are in the report, the Sources and Documents sheets.
            new("contention", CellKind.Text, r => r.Contention.Contention.Id) { Repeats = true },
            new("question", CellKind.LongText, r => r.Contention.Contention.Question) { Repeats = true },
            new("side", CellKind.Text, r => r.Position.Side.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Sides.Select(s => s.Wire)) },
            new("source", CellKind.Text, r => r.Position.Source.Id) { Repeats = true },
            new("stance", CellKind.Text, r => r.Position.Position.Stance.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Stances.Select(s => s.Wire)) },
            new("document", CellKind.Text, r => r.Position.Document.Id) { Repeats = true },
            new("evidence", CellKind.RightToLeftText, r => r.Position.Position.Evidence),
            new("evidence_en", CellKind.LongText, r => r.Position.Position.EvidenceEn),
        ];
        var rows = model.Contentions.SelectMany(c => c.Positions.Select(p => new PositionRow(c, p))).ToList();
        return new SheetSpec<PositionRow>(Name, "Contested", FiguresWorkbook.Language.ContestedSheetHolds, columns, rows);
    }
}
