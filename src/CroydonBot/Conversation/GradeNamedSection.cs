using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AN (follow-an, part 2): where a step along a dated timeline starts when the conversation's own words name a judgement
/// of it. "when was it inadequate" answered from the rating now (which mentions 2017 in passing) and then "what happened after
/// that": the user asked about the inadequate judgement, so "after that" is after 2017, not after the rating now's 2024. The
/// section named is the one whose heading gives the grade the conversation's words say ("2017: judged inadequate"), when only
/// one year of the timeline was judged so; a grade several years share ("good": 2020 and 2024) names no one section.
/// </summary>
public static class GradeNamedSection
{
    /// <summary>
    /// The dated section of <paramref name="last"/>'s guide whose heading gives a grade every word of which is in
    /// <paramref name="said"/> (the conversation's words), when exactly one year's heading gives it and <paramref name="last"/>'s
    /// heading gives another (or none); the first such section of that year. Null otherwise: the step starts from the last answer.
    /// </summary>
    public static Passage? Of(Passage last, IReadOnlySet<string> said, IReadOnlyList<Passage> passages)
    {
        var lastGrade = GradeSaid.In(last.Heading);
        var named = passages
            .Where(p => p.Document.File == last.Document.File && SectionTimeline.DateOf(p) is not null)
            .Select(p => (Passage: p, Grade: GradeSaid.In(p.Heading)))
            .Where(x => x.Grade is { } g && g.Split(' ').All(said.Contains) && g != lastGrade)
            .ToList();
        var years = named.Select(x => SectionTimeline.DateOf(x.Passage)!.Value / 100).Distinct().Count();
        return years == 1 ? named.OrderBy(x => x.Passage.Ordinal).First().Passage : null;
    }
}
