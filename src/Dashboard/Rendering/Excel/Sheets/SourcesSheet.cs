using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>The Sources sheet: who makes the claims.</summary>
public static class SourcesSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Sources";

    /// <summary>The declaration for <paramref name="model"/>.</summary>
    public static SheetSpec<Source> Spec(AnalysedModel model)
    {
        var claims = model.ClaimsPerSource;
        SheetColumn<Source>[] columns =
        [
            new("id", CellKind.Text, s => s.Id),
            new("name", CellKind.Text, s => s.Name),
            new("name_ar", CellKind.RightToLeftText, s => s.NameAr),
            new("side", CellKind.Text, s => s.Side.Wire()) { Repeats = true },
            new("kind", CellKind.Text, s => s.Kind) { Repeats = true },
            new("claims", CellKind.Integer, s => claims.GetValueOrDefault(s.Id)),
        ];
        return new SheetSpec<Source>(Name, "Sources", FiguresWorkbook.Language.SourcesSheetHolds, columns, model.Dataset.Sources);
    }
}
