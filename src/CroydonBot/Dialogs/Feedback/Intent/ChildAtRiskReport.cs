using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// A report (or a wish to report) that a child is being harmed, neglected or is at risk: "i want to report someone who is
/// hurting a child", "who do i tell if my neighbours kids are left alone", "can i report a worry about a child". It is no
/// feedback for the council's inbox and no question for the guides' search: it goes to the children's front door, so it
/// gets its own reply (<see cref="Pipeline.ChildAtRiskStep"/>). Read as a kind of message, by word classes, not by phrase:
/// a child (a kid, a baby, a little brother, the neighbours' kids...) AND either harm (hurt, hit, neglect, abuse, left
/// alone, not safe...) told or asked about by someone who knows of it or wants to report it, or a worry or concern the
/// person wants to report. A young person at risk themselves ("my dad hits me") is the safeguarding check's, which runs
/// first; questions about how the council or Ofsted deal with children at risk are the guides'.
/// </summary>
public static partial class ChildAtRiskReport
{
    /// <summary>True when the message reports, or asks how to report, a child being harmed or at risk.</summary>
    public static bool Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2_000)
        {
            return false;
        }
        // "the 2017 report said children were at risk" names a document; only reporting, the verb, is what this kind is about.
        var words = TheReport().Replace(PlainWords.Of(text.Replace('\u2019', '\'')), "the document");
        try
        {
            if (!Child().IsMatch(words) || AboutTheService().IsMatch(words) || TheSpeakerIsHurt().IsMatch(words))
            {
                return false;
            }
            var harm = Harm().IsMatch(words);
            var reports = Reports().IsMatch(words);
            // Without a word of harm, only a worry the person wants to *report* counts: "raise a concern that my brother isn't
            // getting his pocket money" is feedback about a service, "report a worry about a child" is not.
            return harm && (reports || KnowsOfIt().IsMatch(words)) || ReportVerb().IsMatch(words) && Worry().IsMatch(words);
        }
        catch (RegexMatchTimeoutException)
        {
            // Not read in time: the message goes on to the feedback reading and the guides, as before this kind existed.
            return false;
        }
    }

    /// <summary>
    /// True when the message names harm to anyone ("my carer hit me", "i was scared and not safe"): a way of telling framed as
    /// feedback (<see cref="HowToTellFrame"/>) is then left to the safeguarding check and the guides, not offered as feedback.
    /// </summary>
    public static bool TellsOfHarm(string text)
    {
        try
        {
            return text.Length <= 2_000 && Harm().IsMatch(PlainWords.Of(text.Replace('\u2019', '\'')));
        }
        catch (RegexMatchTimeoutException)
        {
            return true;
        }
    }

    // Someone under 18 who is not the speaker. "my little sister", "the neighbours kids", "a baby", "a boy in my road".
    [GeneratedRegex(@"(?<![a-z])(?:child|children|childs|childrens|kid|kids|kiddies|baby|babies|toddler|toddlers|infant|youngster|youngsters|minor|minors|under 18s?|niece|nephew|grandchild|grandkids?|(?:little|lil|younger|baby|step|half) (?:brother|sister|bro|sis|cousin|cousins|one|ones|boy|girl|lad)|(?:a|the|this|that|some) (?:little )?(?:boy|girl|lad)|(?:his|her|their|neighbours|neighbour|next doors) (?:son|daughter|boy|girl|little ones?))(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Child();

    // Harm done to, or risk to, someone. Word stems, so "hurting", "neglected", "beaten" all count.
    [GeneratedRegex(@"(?<![a-z])(?:hurt|hurts|hurting|hit|hits|hitting|beat|beats|beating|beaten|smack(?:s|ed|ing)?|slap(?:s|ped|ping)?|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|abuse|abused|abuses|abusing|abusive|neglect|neglects|neglected|neglecting|harm|harms|harmed|harming|at risk|in danger|not safe|isnt safe|arent safe|aint safe|unsafe|(?:leave|leaves|leaving|left) (?:[a-z0-9]+ ){0,4}(?:alone|on (?:their|his|her) own)|starv(?:e|ed|es|ing)|groom(?:ed|ing)?|exploit(?:ed|ing|ation)?|mistreat(?:ed|ing|s)?|ill treat(?:ed|ing)?|cruel|cruelty|bruises?|bruised|safeguarding|locked (?:in|up|out))(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Harm();

    // Reporting it, or asking who to tell.
    [GeneratedRegex(@"(?<![a-z])(?:report|reports|reported|reporting|refer|referral|(?:tell|alert|contact|ring|call|phone) (?:someone|somebody|anyone|social services|social care|childrens services|the council|the police)|who (?:do|can|should|would) (?:i|we|you|people) (?:tell|ring|call|phone|contact|speak to|talk to|go to)|where (?:do|can) (?:i|we) (?:go|turn)|(?:raise|flag|share) (?:a |my |the )?(?:concern|concerns|worry|worries))(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Reports();

    // Someone who knows of the harm tells of it: "i know a kid who ...", "my neighbour leaves ...", "someone is hurting ...".
    // Not a worry alone: "i'm worried it's still like that for my brother" asks whether the service got better.
    [GeneratedRegex(@"(?<![a-z])(?:i (?:know|think|saw|see|seen|hear|heard|suspect|reckon|believe)|(?:someone|somebody|a man|a woman|a parent) (?:is|keeps|has been)|my neighbours?|next door|down (?:my|the) road)(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex KnowsOfIt();

    [GeneratedRegex(@"(?<![a-z])(?:report|reports|reported|reporting|refer|referral)(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex ReportVerb();

    [GeneratedRegex(@"(?<![a-z])(?:worr(?:y|ies|ied)|concern|concerns|concerned|suspicions?)(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Worry();

    // The speaker is the one hurt or unsafe: the safeguarding reply's (it runs first), not a report about another child.
    [GeneratedRegex(@"(?<![a-z])(?:(?:hurt|hurts|hit|hits|beat|beats|beating|abuse|abuses|abusing|harm|harms|smacks?|slaps?|punch(?:es)?|kicks?|neglects?|hurting|hitting) (?:me|us)|(?:im|i am|i m|i feel|i dont feel|i do not feel) (?:being )?(?:hurt|abused|neglected|beaten|hit|not safe|unsafe|in danger|at risk)|me and my|my (?:brother|sister|siblings?) and (?:me|i))(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex TheSpeakerIsHurt();

    // A report as a document: "the 2017 report", "the latest report", "the ofsted report".
    [GeneratedRegex(@"(?<![a-z])(?:the|this|that|its|their|old|latest|last|recent|new|ofsted|inspection|inspectors|councils|\d{4}s?) (?:(?!(?:i|we|you|u|to|can|will|should) )[a-z0-9]+ )?reports?(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex TheReport();

    // Questions about how the service or its inspectors deal with children at risk are the guides' to answer.
    [GeneratedRegex(@"(?<![a-z])(?:ofsted|inspect(?:ion|ions|ed|or|ors)?|rating|rated|how many|statistics|figures|what happens)(?![a-z])", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex AboutTheService();
}
