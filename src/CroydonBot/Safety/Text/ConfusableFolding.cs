using System.Globalization;
using System.Text;

namespace CroydonBot.Safety.Text;

/// <summary>
/// Folds text to plain lower-case letters before any safety check, so a crisis typed in look-alike letters
/// reads the same as one typed plainly. The app runs with InvariantGlobalization, where
/// <see cref="string.Normalize()"/> leaves full-width and mathematical letters as they are, so the folding is
/// done here from a table: full-width, mathematical, enclosed, small-capital and superscript letters, Cyrillic
/// and Greek look-alikes, and accented Latin letters become ASCII; invisible characters (zero-width, bidi
/// controls, joiners, variation selectors, combining marks) are dropped; every kind of space becomes a space.
/// </summary>
public static class ConfusableFolding
{
    private static readonly Dictionary<int, string> Table = BuildTable();

    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                folded.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                continue;
            }
            int codePoint;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                // Half a pair on its own is broken text, not a letter: it must neither stop nor join the check.
                folded.Append(' ');
                continue;
            }
            else
            {
                codePoint = c;
            }
            AppendFolded(folded, codePoint);
        }
        return folded.ToString();
    }

    private static void AppendFolded(StringBuilder folded, int codePoint)
    {
        if (Letter(codePoint) is { } letter)
        {
            folded.Append(letter);
            return;
        }
        if (Table.TryGetValue(codePoint, out var plain))
        {
            folded.Append(plain);
            return;
        }
        if (EmojiWords.Word(codePoint) is { } word)
        {
            folded.Append(' ').Append(word).Append(' ');
            return;
        }
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark:
                // Zero-width spaces and joiners, bidi controls, soft hyphens, variation selectors, tags, zalgo marks.
                return;
            case UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Control:
                folded.Append(' ');
                return;
        }
        if (codePoint <= char.MaxValue)
        {
            var lower = char.ToLowerInvariant((char)codePoint);
            folded.Append(Table.TryGetValue(lower, out var lowered) ? lowered : lower.ToString());
            return;
        }
        folded.Append(char.ConvertFromUtf32(codePoint));
    }

    /// <summary>Letters and digits in the blocks laid out alphabetically: full-width, mathematical, enclosed.</summary>
    private static char? Letter(int cp) => cp switch
    {
        >= 0xFF21 and <= 0xFF3A => (char)('a' + cp - 0xFF21),
        >= 0xFF41 and <= 0xFF5A => (char)('a' + cp - 0xFF41),
        >= 0xFF10 and <= 0xFF19 => (char)('0' + cp - 0xFF10),
        >= 0xFF01 and <= 0xFF5E => (char)(cp - 0xFEE0),
        // Mathematical Alphanumeric Symbols: thirteen alphabets of 52 letters (A-Z then a-z), then digits.
        >= 0x1D400 and <= 0x1D6A3 => (char)('a' + (cp - 0x1D400) % 52 % 26),
        >= 0x1D7CE and <= 0x1D7FF => (char)('0' + (cp - 0x1D7CE) % 10),
        >= 0x24B6 and <= 0x24CF => (char)('a' + cp - 0x24B6),
        >= 0x24D0 and <= 0x24E9 => (char)('a' + cp - 0x24D0),
        >= 0x249C and <= 0x24B5 => (char)('a' + cp - 0x249C),
        >= 0x1F130 and <= 0x1F149 => (char)('a' + cp - 0x1F130),
        >= 0x1F150 and <= 0x1F169 => (char)('a' + cp - 0x1F150),
        >= 0x1F170 and <= 0x1F189 => (char)('a' + cp - 0x1F170),
        >= 0x1F1E6 and <= 0x1F1FF => (char)('a' + cp - 0x1F1E6),
        >= 0x2460 and <= 0x2468 => (char)('1' + cp - 0x2460),
        >= 0x2474 and <= 0x247C => (char)('1' + cp - 0x2474),
        _ => null,
    };

    private static Dictionary<int, string> BuildTable()
    {
        var table = new Dictionary<int, string>();
        void Map(string from, string to)
        {
            foreach (var rune in from.EnumerateRunes())
            {
                table[rune.Value] = to;
            }
        }
        // Accented Latin letters (what NFKD would strip, had invariant mode not turned it off).
        Map("àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ", "a");
        Map("çćĉċč", "c");
        Map("ďđḍ", "d");
        Map("èéêëēĕėęěȅȇẹẻẽếềểễệ", "e");
        Map("ĝğġģ", "g");
        Map("ĥħḥ", "h");
        Map("ìíîïĩīĭįıǐȉȋịỉ", "i");
        Map("ĵ", "j");
        Map("ķ", "k");
        Map("ĺļľŀłḷ", "l");
        Map("ñńņňŉṇ", "n");
        Map("òóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợơ", "o");
        Map("ŕŗřṛ", "r");
        Map("śŝşšșṣſ", "s");
        Map("ţťŧțṭ", "t");
        Map("ùúûüũūŭůűųǔȕȗụủứừửữựư", "u");
        Map("ŵẁẃẅ", "w");
        Map("ýÿŷỳỹỵ", "y");
        Map("źżžẓ", "z");
        Map("ß", "ss");
        Map("æ", "ae");
        Map("œ", "oe");
        Map("þ", "th");
        // Cyrillic look-alikes (lower case; capitals are lowered first).
        Map("аӑӓ", "a");
        Map("вьъ", "b");
        Map("сҫ", "c");
        Map("ԁ", "d");
        Map("еёє", "e");
        Map("гґ", "r");
        Map("һнћђ", "h");
        Map("іїӏ", "i");
        Map("ј", "j");
        Map("кќ", "k");
        Map("м", "m");
        Map("пл", "n");
        Map("оӧ", "o");
        Map("р", "p");
        Map("ԛ", "q");
        Map("ѕ", "s");
        Map("т", "t");
        Map("уўү", "y");
        Map("ԝш", "w");
        Map("хҳ", "x");
        // Greek look-alikes.
        Map("αά", "a");
        Map("β", "b");
        Map("εέ", "e");
        Map("ηή", "n");
        Map("ιίϊ", "i");
        Map("κ", "k");
        Map("μ", "u");
        Map("ν", "v");
        Map("οό", "o");
        Map("ρ", "p");
        Map("τ", "t");
        Map("υύϋ", "u");
        Map("χ", "x");
        Map("γ", "y");
        Map("ωώ", "w");
        Map("ζ", "z");
        // Small capitals, modifier (superscript) letters and letter-like symbols.
        Map("ᴀᵃᵄ", "a");
        Map("ʙᵇ", "b");
        Map("ᴄᶜ", "c");
        Map("ᴅᵈ", "d");
        Map("ᴇᵉℯ", "e");
        Map("ꜰᶠ", "f");
        Map("ɢᵍℊɡ", "g");
        Map("ʜʰℎℋℌℍ", "h");
        Map("ɪⁱℐℑ", "i");
        Map("ᴊʲ", "j");
        Map("ᴋᵏ", "k");
        Map("ʟˡℒℓ", "l");
        Map("ᴍᵐℳ", "m");
        Map("ɴⁿℕ", "n");
        Map("ᴏᵒℴ", "o");
        Map("ᴘᵖℙ", "p");
        Map("ǫℚ", "q");
        Map("ʀʳℛℜℝ", "r");
        Map("ꜱˢ", "s");
        Map("ᴛᵗ", "t");
        Map("ᴜᵘ", "u");
        Map("ᴠᵛ", "v");
        Map("ᴡʷ", "w");
        Map("ˣ", "x");
        Map("ʏʸ", "y");
        Map("ᴢᶻℤℨ", "z");
        Map("ℬ", "b");
        Map("ℰ", "e");
        Map("ℱ", "f");
        Map("ℂℭ", "c");
        Map("⁰₀", "0");
        Map("¹₁", "1");
        Map("²₂", "2");
        Map("³₃", "3");
        // Fillers that render as blank space but are letters to Unicode.
        Map("\u3164\u115F\u1160\u2800\uFFA0", " ");
        return table;
    }
}
