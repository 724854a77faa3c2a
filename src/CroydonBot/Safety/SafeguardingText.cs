using System.Text.RegularExpressions;
using CroydonBot.Knowledge;
using CroydonBot.Safety.Text;
using CroydonBot.Text;

namespace CroydonBot.Safety;

/// <summary>
/// Puts a message into the plain form the safeguarding patterns are written for: look-alike letters folded,
/// invisible characters dropped, lower case, no punctuation, stretched letters shortened ("pleeease" ->
/// "please"), text speak and common misspellings expanded. A second, "undisguised" form also reads leetspeak
/// ("k1ll"), letters masked by symbols ("k*ll", also read in the plain forms), a digit between words as the word it stands for ("way 2 go"), letters typed one at a time ("d i e"), words run together ("killmyself") or split ("sewer slide") and swapped letters
/// ("wnat"): patterns then only need to know one spelling of each word, and disguising one does not dodge them.
/// </summary>
public sealed partial class SafeguardingText
{
    private readonly Dictionary<string, string> _replacements = new(StringComparer.Ordinal);
    private readonly KeywordSpelling _spelling;
    private readonly WordSplitter _splitter;
    private readonly WordSplitter? _englishSplitter;
    private readonly SplitWords _splitWords;
    private readonly MaskedLetters _masked;
    private readonly SoundAlikeWords _soundAlike;
    private readonly DoubledLetters _doubled;
    private readonly LeetOnes _leetOnes;

    /// <param name="data">The patterns' data file: its text speak, typos and words.</param>
    /// <param name="english">Round AQ (safe-aq): real English words (seeds/english-words.list). A word on it is one the person
    /// meant: never undoubled nor read with a "1" as another letter, and a word typed without spaces ("ivecutmyselfand") is
    /// split into English words as well as the patterns' own ones. Without it (<see cref="EnglishWords.None"/>) only the
    /// patterns' words are known, as before round AQ.</param>
    public SafeguardingText(SafeguardingData data, EnglishWords? english = null)
    {
        english ??= EnglishWords.None;
        foreach (var (word, plain) in data.TextSpeak)
        {
            _replacements[word.ToLowerInvariant()] = plain.ToLowerInvariant();
        }
        foreach (var (plain, misspellings) in data.Typos)
        {
            foreach (var misspelling in misspellings)
            {
                _replacements[misspelling.ToLowerInvariant()] = plain.ToLowerInvariant();
            }
        }
        _spelling = new KeywordSpelling(data.FuzzyWords, data.SwapWords);
        var vocabulary = Vocabulary(data);
        _splitter = new WordSplitter(vocabulary);
        vocabulary = [.. vocabulary, .. english.Words];
        // Round AQ (safe-aq): the patterns' own words split a run-together word first, as before; only a word they cannot split
        // and that is no English word ("ivecutmyselfand", "itsbleedingthroughthetowel") is then split into English words too,
        // in a form of its own for the patterns (Forms).
        _englishSplitter = english.Count > 0 ? new WordSplitter(vocabulary) : null;
        _soundAlike = new SoundAlikeWords(_replacements);
        _splitWords = new SplitWords(_replacements, _soundAlike);
        var crisisWords = CrisisWords(data).ToList();
        _masked = new MaskedLetters(crisisWords);
        bool IsKnown(string word) => vocabulary.Contains(word) || _replacements.ContainsKey(word);
        _doubled = new DoubledLetters(crisisWords.Concat(data.SplitWords), IsKnown);
        _leetOnes = new LeetOnes(IsKnown);
    }

    /// <summary>
    /// The plain forms to check: letters typed three or more times kept as two ("killl" -> "kill"), and, when
    /// that differs, as one ("dieee" -> "die"), and the undisguised form when it differs. Any form matching is a match.
    /// </summary>
    public IReadOnlyList<string> Forms(string text)
    {
        // Masked letters are read in every form: "sh*t" split "sh t" would read as self-harm's short form in each.
        var folded = Unmasked(text);
        var two = Normalise(Tokens(folded, 2));
        var one = Normalise(Tokens(folded, 1));
        var undisguised = Undisguise(folded);
        var forms = new List<string>(4) { two };
        if (one != two)
        {
            forms.Add(one);
        }
        if (undisguised != two && undisguised != one)
        {
            forms.Add(undisguised);
        }
        // Round AQ (safe-aq): and read with run-together words split into English words too, for the patterns only.
        if (_englishSplitter is not null && Undisguise(folded, _englishSplitter) is var split && !forms.Contains(split))
        {
            forms.Add(split);
        }
        return forms;
    }

    /// <summary>Lower-case words separated by single spaces, stretched letters kept as two.</summary>
    public string Normalise(string text) => Normalise(Tokens(Folded(text), 2));

    /// <summary>
    /// The undisguised plain form the learned layer reads: the last form the patterns check, less the words only they read
    /// (round AE: the skull emoji, <see cref="EmojiWords.WithoutPatternOnlyWords"/>).
    /// </summary>
    public string Undisguised(string text) => EmojiWords.WithoutPatternOnlyWords(Undisguise(Unmasked(text)));

    // Round AQ (safe-aq): words spelled out with separators ("s.a.y.s") are joined first, each by itself; then masked letters.
    // Round AT (crisis-at): and words spelled out with single spaces, two between words ("b e a t s  u s"), each by itself.
    private string Unmasked(string text) => _masked.Read(SeparatedLetters.Join(SpacedOutWords.Join(Folded(text))));

    // Every reading starts here: assault initials are read while the case and the apostrophe still tell "SA'd" from "sad"
    // (see AssaultShorthand), then look-alike characters are folded to letters.
    private static string Folded(string text) => ConfusableFolding.Fold(AssaultShorthand.Read(text));

