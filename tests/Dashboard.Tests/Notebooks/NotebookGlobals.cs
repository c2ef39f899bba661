using Microsoft.DotNet.Interactive.Formatting;

namespace Dashboard.Tests.Notebooks;

/// <summary>What a cell displayed, as the kernel would render it.</summary>
public sealed record Display(int Cell, object Value, string MimeType, string Text);

/// <summary>The globals every cell sees, as in a .NET Interactive C# kernel.</summary>
public sealed class NotebookGlobals
{
    internal List<Display> Displays { get; } = [];

    internal int Cell { get; set; }

    /// <summary>
    /// The kernel's display(): the value in its preferred MIME type, rendered by the kernel's own
    /// formatter (Microsoft.DotNet.Interactive.Formatting), with whatever the cells registered.
    /// </summary>
#pragma warning disable IDE1006 // the kernel's name for it
    public void display(object? value)
#pragma warning restore IDE1006
    {
        if (value is null) return;
        var mime = Formatter.GetPreferredMimeTypesFor(value.GetType()).FirstOrDefault() ?? Formatter.DefaultMimeType;
        Displays.Add(new Display(Cell, value, mime, value.ToDisplayString(mime)));
    }
}
