using CsCheck;
using Dashboard.Loading;

namespace Dashboard.Tests.Loading;

/// <summary>Where a byte offset is, in lines and columns, whatever the file's newlines.</summary>
public class SourceTextTests
{
    [Fact]
    public void An_offset_is_on_the_line_after_as_many_newlines_as_precede_it()
    {
        // Newlines first, last, doubled and absent; Arabic letters are two bytes but one column.
        var text = Gen.OneOfConst("a", "\n", "\n\n", "ق", " ").Array[0, 60].Select(parts => System.Text.Encoding.UTF8.GetBytes(string.Concat(parts)));
        Gen.Select(text, Gen.Int[0, 400]).Sample((bytes, at) =>
        {
            var offset = Math.Min(at, bytes.Length);
            var before = bytes.AsSpan(0, offset);
            var lineStart = before.LastIndexOf((byte)'\n') + 1;
            var expected = (1 + before.Count((byte)'\n'), System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
            return new SourceText("x.json", bytes).Locate(offset) == expected;
        }, iter: 5_000);
    }
}
