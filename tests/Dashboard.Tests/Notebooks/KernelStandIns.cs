// Stand-ins for the two pieces of the .NET Interactive kernel the notebooks use, so their cells
// compile and run unchanged under Roslyn scripting (the kernel's packages are not served here).
namespace Microsoft.DotNet.Interactive.Formatting
{
    /// <summary>The kernel's formatter registry, reduced to Register: the harness renders displays with it.</summary>
    public static class Formatter
    {
        private static readonly List<(Type Type, string MimeType, Action<object, TextWriter> Write)> Registered = [];

        public static void Register<T>(Action<T, TextWriter> formatter, string mimeType = "text/plain")
        {
            lock (Registered) Registered.Insert(0, (typeof(T), mimeType, (o, w) => formatter((T)o, w)));
        }

        /// <summary>The value as the kernel would show it: with the newest matching formatter, else ToString.</summary>
        public static (string MimeType, string Text) Format(object value)
        {
            lock (Registered)
            {
                foreach (var (type, mime, write) in Registered)
                {
                    if (!type.IsInstanceOfType(value)) continue;
                    using var writer = new StringWriter();
                    write(value, writer);
                    return (mime, writer.ToString());
                }
            }
            return ("text/plain", value.ToString() ?? "");
        }

        public static void Reset()
        {
            lock (Registered) Registered.Clear();
        }
    }
}

namespace Dashboard.Tests.Notebooks
{
    /// <summary>What a cell displayed, as the kernel would render it.</summary>
    public sealed record Display(int Cell, object Value, string MimeType, string Text);

    /// <summary>The globals every cell sees, as in a .NET Interactive C# kernel.</summary>
    public sealed class NotebookGlobals
    {
        internal List<Display> Displays { get; } = [];

        internal int Cell { get; set; }

        /// <summary>The kernel's display(): renders the value with the registered formatters.</summary>
#pragma warning disable IDE1006 // the kernel's name for it
        public void display(object? value)
#pragma warning restore IDE1006
        {
            if (value is null) return;
            var (mime, text) = Microsoft.DotNet.Interactive.Formatting.Formatter.Format(value);
            Displays.Add(new Display(Cell, value, mime, text));
        }
    }
}
