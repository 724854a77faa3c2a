using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// A grade asked in a part of the message of its own (round AF). <see cref="QuestionKinds.AsksARating"/> read a yes-or-no
/// grade question only as the whole message ("is it good now"), so a message asking what Ofsted said about a service and then
/// "was that good too" or "was it as bad as the rest" got the section's findings without the grade; and "how did X do" named a
/// service only by "services", so "how did care leavers do in the 2020 ofsted" asked no grade. The grade is the answer a
/// history trap needs first: the year's judgement of that service, with its date.
/// </summary>
public static partial class GradeAskedInAPart
{
    /// <summary>True when lower-cased <paramref name="question"/> asks how an inspection graded something, or a part of it asks, on its own, whether something was good or bad.</summary>
    public static bool In(string question)
    {
        if (HowItDidAtAnInspection().IsMatch(question) || HowTheyRated().IsMatch(question))
        {
            return true;
        }
        foreach (var part in question.Split(PartBreaks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (YesNoGrade().IsMatch(part))
            {
                return true;
            }
        }
        return false;
    }

    // A question mark, a full stop or a comma ends a part ("what did they think of it, was it good"); the part must then be the
    // grade question whole, so a comma inside a long sentence is no risk.
    private static readonly char[] PartBreaks = ['?', '!', '.', ',', ';'];

    // "was that good too", "were they as bad as the rest", "was it bad as well", "is it any better": a yes-or-no question whose
    // whole part is whether the thing just named was good, what it is compared with said or not.
    [GeneratedRegex(@"^((so|and|but|ok|okay|then|n) )*(is|are|was|were|isnt|arent|wasnt|werent) (it|they|that|this|those|croydon|croydons|the council|the service|services|them) ((still|now|also|actually|any|really|rated|just|all) )*(as )?(good|bad|inadequate|outstanding|better|worse|great|rubbish)( (as [\w ]{1,30}|too|as well|either|also|then|now|or not|again|or bad|or good))*\W*$")]
    private static partial Regex YesNoGrade();

    // "how did care leavers do in the 2020 ofsted", "how did the leaving care team do at the last inspection": how any named
    // thing did, with the inspection said close after (without it, "how did my mate do" asks no grade).
    [GeneratedRegex(@"\bhow (well )?(did|does|do|has|have) ([\w']+ ){1,4}(do|done|doing|get on|fare|fared)\b.{0,30}\b(ofsted|inspection|inspectors?|inspected|report)\b")]
    private static partial Regex HowItDidAtAnInspection();

    // "how did ofsted rate the leaving care side", "what did the inspectors grade it": the verb of grading, where the pattern
    // before read only "rated" and "rating" ("rate" alone is also a rate of pay, so only with the inspector as its subject).
    [GeneratedRegex(@"\b(how|what) (did|does|do|would|has|have) (ofsted|the inspectors?|inspectors|the inspection|the watchdog) (rate|grade|judge|mark|score)\b")]
    private static partial Regex HowTheyRated();
}
