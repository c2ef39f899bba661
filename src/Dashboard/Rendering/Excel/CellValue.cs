using System.Globalization;

namespace Dashboard.Rendering.Excel;

/// <summary>What a cell holds.</summary>
public enum CellType : byte
{
    /// <summary>Nothing: a blank cell.</summary>
    Blank,
    /// <summary>Text.</summary>
    Text,
    /// <summary>A number (a figure, in the row's unit).</summary>
    Number,
    /// <summary>A whole number (a count of documents or claims).</summary>
    Integer,
    /// <summary>TRUE or FALSE.</summary>
    Boolean,
}

/// <summary>
/// One cell's value, without boxing: a million rows of twenty-five columns would otherwise put
/// twenty-five million small objects on the heap for the workbook and again for the CSV.
/// </summary>
public readonly record struct CellValue(CellType Type, string? Text, double Number)
{
    /// <summary>A blank cell.</summary>
    public static CellValue Blank => default;

    /// <summary>Text, or blank for null.</summary>
    public static implicit operator CellValue(string? text) => text is null ? default : new(CellType.Text, text, 0);

    /// <summary>A figure, or blank for null.</summary>
    public static implicit operator CellValue(double? number) => number is { } n ? new(CellType.Number, null, n) : default;

    /// <summary>A figure.</summary>
    public static implicit operator CellValue(double number) => new(CellType.Number, null, number);

    /// <summary>A whole number.</summary>
    public static implicit operator CellValue(int number) => new(CellType.Integer, null, number);

    /// <summary>TRUE or FALSE.</summary>
    public static implicit operator CellValue(bool value) => new(CellType.Boolean, null, value ? 1 : 0);

    /// <summary>True for a blank cell.</summary>
    public bool IsBlank => Type == CellType.Blank;

    /// <summary>The value as the cell shows it, for sizing columns and for a link's display text.</summary>
    public override string ToString() => Type switch
    {
        CellType.Text => Text!,
        CellType.Number => Number.ToString("#,##0.##", CultureInfo.InvariantCulture),
        CellType.Integer => Number.ToString("0", CultureInfo.InvariantCulture),
        CellType.Boolean => Number != 0 ? "TRUE" : "FALSE",
        _ => "",
    };
}
