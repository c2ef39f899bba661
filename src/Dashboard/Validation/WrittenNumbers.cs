using System.Globalization;

namespace Dashboard.Validation;

/// <summary>
/// The numbers a span of text writes, in digits or in words, each read whole: «46 ألف» is 46000
/// (not 46), «خمسة وعشرين» is 25 (not 5), «قتيلين» is 2, "forty-six" is 46.
/// </summary>
public static class WrittenNumbers
{
    private const int Units = 1, Tens = 2, Hundreds = 4, Complete = Units | Tens | Hundreds;
    private const decimal Largest = 1e18m;

    /// <summary>
    /// Every number written in <paramref name="text"/>, in the order they stand, duplicates kept.
    /// Digits may be Western (0-9), Arabic-Indic (٠-٩) or Persian (۰-۹), grouped in thousands by
    /// «,» or «٬», with a decimal part after «.» or «٫»; a digit run is read whole, so 4 is not
    /// read inside 46. Number words are those of <see cref="NumberWords"/>. Plural words without
    /// a count («عشرات», «آلاف», "dozens", "thousands") are not numbers.
    /// </summary>
    public static List<decimal> In(string text)
    {
        var found = new List<decimal>();
        var phrase = new Phrase(found);
        var s = NumberWords.Normalise(text);
        var joined = false;
        for (var i = 0; i < s.Length;)
        {
            var ch = s[i];
            if (char.IsAsciiDigit(ch))
            {
                var end = DigitRunEnd(s, i);
                if (TryParseDigits(s[i..end], out var value)) phrase.Add(new NumberWord(NumberWordKind.Unit, value), joined, digits: true);
                else phrase.Close();
                joined = false;
                i = end;
            }
            else if (char.IsLetter(ch))
            {
                var end = i;
                while (end < s.Length && char.IsLetter(s[end])) end++;
                var word = s[i..end];
                if (NumberWords.IsJoiner(word))
                {
                    joined = true;
                }
                else
                {
                    if (NumberWords.TryRead(word, out var number, out var prefixed)) phrase.Add(number, joined || prefixed, digits: false);
                    else phrase.Close();
                    joined = false;
                }
                i = end;
            }
            else
            {
                // White space and a hyphen ("forty-six") leave a number open; any other mark ends it.
                if (!char.IsWhiteSpace(ch) && ch is not ('-' or '\u2010' or '\u2011'))
                {
                    phrase.Close();
                    joined = false;
                }
                i++;
            }
        }
        phrase.Close();
        return found;
    }

    /// <summary>
    /// The end of a run of digits starting at <paramref name="start"/>: a separator belongs to it
    /// only when exactly three digits follow («46,000»), a decimal point only when a digit follows.
    /// </summary>
    private static int DigitRunEnd(string s, int start)
    {
        var i = start;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        while (i < s.Length && s[i] is ',' or '\u066C' && ThreeDigitsAt(s, i + 1)) i += 4;
        if (i + 1 < s.Length && s[i] is '.' or '\u066B' && char.IsAsciiDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        }
        return i;
    }

    private static bool ThreeDigitsAt(string s, int i) =>
        i + 3 <= s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2])
        && (i + 3 == s.Length || !char.IsAsciiDigit(s[i + 3]));

    private static bool TryParseDigits(string run, out decimal value)
    {
        var plain = run.Replace(",", "", StringComparison.Ordinal).Replace("\u066C", "", StringComparison.Ordinal).Replace('\u066B', '.');
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// One number being read word by word. Parts fill places (units, tens, hundreds) and a part
    /// joins only a place still empty and below those filled, as in "two hundred and five"; the one
    /// exception is Arabic's units before tens («خمسة وعشرين»). Anything else starts a new number,
    /// so «ثلاثة وأربعة» (three and four) are two numbers, not seven. A scale word («ألف»,
    /// "thousand") multiplies what came before it and closes that group.
    /// </summary>
    private sealed class Phrase(List<decimal> found)
    {
        private decimal _total;
        private decimal _group;
        private int _places;
        private bool _any;
        private decimal _lastScale = decimal.MaxValue;

        public void Add(NumberWord word, bool joined, bool digits)
        {
            if (_any && TryContinue(word, joined, digits)) return;
            Close();
            Start(word, digits);
        }

        public void Close()
        {
            if (_any) found.Add(_total + _group);
            _total = _group = 0;
            _places = 0;
            _any = false;
            _lastScale = decimal.MaxValue;
        }

        private void Start(NumberWord word, bool digits)
        {
            switch (word.Kind)
            {
                case NumberWordKind.ScalePlural:
                    // «آلاف» with no count before it is "thousands": no number.
                    return;
                case NumberWordKind.Scale or NumberWordKind.ScaleDual:
                    _total = word.Value;
                    _lastScale = word.Kind == NumberWordKind.Scale ? word.Value : word.Value / 2;
                    break;
                case NumberWordKind.Dual:
                    found.Add(word.Value);
                    return;
                default:
                    _group = word.Value;
                    _places = digits ? Complete : PlacesOf(word.Kind);
                    break;
            }
            _any = true;
        }

        private bool TryContinue(NumberWord word, bool joined, bool digits)
        {
            var groupOpen = _places != 0;
            switch (word.Kind)
            {
                // The bound keeps a long run of digits before «مليار» from overflowing; no count comes near it.
                case NumberWordKind.Scale or NumberWordKind.ScalePlural when groupOpen && !joined && word.Value < _lastScale && _group <= Largest / word.Value:
                    _total += _group * word.Value;
                    _group = 0;
                    _places = 0;
                    _lastScale = word.Value;
                    return true;
                case NumberWordKind.Ten when _places == Units && !joined && _group is >= 1 and <= 9:
                    // «ثلاثة عشر», «اثنا عشر»: a unit and ten make a teen.
                    _group += 10;
                    _places = Units | Tens;
                    return true;
                case NumberWordKind.Hundred when _places == Units && !joined && _group is >= 1 and <= 9:
                    // «ثلاث مئة», "two hundred".
                    _group *= 100;
                    _places = Hundreds;
                    return true;
                case NumberWordKind.Scale or NumberWordKind.ScaleDual or NumberWordKind.ScalePlural or NumberWordKind.Dual:
                    return false;
            }
            var places = digits ? Complete : PlacesOf(word.Kind);
            if (!groupOpen)
            {
                // After a scale: «ألف وخمسمائة», "two thousand five hundred", «مليون و200 ألف».
                if (_total == 0 || word.Value >= _lastScale) return false;
            }
            else if ((places & _places) != 0 || !(Highest(places) < Lowest(_places) || (word.Kind == NumberWordKind.Tens && Lowest(_places) == Units)))
            {
                return false;
            }
            _group += word.Value;
            _places |= places;
            return true;
        }

        private static int PlacesOf(NumberWordKind kind) => kind switch
        {
            NumberWordKind.Unit => Units,
            NumberWordKind.Ten or NumberWordKind.Teen => Units | Tens,
            NumberWordKind.Tens => Tens,
            _ => Hundreds,
        };

        private static int Highest(int places) => places >= Hundreds ? Hundreds : places >= Tens ? Tens : Units;

        private static int Lowest(int places) => places & -places;
    }
}
