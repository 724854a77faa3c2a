using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Which side of a judgement a question asks about and which side a section's heading says. Round S: the strengths and the
/// shortfalls of one inspection share nearly every word ("the good bits" and "the bad bits" of the 2024 report), so a bag of
/// words put "what Ofsted said Croydon does best" first for "what does croydon still need to sort out, like the bad bits".
/// Only the heading is read for a section: a section listing what must improve says why in its body ("so that every child
/// gets good help"), and a section of strengths may name a weakness beside them.
/// </summary>
public static partial class JudgementSides
{
    /// <summary>The side <paramref name="question"/> asks about: a shortfall (<see cref="QuestionKind.Shortfall"/>), a strength, or neither.</summary>
    public static JudgementSide Asked(string question)
    {
        if (QuestionKinds.Of(question) == QuestionKind.Shortfall)
        {
            return JudgementSide.Shortfall;
        }
        var q = question.ToLowerInvariant();
        return AsksAStrength(q) && QuestionKinds.NamesAJudgedSubject(q) && !QuestionKinds.AsksAShortfall(q) ? JudgementSide.Strength : JudgementSide.None;
    }

    /// <summary>
    /// True when lower-cased <paramref name="question"/> asks the shortfall in a grade's words ("was anything not good that
    /// time", "which part got requires improvement"): a judgement listing each grade answers it as well as a heading about
    /// what must improve, so that heading earns no +1 (measured: multiturn-b's "was anything not good that time" lost the
    /// 2020 grades to the 2020 list of what needed to improve). The negation may stand apart from its verb ("which bit did croydon
    /// not get good for"), as <see cref="QuestionKinds"/> reads the shortfall since round AC.
    /// </summary>
    public static bool AsksInGradeWords(string question) => GradeWords().IsMatch(question);

    /// <summary>True when lower-cased <paramref name="question"/> asks what was praised ("what was croydon good at").</summary>
    public static bool AsksAStrength(string question) => StrengthAsked().IsMatch(question);

    /// <summary>The side a section's <paramref name="heading"/> says, or <see cref="JudgementSide.None"/> when it says neither or both.</summary>
    public static JudgementSide OfHeading(string heading)
    {
        var shortfall = ShortfallHeading().IsMatch(heading);
        var strength = StrengthHeading().IsMatch(heading);
        return shortfall == strength ? JudgementSide.None : shortfall ? JudgementSide.Shortfall : JudgementSide.Strength;
    }

    /// <summary>
    /// +1 when the heading says the side asked, -1 when it says the other side, 0 when either says none. A side asked of one
    /// service (<paramref name="ofTheWhole"/> false) earns no +1: praise and problems are said in each service's own section
    /// or story too ("what did ofsted like about care leavers" is the care leavers' section, "the problems with the out of
    /// hours service" the story about it), not the list of what was done best or must improve.
    /// </summary>
    public static int Fit(JudgementSide asked, JudgementSide heading, bool ofTheWhole) =>
        asked == JudgementSide.None || heading == JudgementSide.None ? 0
        : asked != heading ? -1
        : ofTheWhole ? 1 : 0;

    /// <summary>
    /// True when the question's ideas (<paramref name="conceptSurfaces"/>, as the planner read them) name only the judged
    /// whole and the judgement ("what was croydon good at in the ofsted report", "which bit got requires improvement"), no
    /// one service ("... about care leavers").
    /// </summary>
    public static bool OfTheWhole(IEnumerable<string> conceptSurfaces) =>
        conceptSurfaces.All(surface => surface.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(word => WholeWords.Contains(word) || QuestionKinds.NamesAJudgedSubject(word) || AsksAStrength(word))
            || QuestionKinds.Holds(QuestionKind.Shortfall, surface));

    // Words that name the whole of what was judged, beside those a judgement is said of ("croydon", "ofsted", "report").
    private static readonly HashSet<string> WholeWords = new(StringComparer.Ordinal)
    {
        "last", "latest", "newest", "recent", "new", "children", "childrens", "whole", "overall", "actually",
    };

    // Asking what was praised: "what was croydon good at", "were the inspectors nice about the staff", "what did ofsted like",
    // "the good bits", "what went well". Not "is croydon good" (the grade itself, a rating question), nor praise denied a
    // few words before ("the not good bits", "which area didnt they do well in"), which asks the shortfall.
    [GeneratedRegex(@"(?<!\b(not|no|never|didnt|didn't|dont|don't|doesnt|doesn't|wasnt|wasn't|werent|weren't|isnt|isn't|arent|aren't)\s(\S+\s){0,2})(\b(good|great|best|strong|brilliant) at\b|\b(did|do|does|doing|done|went|go|going|gone) (really |so |very |quite )?well\b|\bprais\w*|\bstrengths?\b|\bstrong (points?|bits?|parts?|areas?)\b|\bpositives?\b|\b(nice|kind|positive|complimentary|good things?) (about|of|to say)\b|\bimpressed\b|\b(good|best|great) (bits?|parts?|points?|stuff)\b|\bwhat did (they|ofsted|the inspectors|inspectors|the report) (like|love)\b)")]
    private static partial Regex StrengthAsked();

    [GeneratedRegex(@"\b(not|wasnt|wasn't|werent|weren't|isnt|isn't|arent|aren't|never) (rated |judged |graded )?good\b|\b(didnt|didn't|did not) ([\w']+ ){0,2}?get (a |rated |judged )?good\b|\b(not|never) (get|got) (a |rated |judged )?good\b|\brequires? improvement\b|\bless than good\b|\bbelow good\b")]
    private static partial Regex GradeWords();

    // A heading about what was found wanting: "the four things Ofsted says must improve", "where help and protection was weak".
    [GeneratedRegex(@"\b(must improve|needs? to improve|needed to improve|weak\w*|wrong|inadequate|requires improvement|criticis\w*|failings?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortfallHeading();

    // A heading about what was praised: "what Ofsted said Croydon does best", "strengths".
    [GeneratedRegex(@"\b(best|strengths?|strong|praised?|did well|good at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrengthHeading();
}
