using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Sentences that limit whom or when a rule is for: "Staying Put is only for foster care, not for children's homes", "You must
/// be 16 to 18 on 31 August", "this part of the law had not started". A question that says a condition of its own (an age, a
/// kind of home, "it's law now") is answered by the limit that settles it, which a section usually says last: the answer
/// that stops after the section's opening names the topic and leaves the asked condition unanswered.
/// </summary>
public static partial class RuleLimits
{
    /// <summary>True when <paramref name="sentence"/> limits a rule (only for, not for, must be, not started or in force).</summary>
    public static bool Says(string sentence) => Limit().IsMatch(sentence);

    /// <summary>
    /// True when <paramref name="sentence"/> limits a rule by age and its limit leaves out <paramref name="age"/> ("You must be 16
    /// to 18 on 31 August" for someone of 19): the answer to "can I still get it at 19" is that limit, not the rule's name.
    /// </summary>
    public static bool RulesOutAge(string sentence, int age) =>
        Says(sentence) && SentenceAges.SaysAnAge(sentence) && !SentenceAges.Covers(sentence, age);

    /// <summary>
    /// True when <paramref name="sentence"/> says who is left out of a rule: a limit (<see cref="Says"/>) or a condition put on
    /// getting it ("You only get it if you do not have a Child Trust Fund"). Read only for a question asking why someone did not
    /// get something (<see cref="AsksWhyNot"/>): said of every question with a condition of its own, "only get it if" brought
    /// the condition in where another fact was asked (measured on the development files).
    /// </summary>
    public static bool SaysWhoIsLeftOut(string sentence) => Says(sentence) || OnlyOnCondition().IsMatch(sentence);

    [GeneratedRegex(@"\bonly (get|gets|have|has|qualify|qualifies|count|counts|apply|applies)( it| one| this| them)? (if|when|for|after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyOnCondition();

    /// <summary>
    /// True when a question asks why the asker (or someone) did not get or cannot have something ("why didnt i get one", "i never
    /// got it, why not", "how come i cant have it"): whatever the condition, the answer is the rule's limit that left them out.
    /// </summary>
    public static bool AsksWhyNot(string question) => WhyNot().IsMatch(question.ToLowerInvariant());

    [GeneratedRegex(@"\bwhy (not|didnt|didn't|did not|dont|don't|do not|cant|can't|cannot|wasnt|wasn't|werent|weren't|havent|haven't|hasnt|hasn't|isnt|isn't|arent|aren't|wont|won't|never)\b|\bwhy (did|do|does|was|were|have|has|am|is|are|cant|can) (i|we|they|he|she|my \w+) (not|never)\b|\bhow come\b.{0,40}\b(not|didnt|didn't|dont|don't|cant|can't|never|no)\b")]
    private static partial Regex WhyNot();

    // Words that narrow a rule: "only for/if/when", "not for", "does not apply", "cannot get", "must be", and a law "not started"
    // or "not (yet) in force". Not a bare "not" or "must": most sentences saying them limit nothing about who gets the rule.
    [GeneratedRegex(@"\b(only (for|if|when|applies|people|those|young people|care leavers|children)|(is|are) not for|not for (people|young people|those|children|care leavers|you)|(does|do|did) not apply|doesn'?t apply|don'?t apply|(can ?not|can'?t) (get|have|apply|claim)|(you|they|people|students?) must be|must be (aged )?\d|(had|has|have) not (yet )?(started|begun|come into force)|not (yet )?in force|not started yet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Limit();
}
