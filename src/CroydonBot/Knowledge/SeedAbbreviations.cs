using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Abbreviations the seeds themselves spell out, learned from their text so that nobody keeps a list: a long form with
/// its abbreviation in brackets ("the setting-up-home allowance (SUHA)"), and a run of capitalised words whose initials
/// a young person may use instead ("Inspecting Local Authority Children's Services" for "ILACS"). The planner reads a
/// question's abbreviation as its long form, so "ilacs?? stands for what" meets the passage that writes it out.
/// </summary>
public static partial class SeedAbbreviations
{
    // Shorter runs ("Care Leavers" -> "cl") would make ordinary two-letter words abbreviations.
    private const int FewestWordsInARun = 3;

    /// <summary>Lower-case abbreviation -> its long form, for the abbreviations that have exactly one long form.</summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<string> texts)
    {
        var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match m in Bracketed().Matches(text))
            {
                if (LongFormBefore(m.Groups["before"].Value, m.Groups["abbr"].Value) is { } longForm)
                {
                    Add(found, m.Groups["abbr"].Value, longForm);
                }
            }
            foreach (Match m in CapitalisedRun().Matches(text))
            {
                // Every stretch of the run: "Ofsted Inspecting Local Authority Children's Services Inspection" holds ILACS.
                var words = Words(m.Value);
                for (var start = 0; start < words.Length; start++)
                {
                    for (var end = start + FewestWordsInARun; end <= words.Length; end++)
                    {
                        var stretch = words[start..end];
                        Add(found, string.Concat(stretch.Select(w => w[0])), string.Join(' ', stretch));
                    }
                }
            }
        }
        // An abbreviation with two long forms says nothing sure about either.
        return found.Where(kv => kv.Value.Count == 1)
            .ToDictionary(kv => kv.Key, kv => kv.Value.First(), StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, HashSet<string>> found, string abbreviation, string longForm)
    {
        var key = abbreviation.ToLowerInvariant();
        if (!found.TryGetValue(key, out var forms))
        {
            found.Add(key, forms = new(StringComparer.OrdinalIgnoreCase));
        }
        // "Children's" and "Children’s" are one long form.
        forms.Add(CroydonBot.Text.PlainWords.Of(longForm));
    }

    /// <summary>The last words before the bracket whose initials spell the abbreviation, or null when none do.</summary>
    private static string? LongFormBefore(string before, string abbreviation)
    {
        var words = Words(before);
        var initials = abbreviation.ToLowerInvariant();
        for (var count = 1; count <= Math.Min(words.Length, initials.Length); count++)
        {
            var tail = words[^count..];
            if (string.Concat(tail.Select(w => char.ToLowerInvariant(w[0]))) == initials)
            {
                return string.Join(' ', tail);
            }
        }
        return null;
    }

    // Hyphens split words too: "setting-up-home allowance" has the initials s, u, h, a.
    private static string[] Words(string text) =>
        text.Split([' ', '-', '\u2011'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\'', '"', ',', '\u2019'))
            .Where(w => w.Length > 0 && char.IsLetter(w[0]))
            .ToArray();

    [GeneratedRegex(@"(?<before>[A-Za-z][A-Za-z'\u2019 -]{0,80}?)\s*\((?<abbr>[A-Z]{2,6})\)")]
    private static partial Regex Bracketed();

    // "Children's Services" counts as capitalised words; the possessive stays part of the word.
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:['\u2019]s)?(?:\s+[A-Z][a-z]+(?:['\u2019]s)?)+\b")]
    private static partial Regex CapitalisedRun();
}
