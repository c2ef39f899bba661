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
        var words = FiguresWorkbook.Language;
        SheetColumn<PositionRow>[] columns =
        [
            new("contention", CellKind.Text, r => r.Contention.Contention.Id) { Repeats = true },
            new("question", CellKind.LongText, r => r.Contention.Contention.Question) { Repeats = true },
            new("question_ar", CellKind.RightToLeftText, r => r.Contention.Contention.QuestionAr) { Repeats = true },
            new("one_sided", CellKind.Boolean, r => r.Contention.OneSided),
            new("position", CellKind.Text, r => r.Position.Position.Id),
            new("side", CellKind.Text, r => r.Position.Side.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Sides.Select(s => s.Wire)) },
            new("source", CellKind.Text, r => r.Position.Source.Id) { Repeats = true },
            new("source_name", CellKind.Text, r => r.Position.Source.Name) { Repeats = true },
            new("stance", CellKind.Text, r => r.Position.Position.Stance.Wire()) { Repeats = true, List = Lists.Literal(Vocabulary.Stances.Select(s => s.Wire)) },
            new("document", CellKind.Text, r => r.Position.Document.Id) { Repeats = true },
            new("document_title", CellKind.Text, r => words.DocumentTitle(r.Position.Document)) { Repeats = true },
            new("evidence", CellKind.RightToLeftText, r => r.Position.Position.Evidence),
            new("evidence_en", CellKind.LongText, r => r.Position.Position.EvidenceEn),
        ];
        var rows = model.Contentions.SelectMany(c => c.Positions.Select(p => new PositionRow(c, p))).ToList();
        return new SheetSpec<PositionRow>(Name, "Contested", FiguresWorkbook.Language.ContestedSheetHolds, columns, rows);
    }
}
