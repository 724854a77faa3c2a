namespace CroydonBot.Knowledge;

/// <summary>
/// Text speak that follows a pattern rather than a list: a spelling by sound ("inspecshun"), a dropped final
/// letter ("giv", "gettin", "hav"), a "z" for a plural "s" ("kidz"), a "d" for a leading "th" ("den"), a number for its sound ("gr8", "2gether").
/// A rewrite is kept only when it gives a word the knowledge base or its question words know, so a real word
/// the guides never use is never turned into another.
/// </summary>
public static class TextSpeakRules
{
    /// <summary>The word a pattern of text speak stands for, or null when no pattern gives a known word.</summary>
    public static string? Rewrite(string word, Func<string, bool> isKnown)
    {
        if (word.Length < 3 || isKnown(word))
        {
            return null;
        }
        foreach (var candidate in Candidates(word))
        {
            if (candidate != word && isKnown(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static IEnumerable<string> Candidates(string word)
    {
        if (word.Any(char.IsDigit))
        {
            // Only a word that mixes letters with the digits said as syllables: "18th" and "16-25" are numbers.
            if (word.Any(char.IsLetter) && word.All(c => char.IsLetter(c) || c is '2' or '4' or '8'))
            {
                var said = word.Replace("2", "to", StringComparison.Ordinal).Replace("4", "for", StringComparison.Ordinal);
                // "8" sounds "ate" ("l8r") or, after a consonant, "eat" ("gr8").
                yield return said.Replace("8", "ate", StringComparison.Ordinal);
                yield return said.Replace("8", "eat", StringComparison.Ordinal);
            }
            yield break;
        }
        // "-shun" and "-shon" said for "-tion": "inspecshun", "informashun".
        foreach (var sound in (string[])["shun", "shon"])
        {
            if (word.Length > sound.Length + 2 && word.EndsWith(sound, StringComparison.Ordinal))
            {
                yield return word[..^sound.Length] + "tion";
            }
        }
        // A dropped final "g" ("gettin", "livin") or "e" ("giv", "hav", "liv": English words hardly end in "v").
        if (word.Length >= 5 && word.EndsWith("in", StringComparison.Ordinal) && !IsVowel(word[^3]))
        {
            yield return word + "g";
        }
        if (word[^1] == 'v')
        {
            yield return word + "e";
        }
        // "z" for a plural or verb "s": "kidz", "yearz".
        if (word.Length >= 4 && word[^1] == 'z' && word[^2] != 'z')
        {
            yield return word[..^1] + "s";
        }
        // A "d" said for a leading "th" ("den", "dem", "dey"): left unread, the unknown word weighed like a subject of its
        // own and turned "wat do they need 2 improve on den" into "I don't know".
        if (word[0] == 'd' && IsVowel(word[1]))
        {
            yield return "th" + word[1..];
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
