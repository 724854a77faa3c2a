using System.Text.RegularExpressions;
using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AO (follow-ao): "did ofsted say anything about them" after what the young ambassadors do. A follow-up that points back
/// and asks what someone said of it (or how they rated it) is answered by the section whose heading says what that speaker said
/// about the conversation's subject ("What Ofsted said about the young ambassadors"), not by the section just answered, which
/// may quote the speaker in passing ("Ofsted said they: sit in big planning meetings...") without the judgement asked for.
/// A heading naming both the speaker and the subject beats a mention (round AK's "still missing"). The subject is what the
/// last section's heading is about (its words before a colon, or all of it); the speaker must be one the follow-up names and
/// the last heading does not (so the Ofsted timeline's own sections are left to the timeline's readings).
/// </summary>
public static partial class SaidAboutIt
{
    /// <summary>True when <paramref name="question"/> asks what someone said of something, or how they rated or praised it.</summary>
    public static bool Asks(string question) =>
        QuestionRole.AsksWhatWasSaid(question) || Judged().IsMatch(Text.PlainWords.Of(question));

    /// <summary>
    /// The section whose heading says what a speaker named in <paramref name="asked"/> (the follow-up's analysed terms) said about
    /// exactly what <paramref name="last"/>'s heading is about (its subject's words, no more and no fewer); when several say it (2020's and 2024's words on care leavers), the one
    /// whose year the conversation named, else the one that is not history. Null when none or more than one fits, or when the last
    /// section is itself such a section.
    /// </summary>
    public static Passage? For(IReadOnlyList<Passage> passages, Passage last, IReadOnlySet<string> asked, IReadOnlyCollection<int> years,
        Func<string, IReadOnlyList<string>> terms)
    {
        if (SaidAboutHeading().IsMatch(last.Heading))
        {
            return null;
        }
        var subject = terms(SubjectOf(last.Heading)).Except(terms(QuestionWords)).ToHashSet(StringComparer.Ordinal);
        var found = passages
            .Where(p => p.Id != last.Id)
            .Select(p => (Passage: p, Match: SaidAboutHeading().Match(p.Heading)))
            .Where(x => x.Match.Success
                && terms(x.Match.Groups["speaker"].Value) is { Count: > 0 } speaker && speaker.All(asked.Contains) && !speaker.Any(subject.Contains)
                && terms(x.Match.Groups["about"].Value) is { Count: > 0 } about && subject.SetEquals(about))
            .Select(x => x.Passage)
            .ToList();
        if (found.Count > 1)
        {
            var ofTheYearNamed = found.Where(p => SectionTimeline.DateOf(p) is { } d && years.Contains(d / 100)).ToList();
            found = ofTheYearNamed.Count > 0 ? ofTheYearNamed : [.. found.Where(p => !p.IsHistorical)];
        }
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// A heading's question words and the guides' own setting, which say nothing of what it is about: "What is the Children in
    /// Care Council in Croydon?" is about the council, a thing of its own, not about children in care, so it must be named whole
    /// ("What Ofsted said about children in care" is not about it).
    /// </summary>
    private const string QuestionWords = "what do does how who why when where which croydon croydon's";

    /// <summary>What a heading is about: its words before a colon ("Independent visitors: a volunteer friend ..."), or all of it.</summary>
    private static string SubjectOf(string heading)
    {
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? heading[..colon] : heading;
    }

    // "October 2024: what Ofsted said about care leavers", "What Ofsted said about the young ambassadors"; "(history)" is no
    // word of what it is about.
    [GeneratedRegex(@"^(?:[^:]*:\s*)?what\s+(?<speaker>.+?)\s+(?:said|says|thinks?)\s+about\s+(?:the\s+)?(?<about>.+?)\s*(?:\(history\))?\??$", RegexOptions.IgnoreCase)]
    private static partial Regex SaidAboutHeading();

    // "did ofsted rate them", "were they praised": how someone judged it is what they said of it.
    [GeneratedRegex(@"\b(?:rate|rated|rating|praise|praised)\b")]
    private static partial Regex Judged();
}
