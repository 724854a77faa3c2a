namespace CroydonBot.Safety.Text;

/// <summary>
/// Round AC (safe-ac): a word the data file knows, spelled by ear ("seewer slyde" for "sewer slide", "suisyde", "unalyve"):
/// compared after folding the spellings of one sound together (a doubled vowel as one, "y" after a consonant as "i", "ph"
/// as "f", "z" as "s"), it is read as the known word. Only the data file's own spellings (text speak and typos, the keys
/// of the plain forms it is given) of six letters or more are matched, so ordinary words ("feel", "book", "style") never
/// fold into one; a word that is itself known is never re-read.
/// </summary>
public sealed class SoundAlikeWords
{
    /// <summary>The shortest known spelling matched by sound: shorter ones fold into ordinary words.</summary>
    public const int MinimumLength = 6;

    private readonly Dictionary<string, string> _byFold = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string> _plainForms;

    public SoundAlikeWords(IReadOnlyDictionary<string, string> plainForms)
    {
        _plainForms = plainForms;
        foreach (var (spelling, plain) in plainForms)
        {
            if (spelling.Length >= MinimumLength && spelling.All(char.IsAsciiLetter) && plain.Length > 0)
            {
                _byFold.TryAdd(Fold(spelling), spelling);
            }
        }
    }

    /// <summary>The known spelling <paramref name="word"/> sounds like, or null.</summary>
    public string? Known(string word) =>
        word.Length >= MinimumLength - 1 && !_plainForms.ContainsKey(word) && word.All(char.IsAsciiLetter)
            && _byFold.TryGetValue(Fold(word), out var known) ? known : null;

    /// <summary>One spelling for one sound: "seewerslyde" and "sewerslide" both fold to "sewerslide".</summary>
    public static string Fold(string word)
    {
        var text = word.ToLowerInvariant().Replace("ph", "f", StringComparison.Ordinal).Replace('z', 's');
        var folded = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'y' && i > 0 && !IsVowel(text[i - 1]))
            {
                c = 'i';
            }
            if (IsVowel(c) && folded.Length > 0 && folded[^1] == c)
            {
                continue;
            }
            folded.Append(c);
        }
        return folded.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
