using System.Text;

namespace CroydonBot.Text;

/// <summary>
/// Reads a message typed in disguised spelling back into plain words for the question path: digits and symbols for
/// letters ("wh4t r@ting d1d cr0yd0n g3t" -> "what rating did croydon get"), letters typed one at a time or joined by hyphens or dots ("c-o-m-p-l-a-i-n-t"; "c a r e
/// l e a v e r s" -> "care leavers"), and a lone "1" between words as "i" ("wh0 d0 1 @sk"). It uses the decoders the
/// safeguarding check reads disguises with (<see cref="Leetspeak"/>, <see cref="SpacedLetters"/>, <see cref="WordSplitter"/>,
/// <see cref="DigitWords"/>), so both read a disguise alike. Only a message <see cref="DisguiseSignal"/> finds disguised
/// is read, and in it only words that mix letters with digits or symbols and runs of single letters: numbers ("£3,000",
/// "16-25", "2024", "0800 1111") and references ("FB-2026-000123") stay as typed.
/// </summary>
public sealed class DisguisedSpelling
{
    private readonly Func<string, bool> _isKnown;
    private readonly WordSplitter _splitter;

    /// <param name="vocabulary">Words the bot can read (English words, the guides' words, text speak it expands): a disguised
    /// word is read as the one of its possible readings that is a word, and letters run together are split into them.</param>
    public DisguisedSpelling(IReadOnlySet<string> vocabulary)
    {
        _isKnown = vocabulary.Contains;
        _splitter = new WordSplitter(vocabulary);
    }

