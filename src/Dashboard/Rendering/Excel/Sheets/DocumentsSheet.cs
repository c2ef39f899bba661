using Dashboard.Analysis;
using Dashboard.Model;

namespace Dashboard.Rendering.Excel.Sheets;

/// <summary>The Documents sheet: the press documents the claims come from.</summary>
public static class DocumentsSheet
{
    /// <summary>The sheet's name.</summary>
    public const string Name = "Documents";

    /// <summary>The declaration for <paramref name="model"/>.</summary>
    public static SheetSpec<Document> Spec(AnalysedModel model)
    {
        var claims = model.ClaimsPerDocument;
        var words = FiguresWorkbook.Language;
        SheetColumn<Document>[] columns =
        [
            new("id", CellKind.Text, d => d.Id),
            new("language", CellKind.Text, d => d.Language) { Repeats = true },
            new("outlet", CellKind.Text, d => d.Outlet ?? $"({words.OutletNotNamed})") { Repeats = true },
            new("outlet_evidence", CellKind.RightToLeftText, d => d.OutletEvidence),
            new("rendering_of", CellKind.Text, d => d.RenderingOf),
            new("sha256", CellKind.Text, d => d.Sha256),
            new("claims", CellKind.Integer, d => claims.GetValueOrDefault(d.Id)),
            new("note", CellKind.LongText, d => d.Note),
        ];
        return new SheetSpec<Document>(Name, "Documents", words.DocumentsSheetHolds, columns, model.Dataset.Documents);
    }
}
