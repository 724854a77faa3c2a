using System.Text.RegularExpressions;
using CroydonBot.Knowledge;

namespace CroydonBot.Safety;

/// <summary>
/// Finds signs of risk with the patterns in dialogs/safeguarding.yaml. Missing a cry for help is far worse
/// than signposting someone who did not need it, so every rule that lets a message through is narrow:
/// a negation right before the words ("i'm not suicidal"), and a topic named in a question about
/// reports or policy ("what did ofsted say about children at risk of harm").
/// </summary>
public sealed partial class SafeguardingDetector : ISafeguardingDetector
{
    /// <summary>Only a pathological pattern could take this long on <see cref="CheckedEnd"/> characters.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>How many characters at each end of a very long message are checked.</summary>
    private const int CheckedEnd = 4000;

    private static readonly HashSet<string> QuestionWords =
        ["what", "how", "can", "could", "do", "does", "is", "are", "where", "who", "when", "will", "would", "should", "which", "why"];

    private readonly SafeguardingText _text;
    private readonly List<(string Category, Regex[] Signals, Regex[] Topics, bool SignpostHelpQuestions, bool HedgesSignpost, bool DateAheadIsWeighed, bool HousingAskIsWeighed, Regex[] NeverWeighed)> _categories;
    private readonly Regex[] _aboutTheTopic;
    private readonly Regex[] _helpQuestions;
    private readonly Regex[] _notNow;
    private readonly Regex[] _notYet;
    private readonly Regex[] _housingAsks;
    private readonly string[][] _negations;
    private readonly HashSet<string> _negationGap;
    private readonly HashSet<string> _contrasts;