    /// <summary>The message in plain spelling, or the message itself when it is not disguised.</summary>
    public string Read(string text)
    {
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0 || !DisguiseSignal.IsDisguised(tokens, _isKnown))
        {
            return text;
        }
        // The words already split for the signal are the ones read: the message is tokenised once.
        var words = JoinSpacedLetters(text, tokens).Select(ReadToken).ToList();
        ReadLoneOnes(words);
        var read = string.Join(' ', words);
        return read == text ? text : read;
    }

    /// <summary>
    /// The message's words with letters typed one at a time joined. Where the letters' words are set apart by wider gaps
    /// ("g e t  a  g y m") each group is a word; otherwise a run of letters is joined and split into the words it spells.
    /// <paramref name="tokens"/> are <paramref name="text"/>'s words split on white space; the text itself is kept for its gaps.
    /// </summary>
    private List<string> JoinSpacedLetters(string text, string[] tokens)
    {
        if (!DisguiseSignal.HasSpacedRun(tokens))
        {
            return [.. tokens];
        }
        if (WideGaps(text) is { } groups)
        {
            return groups;
        }
        var joined = new List<string>(tokens.Length);
        JoinRuns(tokens, joined);
        return joined;
    }

    /// <summary>
    /// Round AK (first-ak): the words of a message whose spaced-out words are set apart by two or more spaces. A group of
    /// single letters is one word ("c a r e  l e a v e r s" -> "care", "leavers"; "p l @ n" -> "plan"); a group that mixes
    /// whole words with a run of letters typed apart ("wh@ts a p @ t h w @ y") keeps its words and joins the run as
    /// <see cref="JoinRuns"/> does. Null when the letters have no wider gaps between words.
    /// </summary>
    private List<string>? WideGaps(string text)
    {
        var groups = text.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (groups.Length < 2)
        {
            return null;
        }
        var words = new List<string>();
        foreach (var group in groups)
        {
            var letters = group.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (letters.Length > 1 && letters.All(l => l.Length == 1))
            {
                // A last letter with its question mark typed apart ("t h i n g ?") keeps the mark; a group of digits alone
                // ("1 8") is a number, and a symbol or digit among letters is the letter it stands for ("p l @ n").
                var spelled = new StringBuilder(letters.Length);
                var marks = new StringBuilder();
                var hasLetter = letters.Any(l => char.IsLetter(l[0]));
                for (var i = 0; i < letters.Length; i++)
                {
                    var c = letters[i][0];
                    if (hasLetter && DisguiseSignal.IsSpacedLetter(letters, i))
                    {
                        spelled.Append(DisguiseSignal.SpacedLetterOf(c));
                    }
                    else if (char.IsLetterOrDigit(c))
                    {
                        spelled.Append(c);
                    }
                    else
                    {
                        marks.Append(c);
                    }
                }
                words.Add(spelled.Append(marks).ToString());
            }
            else
            {
                JoinRuns(letters, words);
            }
        }
        return words;
    }

    /// <summary>
    /// Adds <paramref name="tokens"/> to <paramref name="into"/> with each run of letters typed one at a time
    /// (<see cref="DisguiseSignal.IsSpacedLetter"/>, at least <see cref="SpacedLetters.MinimumRun"/> with two real letters)
    /// joined, symbols and digits in it read as their letters; a joined run that is no word is split into the words it
    /// spells ("a p @ t h w @ y" -> "apathway" -> "a", "pathway").
    /// </summary>
    private void JoinRuns(IReadOnlyList<string> tokens, List<string> into)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var end = i;
            var letters = 0;
            while (end < tokens.Count && DisguiseSignal.IsSpacedLetter(tokens, end))
            {
                letters += char.IsLetter(tokens[end][0]) ? 1 : 0;
                end++;
            }
            if (end - i >= SpacedLetters.MinimumRun && letters >= DisguiseSignal.MinimumLettersInARun)
            {
                var run = new StringBuilder(end - i);
                for (var k = i; k < end; k++)
                {
                    run.Append(DisguiseSignal.SpacedLetterOf(tokens[k][0]));
                }
                var word = run.ToString();
                var lower = word.ToLowerInvariant();
                if (word.Length > SpacedLetters.MinimumRun && !_isKnown(lower) && PiecesOfRun(lower) is { } pieces)
                {
                    into.AddRange(pieces);
                }
                else
                {
                    into.Add(word);
                }
                i = end;
            }
            else
            {
                into.Add(tokens[i]);
                i++;
            }
        }
    }

    /// <summary>
    /// The words a joined run spells, or null. In letters typed apart, "a" and "i" are typed as one letter like the rest, so a
    /// run may open with one ("a p a t h w a y" -> "a", "pathway"): the splitter's guard against "abuses" as "a buses" is for
    /// a word typed whole, not for letters the person spaced out.
    /// </summary>
    private string[]? PiecesOfRun(string lower)
    {
        if (_splitter.Split(lower) is { } pieces)
        {
            return pieces;
        }
        if (lower.Length <= SpacedLetters.MinimumRun || lower[0] is not ('a' or 'i'))
        {
            return null;
        }
        var rest = lower[1..];
        if (_isKnown(rest))
        {
            return [lower[..1], rest];
        }
        return _splitter.Split(rest) is { } restPieces ? [lower[..1], .. restPieces] : null;
    }

    /// <summary>A word with its disguised parts read; the punctuation around it and between its parts kept.</summary>
    private string ReadToken(string token)
    {
        var core = DisguiseSignal.Core(token);
        if (core.Length == 0)
        {
            return token;
        }
        if (DisguiseSignal.IsSpelledOut(core))
        {
            // "c-o-m-p-l-a-i-n-t:" is "complaint:": the letters joined, the punctuation around them kept.
            return token.Replace(core, string.Concat(DisguiseSignal.Parts(core)), StringComparison.Ordinal);
        }
        if (core == "@")
        {
            // "@ the hostel": the symbol said as its word.
            return token.Replace("@", "at", StringComparison.Ordinal);
        }
        var at = token.IndexOf(core, StringComparison.Ordinal);
        var read = new StringBuilder(token.Length);
        read.Append(token, 0, at);
        var position = 0;
        foreach (var part in DisguiseSignal.Parts(core))
        {
            var start = core.IndexOf(part, position, StringComparison.Ordinal);
            read.Append(core, position, start - position);
            read.Append(DisguiseSignal.IsMixed(part, _isKnown) ? ReadPart(part.ToLowerInvariant()) : part);
            position = start + part.Length;
        }
        read.Append(core, position, core.Length - position);
        read.Append(token, at + core.Length, token.Length - at - core.Length);
        return read.ToString();
    }

    /// <summary>
    /// One disguised part read as a word. Symbols become letters first ("c@r3" -> "car3", a trailing "@" as "a"), then
    /// digits; "2" and "8" are kept for the question path's text-speak reading ("fl4tm8" -> "flatm8" -> "flatmate"). Of
    /// the readings (@ as "a" or "at", 4 as "a" or "for", a last 1 as "i" or "one") the first that is a word wins; with none, a word whose
    /// only digit is 4 ("b4") is left to the text-speak reading, any other takes the letters ("l3avrs" -> "leavrs",
    /// which the spelling corrector can still fix).
    /// </summary>
    private string ReadPart(string part)
    {
        var symbols = Leetspeak.Symbols(part.EndsWith('@') ? part[..^1] + "a" : part);
        var letters = Letters(symbols);
        // A last "@" is said as "at" ("wh@" is "what", "th@" is "that"), before it is read as the letter a.
        var said = part.EndsWith('@') ? Letters(Leetspeak.Symbols(part[..^1] + "at")) : letters;
        string[] readings =
        [
            said,
            letters,
            symbols.EndsWith('1') && symbols.Length > 2 ? Leetspeak.Word(symbols[..^1]) + "one" : letters,
            symbols.Contains('4') ? Leetspeak.Word(symbols.Replace("4", "for", StringComparison.Ordinal)) : letters,
            // Shaped like a number with a unit, but a word in a disguise ("1s" is "is").
            Leetspeak.Letters(symbols),
        ];
        if (readings.FirstOrDefault(_isKnown) is { } known)
        {
            return known;
        }
        var onlyFours = symbols.Where(char.IsAsciiDigit).All(d => d == '4');
        return onlyFours && symbols.Contains('4') ? part : letters;
    }

    /// <summary>The digits read as letters, but "8" kept for the text-speak reading ("m8", "l8r").</summary>
    private static string Letters(string symbols) => string.Join('8', symbols.Split('8').Select(Leetspeak.Word));

    /// <summary>A lone "1" between words is "i" ("d0 1 g3t 1t"), unless it counts what follows ("1 year", "1 more day").</summary>
    private static void ReadLoneOnes(List<string> words)
    {
        if (!words.Contains("1"))
        {
            return;
        }
        var lower = words.Select(w => w.ToLowerInvariant().TrimEnd('?', '!', '.', ',')).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var between = (i == 0 || lower[i - 1].Length > 0 && lower[i - 1].All(char.IsAsciiLetter))
                && i + 1 < words.Count && lower[i + 1].Length > 0 && lower[i + 1].All(char.IsAsciiLetter);
            if (words[i] == "1" && between && !DigitWords.CountsWhatFollows(lower[i + 1]))
            {
                words[i] = "i";
            }
        }
    }
}
