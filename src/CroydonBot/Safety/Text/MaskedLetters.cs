using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Safety.Text;

/// <summary>
/// Reads a word with letters masked by symbols ("s*ic*de", "k#ll", "mys_lf") or split by them ("s.u.i.c.i.d.e",
/// "s-h") as the crisis word it can only be. A mask (* # . - _) inside a word stands for one letter each, or the
/// symbols are only separators; the word is read as a crisis word only when exactly one crisis word fits and no masked
/// swear word does: people mask letters mostly to swear ("f***ing", "sh*t", "d*mn"), and those are read as the swear
/// word (before, "sh*t" was split into "sh t", and "sh" is self-harm's short form). Words
/// no crisis word fits ("cut-throat", "e.g.", "croydon.gov.uk") are left for the tokeniser to split as before.
/// For the safeguarding check's undisguised form only.
/// </summary>
public sealed partial class MaskedLetters
{
    /// <summary>Words people mask to swear: a mask that fits one of them is not read as a crisis word.</summary>
    private static readonly string[] SwearWords =
    [
        "shit", "shite", "fuck", "fucking", "fucked", "fuckin", "damn", "crap", "piss", "pissed", "cunt", "bitch", "bloody",
        "hell", "arse", "ass", "dick", "wank", "twat", "bastard", "bollocks", "prick", "slag", "bullshit", "dickhead",
    ];

    private readonly string[] _words;
    private readonly HashSet<string> _wordSet;

    /// <param name="crisisWords">The words a masked word may be read as (the crisis vocabulary, lower case).</param>
    public MaskedLetters(IEnumerable<string> crisisWords)
    {
        _wordSet = [.. crisisWords.Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 2 && w.All(char.IsAsciiLetter))];
        _words = [.. _wordSet];
    }

    /// <summary>The text with each masked word that can only be a crisis word written as that word.</summary>
    public string Read(string text) =>
        text.AsSpan().IndexOfAny("*#.-_") < 0 ? text : MaskedWord().Replace(text, m => Unmask(m.Value) ?? m.Value);

    private string? Unmask(string run)
    {
        var core = run.Trim('.', '-', '_', '#');
        if (core.Length < 2 || core.AsSpan().IndexOfAny("*#.-_") < 0 || !char.IsLetterOrDigit(core[0]))
        {
            return null;
        }
        var lettered = Leetspeak.Word(core.ToLowerInvariant());
        var compact = new string([.. lettered.Where(char.IsLetterOrDigit)]);
        // Separators only ("s.u.i.c.i.d.e", "s-h"): the letters run together are the word. Not a star ("sh*").
        if (lettered.AsSpan().IndexOfAny("*#") < 0 && _wordSet.Contains(compact))
        {
            return Replace(run, core, compact);
        }
        // Masks for letters: at least two letters shown, and as many shown as hidden ("k*ll", "s*ic*de", not "d***").
        var hidden = lettered.Count(c => c is '*' or '#' or '.' or '-' or '_');
        if (lettered.Length - hidden < Math.Max(2, hidden))
        {
            return null;
        }
        // A masked swear word is read as the swear word, or "sh*t" is split "sh t" and read as self-harm's short form.
        if (SwearWords.FirstOrDefault(w => Fits(lettered, w)) is { } swear)
        {
            return Replace(run, core, swear);
        }
        var fits = _words.Where(w => Fits(lettered, w)).Take(2).ToList();
        return fits.Count == 1 ? Replace(run, core, fits[0]) : null;
    }

    private static string Replace(string run, string core, string word) => run.Replace(core, word, StringComparison.Ordinal);

    private static bool Fits(string masked, string word)
    {
        if (masked.Length != word.Length)
        {
            return false;
        }
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] is not ('*' or '#' or '.' or '-' or '_') && masked[i] != word[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Letters, digits and mask symbols run together, with a mask in them.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}*#._-]*[*#._-][\p{L}\p{N}*#._-]*")]
    private static partial Regex MaskedWord();
}
