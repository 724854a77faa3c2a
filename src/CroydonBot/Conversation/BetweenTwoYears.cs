using System.Globalization;
using System.Text.RegularExpressions;
using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AF (conv-af): a question asking what happened between two years ("and in between 2020 and 2024 did ofsted do anything",
/// "anything from 2018 to 2020"). Read alone or with the conversation's words, each year pulls in its own section (the 2020 grades,
/// the 2024 grades) and the answer was one of the two ends; what it asks is a step of the timeline dated strictly between them.
/// </summary>
public static partial class BetweenTwoYears
{
    /// <summary>The two years a question asks between, the earlier first; null when it names no such span or the years are adjacent.</summary>
    public static (int From, int To)? Asked(string question)
    {
        var span = Span().Match(question.ToLowerInvariant());
        if (!span.Success)
        {
            return null;
        }
        var a = int.Parse(span.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(span.Groups["b"].Value, CultureInfo.InvariantCulture);
        var (from, to) = a < b ? (a, b) : (b, a);
        return to - from >= 2 ? (from, to) : null;
    }

    /// <summary>
    /// The first section of <paramref name="last"/>'s guide whose heading dates it (<see cref="SectionTimeline.DateOf"/>) in a year
    /// strictly between <paramref name="from"/> and <paramref name="to"/>; null when the last answer is no guide section or its
    /// guide has no step between them (then the question is answered as it reads).
    /// </summary>
    public static Passage? For(IReadOnlyList<Passage> passages, Passage last, int from, int to) =>
        last.Document.Kind != "guide" ? null
        : passages.Where(p => p.Document.File == last.Document.File && SectionTimeline.DateOf(p) is { } date && date / 100 > from && date / 100 < to)
            .OrderBy(p => SectionTimeline.DateOf(p)).ThenBy(p => p.Ordinal).FirstOrDefault();

    /// <summary>
    /// Round AJ (ofsted-aj): the step between two years a question asks about on its own, with no conversation yet ("did ofsted
    /// come back at all between 2020 and 2024", "did inspectors visit croydon from 2020 to 2024"): only when it asks whether
    /// something happened (a visit, anything done) and the reading found one of the two ends, as a follow-up would
    /// (<see cref="For"/>). "how much did croydon improve between 2017 and 2020" asks to compare the ends, and a reading that
    /// found a step between them ("how many monitoring visits between 2017 and 2020") already has it.
    /// </summary>
    public static Passage? FirstAsked(string question, Passage? top, IReadOnlyList<Passage> passages)
    {
        if (Asked(question) is not { } span || top is null || !AsksIfAnythingHappened().IsMatch(question.ToLowerInvariant())
            || SectionTimeline.DateOf(top) is not { } date || date / 100 != span.From && date / 100 != span.To)
        {
            return null;
        }
        return For(passages, top, span.From, span.To);
    }

    // Whether an event happened in the span: a visit, a check, a return, anything done.
    [GeneratedRegex(@"\b(anything|any thing|visit|visits|visited|visiting|come|came|back|check|checked|checking|inspect|inspected|inspection|inspections|happen|happened)\b")]
    private static partial Regex AsksIfAnythingHappened();

    [GeneratedRegex(@"\bbetween (?<a>(19|20)[0-9]{2}) (and|n|&|to) (?<b>(19|20)[0-9]{2})\b|\bfrom (?<a>(19|20)[0-9]{2}) (to|till|til|until|untill) (?<b>(19|20)[0-9]{2})\b")]
    private static partial Regex Span();
}
