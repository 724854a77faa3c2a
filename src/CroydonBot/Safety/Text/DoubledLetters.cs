namespace CroydonBot.Safety.Text;

/// <summary>
/// Round AQ (safe-aq): reads a word typed with one letter doubled ("diie", "cuut", "deead", "hurrt") as the word that
/// matters it can only be. Letters typed three times or more are shortened already (<see cref="SafeguardingText"/>);
/// a letter typed twice is usually real ("kill", "too"), so a doubled letter is only undone when the word as typed is not a
/// known word (<paramref name="isKnown"/>: the patterns' words, text speak, English words) and exactly one word that
/// matters comes out ("too" stays "too"; a name such as "Emma" has no word that matters inside it).
/// </summary>
public sealed class DoubledLetters(IEnumerable<string> wordsThatMatter, Func<string, bool> isKnown)
{
    /// <summary>Shorter results ("of", "to") are everyday words, not what someone disguises.</summary>
    public const int MinimumLength = 3;

    private readonly HashSet<string> _words = [.. wordsThatMatter.Select(w => w.ToLowerInvariant()).Where(w => w.Length >= MinimumLength)];

    /// <summary>The word that matters <paramref name="token"/> is with one doubled letter undone, or null.</summary>
    public string? Read(string token)
    {
        if (token.Length <= MinimumLength || isKnown(token))
        {
            return null;
        }
        string? found = null;
        for (var i = 1; i < token.Length; i++)
        {
            if (token[i] != token[i - 1] || !char.IsLetter(token[i]))
            {
                continue;
            }
            var single = string.Concat(token.AsSpan(0, i), token.AsSpan(i + 1));
            if (_words.Contains(single) && single != found)
            {
                if (found is not null)
                {
                    return null;
                }
                found = single;
            }
        }
        return found;
    }
}
