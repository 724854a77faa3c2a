using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// Finds signs of risk with the patterns in dialogs/safeguarding.yaml. Missing a cry for help is far worse
/// than signposting someone who did not need it, so every rule that lets a message through is narrow:
/// a negation right before the words ("i'm not suicidal"), and a topic named in a question about
/// reports or policy ("what did ofsted say about children at risk of harm").
/// </summary>
public sealed partial class SafeguardingDetector : ISafeguardingDetector
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private readonly SafeguardingText _text;
    private readonly List<(string Category, Regex[] Signals, Regex[] Topics, bool SignpostHelpQuestions)> _categories;
    private readonly Regex[] _aboutTheTopic;
    private readonly Regex[] _helpQuestions;
    private readonly string[][] _negations;
    private readonly HashSet<string> _negationGap;
    private readonly HashSet<string> _contrasts;

    public SafeguardingDetector(SafeguardingData data)
    {
        _text = new SafeguardingText(data);
        _categories = [.. data.Categories.Select(c => (c.Name, Compile(c.Signals, data.Vocabulary), Compile(c.Topics, data.Vocabulary), c.SignpostHelpQuestions))];
        _aboutTheTopic = Compile(data.AboutTheTopic, data.Vocabulary);
        _helpQuestions = Compile(data.HelpQuestions, data.Vocabulary);
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
        var plain = _text.Normalise(text);
        if (plain.Length == 0)
        {
            return null;
        }
        foreach (var (category, signals, _, _) in _categories)
        {
            if (FirstUnnegated(signals, plain) is { } found)
            {
                return new SafeguardingMatch(category, found);
            }
        }
        if (_aboutTheTopic.Any(p => IsMatch(p, plain)))
        {
            return null;
        }
        var asksForHelp = _helpQuestions.Any(p => IsMatch(p, plain));
        foreach (var (category, _, topics, signpostHelpQuestions) in _categories)
        {
            if ((!asksForHelp || signpostHelpQuestions) && FirstUnnegated(topics, plain) is { } found)
            {
                return new SafeguardingMatch(category, found);
            }
        }
        return null;
    }

    /// <summary>The normalised form of a message, for tests and for staff checking a new pattern.</summary>
    public string Normalise(string text) => _text.Normalise(text);

    private string? FirstUnnegated(Regex[] patterns, string plain)
    {
        foreach (var pattern in patterns)
        {
            MatchCollection matches;
            try
            {
                matches = pattern.Matches(plain);
                foreach (Match match in matches)
                {
                    if (!IsNegated(plain, match))
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
    private bool IsNegated(string plain, Match match)
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
        if (!negated)
        {
            return false;
        }
        var after = plain[(match.Index + match.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !after.Any(_contrasts.Contains);
    }

    private static Regex[] Compile(IEnumerable<string> patterns, IReadOnlyDictionary<string, string> vocabulary) =>
        [.. patterns.Select(p => new Regex(
            @"(?<![a-z0-9])(?:" + Expand(p, vocabulary) + @")(?![a-z0-9])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled,
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
