namespace Dashboard.Rendering.Words;

/// <summary>
/// Finds the stretches of Latin script inside text of another script: a file name in an Arabic
/// sentence, a product's name, an English phrase a curator quotes in an Arabic note. The Arabic
/// pages and charts mark each as English, so a screen reader switches voice and the bidirectional algorithm
/// keeps the phrase in its own order.
/// </summary>
internal static class EmbeddedLatin
{
    /// <summary>The text cut into runs, in order; <c>Latin</c> is true for a stretch to mark as English.</summary>
    public static List<(string Text, bool Latin)> Runs(string text)
    {
        var runs = new List<(string, bool)>();
        var plain = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLatinLetter(text[i]))
            {
                i++;
                continue;
            }
            // A run starts at a Latin letter and reaches across spaces, digits and punctuation to
            // the last Latin letter or digit before the next letter of another script.
            var end = i + 1;
            for (var j = i + 1; j < text.Length && !Stops(text[j]); j++)
            {
                if (IsLatinLetter(text[j]) || char.IsAsciiDigit(text[j])) end = j + 1;
            }
            // A full stop belongs to the quoted English sentence when a closing quote follows it.
            if (end + 1 < text.Length && text[end] is '.' or '!' or '?' && text[end + 1] is '"' or '”' or '\'' or '’' or ')') end++;
            if (i > plain) runs.Add((text[plain..i], false));
            runs.Add((text[i..end], true));
            plain = i = end;
        }
        if (plain < text.Length) runs.Add((text[plain..], false));
        return runs;
    }

    /// <summary>True when <paramref name="text"/> has a letter of the Latin script.</summary>
    public static bool HasLatin(string text) => text.Any(IsLatinLetter);

    private static bool IsLatinLetter(char ch) => ch < 0x0250 && char.IsLetter(ch);

    /// <summary>Letters of another script, its punctuation and direction controls end a Latin run.</summary>
    private static bool Stops(char ch) => ch >= 0x0250 && (char.IsLetter(ch) || ch is (>= '\u0600' and <= '\u06FF') or (>= '\u2066' and <= '\u2069') or (>= '\uFB50' and <= '\uFEFF'))
        || ch is '\n' or '«' or '»';
}