    /// <param name="data">The patterns and their vocabulary (dialogs/safeguarding.yaml).</param>
    /// <param name="english">Real English words, for reading disguised words (<see cref="SafeguardingText"/>).</param>
    public SafeguardingDetector(SafeguardingData data, EnglishWords? english = null)
    {
        _text = new SafeguardingText(data, english);
        _categories = [.. data.Categories.Select(c => (c.Name, Compile(c.Signals, data.Vocabulary), Compile(c.Topics, data.Vocabulary), c.SignpostHelpQuestions, c.HedgesSignpost, c.DateAheadIsWeighed, c.HousingAskIsWeighed, Compile([.. c.LightlyTold, .. c.GoesOn], data.Vocabulary)))];
        _aboutTheTopic = Compile(data.AboutTheTopic, data.Vocabulary);
        _helpQuestions = Compile(data.HelpQuestions, data.Vocabulary);
        _notNow = Compile(data.NotNow, data.Vocabulary);
        _notYet = Compile(data.NotYet, data.Vocabulary);
        _housingAsks = Compile(data.HousingAsks, data.Vocabulary);
        _negations = [.. data.Negations.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        _negationGap = [.. data.NegationGap];
        _contrasts = [.. data.Contrasts];
        if (_categories.Count == 0)
        {
            throw new InvalidDataException($"{SafeguardingData.File} has no categories: the bot would miss every crisis.");
        }
    }

    public SafeguardingMatch? Detect(string text)
    {
        foreach (var form in _text.Forms(text))
        {
            foreach (var plain in Checked(form))
            {
                if (plain.Length > 0 && DetectPlain(plain) is { } match)
                {
                    return match;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The parts of a message that are checked: all of it up to <see cref="CheckedEnd"/> characters each
    /// way, otherwise its start and its end. A longer message is a paste, not something typed in crisis,
    /// and checking 100 KB against every pattern would take seconds; words at the end are still seen.
    /// </summary>
    private static IEnumerable<string> Checked(string plain)
    {
        if (plain.Length <= 2 * CheckedEnd)
        {
            yield return plain;
            yield break;
        }
        // Cut at a space so no word is halved; a message with no space there is cut where it is.
        var startEnd = plain.LastIndexOf(' ', CheckedEnd);
        var endStart = plain.IndexOf(' ', plain.Length - CheckedEnd);
        yield return plain[..(startEnd > 0 ? startEnd : CheckedEnd)];
        yield return plain[(endStart > 0 ? endStart + 1 : plain.Length - CheckedEnd)..];
    }

    private SafeguardingMatch? DetectPlain(string plain)
    {
        foreach (var (category, signals, _, _, hedges, dateAheadIsWeighed, housingAskIsWeighed, neverWeighed) in _categories)
        {
            // A euphemism or a wink ("cat scratches lol, i dont have a cat") is how such a crisis is told, and a harm that
            // goes on ("abused as a kid and he still messages me") is not past: never weighed.
            if (FirstUnnegated(neverWeighed, plain, hedges) is { } told)
            {
                return new SafeguardingMatch(category, told, Signal: true);
            }
            if (FirstUnnegated(signals, plain, hedges) is { } found)
            {
                // "i used to self harm but ive been fine for years", "best way to kill the final boss": the words of a
                // crisis, told as the past or a game; "my tenancy ends next month and ive got nowhere to go": told
                // about a date ahead; "got nowhere to live, am i priority need": a right to housing asked about, with no
                // night out or danger named. The learned layer weighs them as it weighs a topic.
                var weighed = _notNow.Any(p => IsMatch(p, plain))
                    || (dateAheadIsWeighed && _notYet.Any(p => IsMatch(p, plain)))
                    || (housingAskIsWeighed && _housingAsks.Any(p => IsMatch(p, plain)));
                return new SafeguardingMatch(category, found, Signal: !weighed) { Weighed = weighed };
            }
        }
        if (_aboutTheTopic.Any(p => IsMatch(p, plain)))
        {
            return null;
        }
        var asksForHelp = _helpQuestions.Any(p => IsMatch(p, plain));
        foreach (var (category, _, topics, signpostHelpQuestions, hedges, _, _, _) in _categories)
        {
            if ((!asksForHelp || signpostHelpQuestions) && FirstUnnegated(topics, plain, hedges) is { } found)
            {
                return new SafeguardingMatch(category, found, Signal: false) { ToldAsNotNow = _notNow.Any(p => IsMatch(p, plain)) };
            }
        }
        return null;
    }

    /// <summary>The normalised form of a message, for tests and for staff checking a new pattern.</summary>
    public string Normalise(string text) => _text.Normalise(text);

    private string? FirstUnnegated(Regex[] patterns, string plain, bool hedgesSignpost)
    {
        foreach (var pattern in patterns)
        {
            MatchCollection matches;
            try
            {
                matches = pattern.Matches(plain);
                foreach (Match match in matches)
                {
                    if (!IsNegated(plain, match, hedgesSignpost))
                    {
                        return match.Value;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological message must not stop the check: the remaining patterns still run.
            }
        }
        return null;
    }

    private static bool IsMatch(Regex pattern, string plain)
    {
        try
        {
            return pattern.IsMatch(plain);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when a negation comes just before the match, with at most two filler words between
    /// ("not being", "never been"), and no "but" after it: "i'm not suicidal but..." still signposts.
    /// </summary>
    private bool IsNegated(string plain, Match match, bool hedgesSignpost)
    {
        var before = plain[..match.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var negated = false;
        for (var gap = 0; gap <= 2 && gap <= before.Length && !negated; gap++)
        {
            if (gap > 0 && !_negationGap.Contains(before[^gap]))
            {
                break;
            }
            var headLength = before.Length - gap;
            foreach (var negation in _negations)
            {
                negated |= headLength >= negation.Length
                    && before.AsSpan(headLength - negation.Length, negation.Length).SequenceEqual(negation);
            }
        }
        if (!negated || !hedgesSignpost)
        {
            return negated;
        }
        var after = plain[(match.Index + match.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < after.Length; i++)
        {
            // "not suicidal but i feel awful" signposts; "not suicidal but what counselling is there" is a question.
            if (_contrasts.Contains(after[i]) && !(i + 1 < after.Length && QuestionWords.Contains(after[i + 1])))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Each pattern as a whole-word regular expression with its {name}s expanded, as the data file's header describes.</summary>
    internal static Regex[] Compile(IEnumerable<string> patterns, IReadOnlyDictionary<string, string> vocabulary) =>
        [.. patterns.Select(p => new Regex(
            @"(?<![a-z0-9])(?:" + Expand(p, vocabulary) + @")(?![a-z0-9])",
            RegexOptions.CultureInvariant,
            MatchTimeout))];

    /// <summary>Replaces {name} with the vocabulary's pattern, so a pattern reads "{iam} being abused".</summary>
    private static string Expand(string pattern, IReadOnlyDictionary<string, string> vocabulary)
    {
        for (var depth = 0; depth < 3; depth++)
        {
            pattern = Placeholder().Replace(pattern, m => vocabulary.TryGetValue(m.Groups[1].Value, out var v)
                ? "(?:" + v + ")"
                : throw new InvalidDataException($"{SafeguardingData.File}: unknown vocabulary name {{{m.Groups[1].Value}}}."));
        }
        return pattern;
    }

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
