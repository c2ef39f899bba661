namespace Dashboard.Rendering.Excel;

/// <summary>How a column's cells are written.</summary>
public enum CellKind
{
    /// <summary>Always text, even when it looks like a number, a date or a formula.</summary>
    Text,
    /// <summary>Arabic (or any right-to-left) text: wrapped and right-to-left.</summary>
    RightToLeftText,
    /// <summary>Long text: wrapped in a wide column.</summary>
    LongText,
    /// <summary>A figure in the row's unit: #,##0 for counts, 0"%" for percentages.</summary>
    Figure,
    /// <summary>A whole number such as a count of documents.</summary>
    Integer,
    /// <summary>TRUE or FALSE.</summary>
    Boolean,
}

/// <summary>A column of a sheet: its header, how its cells are written, and the value of a row.</summary>
public sealed record SheetColumn<T>(string Header, CellKind Kind, Func<T, object?> Value);
