using System.Text.RegularExpressions;
using CroydonBot.Knowledge;
using CroydonBot.Text;

namespace CroydonBot.Conversation;

/// <summary>
/// A follow-up asking what the judged service still has to do better ("what do they still need to fix then", "what still
/// needs work", "and the bad bits?") after an answer about the same inspection that was not that list: its grades, what was
/// praised, what was said of care leavers. The section just answered holds a shortfall in a grade's words ("requires
/// improvement to be good"), so the kind of fact alone kept it and the answer said the grades again; read alone, the question
/// found what the council is doing about the list, not the list. The answer is the section of the same guide whose heading
/// says what must improve, of the time the conversation is at (or the newest, when asked "still" or "now").
/// </summary>
public static partial class WhatMustImprove
{
    /// <summary>
    /// True when <paramref name="question"/> asks the shortfall of the judgement as a whole: a shortfall asked, not in a grade's
    /// words ("which part got requires improvement" is answered by the grades), naming no one service (its ideas,
    /// <paramref name="conceptSurfaces"/>, are only the judged whole and the shortfall). In a conversation the judged subject is
    /// the one just answered, so "what still needs work" needs no "they" or "croydon" as it does alone.
    /// </summary>
    public static bool Asks(string question, IEnumerable<string> conceptSurfaces)
    {
        var q = question.ToLowerInvariant();
        var shortfall = QuestionKinds.InConversation(question) == QuestionKind.Shortfall
            || QuestionKinds.AsksAShortfallOfAnything(q) && !JudgementSides.AsksAStrength(q)
            || WhatWasBad().IsMatch(q);
        return shortfall && !JudgementSides.AsksInGradeWords(q) && !AsksWhatWasDone().IsMatch(q)
            && conceptSurfaces.Select(s => s.ToLowerInvariant()).All(s => ShortfallWords().IsMatch(s) || JudgementSides.OfTheWhole([s]));
    }

    /// <summary>
    /// The section of <paramref name="last"/>'s document whose heading says what must improve, dated the year asked
    /// (<paramref name="yearsAsked"/>), else the newest when <paramref name="asksNow"/>, else the year of <paramref name="last"/>'s
    /// heading; the first such in the document. Null when the document has none, or the section is the one just answered.
    /// </summary>
    public static Passage? ListFor(IReadOnlyList<Passage> passages, Passage last, IReadOnlyList<int> yearsAsked, bool asksNow)
    {
        var lists = passages
            .Where(p => p.Document.File == last.Document.File)
            .Where(p => JudgementSides.OfHeading(p.Heading) == JudgementSide.Shortfall && !Judgement().IsMatch(p.Heading) && YearOf(p.Heading) is not null)
            .OrderBy(p => p.Ordinal)
            .ToList();
        if (lists.Count == 0)
        {
            return null;
        }
        var year = yearsAsked.Count > 0 ? yearsAsked[0]
            : !asksNow && YearOf(last.Heading) is { } lastYear ? lastYear
            : lists.Max(p => YearOf(p.Heading)!.Value);
        var list = lists.FirstOrDefault(p => YearOf(p.Heading) == year);
        return list is null || list.Id == last.Id ? null : list;
    }

    /// <summary>True when <paramref name="question"/> asks of the present ("still", "now", "these days"): the newest list.</summary>
    public static bool SaysStill(string question) => Still().IsMatch(question.ToLowerInvariant());

    [GeneratedRegex(@"\b(still|now|nowadays|currently|these days|today|anymore|any more)\b")]
    private static partial Regex Still();

    private static int? YearOf(string heading) => Years.First(heading);

    // A heading of the grades themselves ("2017: judged inadequate, with each judgement"): its grade words say a shortfall, but it
    // is not the list of what must improve.
    [GeneratedRegex(@"\b(judged|judgements?|rated|graded|grades)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Judgement();

    // "and what was bad", "what did they say needs fixing": asking what was found wanting in plain words, which alone (with no
    // judged subject named, or no "to" before the fixing) is no shortfall question.
    [GeneratedRegex(@"\b(what|whats|wat|wats|which|anything)\b[^.?!]{0,20}\b(was|were|is|are|went)\b (so |really |very )?(bad|badly|wrong|not (so |that )?good)\b|\b(what|whats|wat|wats|which|anything)\b[^.?!]{0,40}\b(needs?|needed) (fixing|sorting|improving|work)\b")]
    private static partial Regex WhatWasBad();

    // An idea that is only the shortfall asked, as the planner reads it ("to fix", "need work", "bad bits"), not a service.
    [GeneratedRegex(@"^((to|the|still|need|needs|got|gotta|have|has|more) )*(fix\w*|sort\w*( out)?|work( on)?|improv\w*|better|bad\w*|wrong|weak\w*|problems?|issues?|concerns?|worst|poor)( (bits?|parts?|points?|areas?|things?))?$")]
    private static partial Regex ShortfallWords();

    // "what did they do to fix it" asks what was done, not what is still to do.
    [GeneratedRegex(@"\b(did|have|has|had)\b[^.?!]{0,25}\b(do|done|doing)\b[^.?!]{0,15}\b(to )?(fix|sort|improve)\b|\b(did|have|has) (they |it |croydon |the council )?(fix|fixed|sort|sorted|improve|improved)\b")]
    private static partial Regex AsksWhatWasDone();
}