    /// <param name="folded">The message, folded and unmasked.</param>
    /// <param name="englishSplitter">Round AQ (safe-aq): also splits a run-together word the patterns' words cannot split into
    /// English words ("ivecutmyselfand"). For the patterns' forms only: the learned layer was trained on the reading without
    /// it, and read with it a compound ("leftovers" -> "left overs") moved one look-alike over the crisis threshold
    /// (sg-BS-238, 0.90); give the learned layer this reading only after retraining on it.</param>
    private string Undisguise(string folded, WordSplitter? englishSplitter = null)
    {
        var tokens = _splitWords.Join(SpacedLetters.Join(DigitWords.Read([.. Tokens(Leetspeak.Symbols(folded), 2)])));
        var words = new List<string>(tokens.Count + 4);
        foreach (var token in tokens)
        {
            // A number left by DigitWords counts something ("4 days"): text speak's "4" -> "for" is not read into it.
            if (!token.All(char.IsAsciiDigit) && _replacements.TryGetValue(token, out var plain))
            {
                AddWords(words, plain);
                continue;
            }
            var word = Stretched().Replace(_leetOnes.Read(token), m => new string(m.Value[0], 2));
            if (_replacements.TryGetValue(word, out plain))
            {
                AddWords(words, plain);
            }
            else if ((_splitter.Split(word) ?? englishSplitter?.Split(word)) is { } pieces)
            {
                foreach (var piece in pieces)
                {
                    AddWords(words, _replacements.GetValueOrDefault(piece, piece));
                }
            }
            else
            {
                // A slip in a text-speak word ("unaliv") is read as the word, then as what it stands for; a word spelled by ear
                // ("suisyde", round AC) as the spelling it sounds like.
                // Round AQ (safe-aq): and a word that matters typed with one letter doubled ("diie") as that word.
                var corrected = _spelling.Correct(word);
                corrected = corrected == word ? _soundAlike.Known(word) ?? _doubled.Read(word) ?? word : corrected;
                AddWords(words, _replacements.GetValueOrDefault(corrected, corrected));
            }
        }
        return string.Join(' ', words);
    }

    private static void AddWords(List<string> words, string plain)
    {
        if (plain.Length > 0)
        {
            words.Add(plain);
        }
    }

    private string Normalise(IEnumerable<string> tokens)
    {
        var words = new List<string>();
        foreach (var token in tokens)
        {
            var word = _replacements.TryGetValue(token, out var plain) ? plain : _spelling.Correct(token);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>Runs of letters and digits in folded text; apostrophes inside words are dropped ("don't" -> "dont").</summary>
    private static IEnumerable<string> Tokens(string folded, int keepRepeats)
    {
        // "s/h" is self-harm's short form: two letters joined by a slash are one word, or "relapsed on s/h" read "s h".
        var squeezed = Stretched().Replace(SlashedLetters().Replace(folded, "$1$2"), m => new string(m.Value[0], keepRepeats));
        var current = new System.Text.StringBuilder();
        foreach (var c in squeezed)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u02bc' && current.Length > 0)
            {
                continue;
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    /// <summary>
    /// The words the patterns and the bot's wording know: a run-together word is split only into these.
    /// Taken from the data file itself, so a word staff add to a pattern is also found inside "iwanttoWORD".
    /// </summary>
    private static HashSet<string> Vocabulary(SafeguardingData data)
    {
        var texts = data.TextSpeak.Values
            .Concat(data.Typos.Keys).Concat(data.FuzzyWords).Concat(data.SwapWords).Concat(data.SplitWords)
            .Concat(data.Vocabulary.Values).Concat(data.Negations).Concat(data.NegationGap).Concat(data.Contrasts)
            .Concat(data.AboutTheTopic).Concat(data.HelpQuestions)
            .Concat(data.Categories.SelectMany(c => c.Signals.Concat(c.Topics).Concat(c.LightlyTold).Concat(c.GoesOn)));
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match word in Word().Matches(text))
            {
                vocabulary.Add(word.Value);
            }
        }
        return vocabulary;
    }

    /// <summary>
    /// The words a masked word ("k*ll", "s-h") may be read as: the words that matter (read with a slip too), the words the
    /// typos table spells out in the forms that matter ("killed", "abused", "raped": round AB, "i got r*ped" was read as
    /// nothing), and the text speak that stands for one of them ("kms", "sh"). Not every pattern word: "cut-throat" or
    /// "sh*t" must not become one. Not every inflection of a short word either: "r*ped" would then fit "roped" as well as
    /// "raped", and a mask that fits two words is left alone.
    /// </summary>
    private static IEnumerable<string> CrisisWords(SafeguardingData data)
    {
        var words = data.FuzzyWords.Concat(data.SwapWords).Concat(data.Typos.Keys)
            .Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var speak = data.TextSpeak.Where(p => p.Value.ToLowerInvariant().Split(' ').Any(words.Contains)).Select(p => p.Key);
        return words.Concat(speak);
    }

    /// <summary>A letter typed three or more times in a row ("nooooo"); two in a row is usually real ("kill").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(\p{L})/(\p{L})(?![\p{L}\p{N}])")]
    private static partial Regex SlashedLetters();

    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex Stretched();

    /// <summary>
    /// A whole word in a pattern, not a stem such as "chok(?:e|ed)" nor a short ending in an alternation
    /// ("(?:s|ing)"), which would let real words be split into stem and ending.
    /// </summary>
    [GeneratedRegex(@"(?<![a-z|:\\])[a-z]{2,}(?![a-z(?\[{])|(?<=[|:])[a-z]{4,}(?![a-z(?\[{])")]
    private static partial Regex Word();
}
