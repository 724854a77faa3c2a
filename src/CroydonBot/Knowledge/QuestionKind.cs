namespace CroydonBot.Knowledge;

/// <summary>What kind of fact a question asks for: the lead sentence and the best section should hold one.</summary>
public enum QuestionKind
{
    /// <summary>No particular kind ("what is a PA?", "tell me about...").</summary>
    General,

    /// <summary>"when", "what date": a date or year.</summary>
    When,

    /// <summary>"how much", "amount", "£": an amount of money.</summary>
    HowMuch,

    /// <summary>"how often": a frequency.</summary>
    HowOften,

    /// <summary>"how old", "what age", "till what age": an age.</summary>
    Age,

    /// <summary>"who", "who do I call", "number for": a role, a name or a contact.</summary>
    Who,

    /// <summary>"how many": a count.</summary>
    HowMany,

    /// <summary>A percentage said or asked ("41% agency", "what percent"): the answer should give one.</summary>
    Share,

    /// <summary>"Is it guaranteed by law", "do councils legally have to": whether something is a legal duty or only guidance.</summary>
    Legal,

    /// <summary>"how did croydon do", "what grade": an inspection's judgement (good, requires improvement, inadequate).</summary>
    Rating,

    /// <summary>The words someone used ("what words did ofsted use about staff", "how did they describe it"): a quotation answers it.</summary>
    Words,

    /// <summary>
    /// Whom the asker should go to ("who do i ask", "who can check for me"): answered by a person or service one can
    /// reach (a personal adviser, a team, a number), not by any name a passage holds.
    /// </summary>
    WhoToAsk,

    /// <summary>
    /// The weak part of a judgement ("which bit got requires improvement", "what do they still need to get better at",
    /// "was anything not good"): answered by what an inspection found wanting, not by the overall grade.
    /// </summary>
    Shortfall,

    /// <summary>
    /// "how long does it take", "how long does it last", "how soon": a length of time (weeks, until a birthday). Asked only in a
    /// conversation (<see cref="QuestionKinds.InConversation"/>): a follow-up about the same topic wants the sentence giving it.
    /// </summary>
    HowLong,

    /// <summary>
    /// "was it always that much", "what was it before that": what the thing just answered was before it became what it is (an
    /// earlier amount, an old rule). Asked only in a conversation (<see cref="QuestionKinds.InConversation"/>): the answer is the
    /// sentence of the same section saying what held before ("Before that, the amount was £2,000"), not the present value again.
    /// </summary>
    Earlier,

    /// <summary>
    /// Round AF (conv-af): "what hours are they open", "wat times r they open", "are they open at weekends": when a service can be
    /// reached (days and times of day). Asked only in a conversation (<see cref="QuestionKinds.InConversation"/>): "they" is the
    /// service just answered, and the sentence giving its hours answers, not another line's "open 24 hours".
    /// </summary>
    Hours,

    /// <summary>
    /// Round AF (conv-af): "does it work in scotland", "is that for every council or just croydon": where a rule or scheme applies.
    /// Asked only in a conversation (<see cref="QuestionKinds.InConversation"/>): the sentence saying where the thing just answered
    /// holds ("for care leavers aged 16 to 25 in England") answers, not the section's opening again.
    /// </summary>
    Coverage,

    /// <summary>
    /// Round AI (conv-ai): "whats their number", "what number do i ring", "have u got a number for them": the phone number of the
    /// service just answered. Asked only in a conversation (<see cref="QuestionKinds.InConversation"/>): "their" is that service,
    /// and the sentence giving its number answers, not the section's opening (a postal address) again.
    /// </summary>
    Phone,
}
