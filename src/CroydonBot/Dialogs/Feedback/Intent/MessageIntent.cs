using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Made-up words for what a message wants to do, added to the text the model sees (<see cref="FeedbackIntentText.Prepare"/>):
/// a verb of telling ("tell", "let ... know", "suggest", "pitch", "rate", "thank"), someone to tell ("the council",
/// "u guys", "who do i tell"), wanting to know rather than to tell ("i want to know", "tell me"), and a group's views
/// reported ("our group said ..."). Word pairs see
/// these only in the exact words of the examples; one mark for the whole family lets the model learn the shape
/// once ("id like to tell the council what its like" and "want to tell u guys what would have helped" share it).
/// </summary>
public static partial class MessageIntent
{
    public const string TellVerb = "qqtellverbqq";
    public const string Addressee = "qqaddresseeqq";
    public const string WantsToTell = "qqwantstotellqq";
    public const string WantsToKnow = "qqwantstoknowqq";
    public const string ReportsViews = "qqreportsviewsqq";
    public const string WantsItHeard = "qqwantsitheardqq";
    public const string AsksWhatNext = "qqaskswhatnextqq";

    public static string Marks(string text)
    {
        var lower = Lowered(text);
        var marks = "";
        if (TellVerbs().IsMatch(lower))
        {
            marks += " " + TellVerb;
        }
        if (Addressees().IsMatch(lower))
        {
            marks += " " + Addressee;
        }
        if (Wanting().IsMatch(lower))
        {
            marks += " " + WantsToTell;
        }
        if (Knowing().IsMatch(lower))
        {
            marks += " " + WantsToKnow;
        }
        if (GroupViews().IsMatch(lower))
        {
            marks += " " + ReportsViews;
        }
        if (WantingItHeard().IsMatch(lower))
        {
            marks += " " + WantsItHeard;
        }
        if (WhatNext().IsMatch(lower))
        {
            marks += " " + AsksWhatNext;
        }
        return marks;
    }

    /// <summary>
    /// Ways of telling, suggesting, praising or complaining ("have a moan", "rant" and "vent" too; "review" and "rating" only as
    /// something the person gives, "leave a review", "rating my flat: 2/10", not what the council does to a plan or what Ofsted gave: "how often do they
    /// review it", "can they lose their rating" ask; not "tell me", which asks; not a polite "thanks" at the
    /// end of a message, which says nothing about what it wants: "I'd prefer not to go ahead, thanks" stops). Not someone else's duty to tell
    /// ("do colleges have to tell you about it", "they're meant to let you know"): that asks what others must do ("i have to
    /// tell you" is the person's own). "pass ... on" only as a verb: after an article, a possessive or a kind of pass ("can i get the bus
    /// pass on my phone") it is a ticket on something, not a message passed on.
    /// Round AL (rank-al): nor a review asked for, needed or due ("can i ask for a review", "im due a review"): the council reviews the
    /// person's plan, and the person gives nothing.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<!\b(?:has|supposed|meant|ought|obliged|required|duty)\s+to\s+)(?<!(?<!\b(?:i|we)\s)\bhave\s+to\s+)(?:tell(?!\s+(?:me|us)\b)|let\s+\w+(?:\s+\w+)?\s+know)|suggest\w*|ideas?|pitch|share|feed\s*ba(?:ck|k|c)|opinions?|views|(?<=\b(?:a|an|my|our|honest|quick|good|bad|proper|leave|write|give|post)\s)(?<!\b(?:for|request|requested|requesting|need|needs|get|getting|have|having|due|overdue|next|another|book|arrange|chase)\s+(?:a|an|my|our)\s)(?:review|rating)|^(?:reviewing|rating)|rate|praise|thank(?:s|ing)?\s+(?:to|the|my|our|him|her|them|everyone|all|whoever|every)|(?:say|give|big|massive|huge)\s+(?:a\s+)?(?:big\s+)?thanks?|grateful|complain\w*|moan\w*|rant|vent|whinge\w*|grumble|(?<!\b(?:a|the|my|your|our|their|his|her|bus|travel|leisure|gym|student|zip|freedom|day|season|free|monthly|weekly|annual|oyster)\s)pass\s+(?:\w+\s+)?on|say\s+something|speak\s+up|shout\s*out|recommend\w*|put\s+forward|raise)\b")]
    private static partial Regex TellVerbs();

    /// <summary>Someone to tell: the council and its people, "u guys", or asking who that is.</summary>
    [GeneratedRegex(@"\b(?:council|croydon|you\s+guys|u\s+guys|yous|someone|somebody|whoever|the\s+team|staff|bosses|management|people\s+in\s+charge|(?:who|where)\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:tell|send|pitch|share|take|go|speak|talk|give))\b")]
    private static partial Regex Addressees();

    /// <summary>
    /// Wanting to tell: "i want to", "id like to", "can i", "wanna" before a way of telling; also as typed fast ("cn i giv sum
    /// feedbak", "i want 2 complain"): the letters the model sees still share trigrams, but this mark needs the words.
    /// </summary>
    [GeneratedRegex(@"\b(?:i\s+(?:want|wanna|wana|would\s+like|d\s+like)|id\s+like|wanna|wana|want\s+(?:to|2)|(?:can|cn|could|cud)\s+(?:i|we)|may\s+i|we\s+want|got\s+(?:an?\s+)?\w*\s*(?:idea|suggestion|complaint))\b.{0,40}?\b(?:tell(?!\s+(?:me|us)\b)|let\s+\w+(?:\s+\w+)?\s+know|suggest|pitch|share|giv(?:e)?\s+(?:my|our|some|sum|a|an)|make\s+a|leave\s+a|rate|say|put\s+forward|raise|praise|thank|complain|moan|rant|vent|whinge|feed\s*ba(?:ck|k|c)|report|speak)")]
    private static partial Regex Wanting();

    /// <summary>Wanting to know: "i want to know", "id like to know", "i would be grateful to know", "wondering", "tell me", "explain".</summary>
    [GeneratedRegex(@"\b(?:(?:want|wanna|like|love|need|grateful|interested|keen|curious)\s+to\s+(?:know|learn|find\s+out)|wanna\s+know|wondering|wonder\s+if|tell\s+(?:me|us)\b|explain|find\s+out|any\s+idea\s+(?:if|whether|how|what|when))")]
    private static partial Regex Knowing();

    /// <summary>
    /// A first-person report of what a group thinks: "our group said ...", "at the forum everyone agreed ...", "my mates and i
    /// reckon ...", "the young people told me ...". An ambassador passing on views is giving feedback even when the thing it
    /// is about has a guide section of its own (the gym offer, the pathway plan): the report, not the topic, says what the
    /// message wants.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:our|the|my|a)\s+(?:\w+\s+){0,3}?(?:group|forum|members|ambassadors|panel|meeting|session|young\s+people|kids|mates|friends|lot|crew|everyone)|everyone|everybody|all\s+of\s+us|most\s+of\s+us|loads\s+of\s+us|we\s+all|they\s+all|(?:me|my\s+\w+)\s+and\s+i|(?:i|me)\s+and\s+my\s+\w+)\s+(?:\w+\s+)?(?:said|say|says|think|thinks|thought|reckon|reckons|agreed|agree|agrees|feel|feels|felt|told\s+me|want|wants|wanted|asked\s+for|voted|raised|mentioned|complained|suggested|keep\s+saying|kept\s+saying)\b")]
    private static partial Regex GroupViews();

    /// <summary>
    /// Round AC (route-ac): wanting something heard by those who decide, which is what the dialog does, in words the telling verbs do not
    /// hold: someone else wanted to hear or know it ("i want the council to hear about ...", "want the people in charge to know"), being
    /// heard ("i want my voice heard", "hear me out"), it on record, it got to those who decide ("can we get that to the people who
    /// decide", "to someone in charge", "higher up"), or something written, logged or typed for them ("can i write something for the
    /// council", "can i log a few points"). "i want to know" (the person's own) and "i heard the grant went up" (hearsay) are not this,
    /// nor "before i write it" (what is written is the person's own message, still to come).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:want|wants|wanted|need|needs|wanna|wish)\s+(?:the\s+|my\s+|our\s+|that\s+|this\s+|it\s+)?(?:council|croydon|them|someone|somebody|people|everyone|management|bosses|staff|team|service|\w+\s+team|you|u|ofsted)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:hear|know|listen|see\s+(?:this|that|it))\b|(?:be|been|get|getting|my\s+voice|our\s+voices?|that|this|it|views?)\s+heard\b|hear\s+(?:me|us)\s+out|on\s+(?:the\s+)?record|(?:get|take|bring|send)\s+(?:it|this|that|them|these|those|something|sumthing|summat|summin|smth)\s+(?:to|2)\s+(?:the\s+)?(?:people|person|ones|top|someone|somebody|whoever|council|management|bosses?|decision\s+makers)|(?:people|ones|person|someone|somebody|whoever)\s+(?:who|that|whos)\s+(?:decide|decides|runs?|is\s+in\s+charge|are\s+in\s+charge|can\s+change)|(?:someone|somebody|people|whoever|those)\s+(?:in\s+charge|higher\s+up|senior|at\s+the\s+top)|(?:write|log|jot|note|type)\s+(?:down\s+|out\s+|up\s+)?(?:something|somethin|sumthing|sumthin|summat|summin|smth|a\s+bit|a\s+few|some\s+(?:points|things|thoughts))\b)")]
    private static partial Regex WantingItHeard();

    /// <summary>
    /// Round AC (route-ac): asking what comes next in a process ("what happens if they ignore it", "wat happens after that", "what can i
    /// do then", "the next step", "take it further", the Ombudsman): a question about how the complaints stages go on, not a complaint
    /// told, even when the words around it tell of one ("if i put in a complaint and they say no ...").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:what|wat|wot|wht)\s+(?:happens|happen|happend|happened|then|now|next|if|do\s+i\s+do|can\s+i\s+do|are\s+my\s+options)\b|next\s+steps?|take\s+(?:it|this|that|things)\s+further|ombudsman|stage\s+(?:1|2|one|two)\b)")]
    private static partial Regex WhatNext();

    /// <summary>
    /// True when the text asks what comes next in a process (<see cref="AsksWhatNext"/>: "can i take it further", "what happens if they
    /// ignore it"): the complaints stages, which the guides hold, not a way of telling.
    /// </summary>
    public static bool AsksWhatComesNext(string text) =>
        WhatNext().IsMatch(Lowered(text));

    /// <summary>The text as the marks' patterns read it: lower case, apostrophes dropped ("i'd" -> "id"), curly ones a space.</summary>
    private static string Lowered(string text) =>
        text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace('\u2019', ' ');

    /// <summary>
    /// True when the text says the person wants to tell, complain or give feedback ("i want to complain properly this time", "id
    /// like to report it"): the <see cref="WantsToTell"/> mark as a test of its own.
    /// </summary>
    public static bool SaysWantingToTell(string text) =>
        Wanting().IsMatch(Lowered(text));

    /// <summary>
    /// True when the text has a way of telling (<see cref="TellVerb"/>: tell, feed back, complain, suggest, raise...) or someone to
    /// tell (<see cref="Addressee"/>), says wanting to tell, or sends or reports something ("can this bot send a msg to my team", "can i
    /// report it for her", "can i send something without my name on it"): a question with none of these ("could being an ambassador help me get a job") cannot be asking how to tell.
    /// </summary>
    public static bool NamesTellingOrWhomToTell(string text) =>
        Lowered(text) is var lower && (TellVerbs().IsMatch(lower) || Addressees().IsMatch(lower) || Wanting().IsMatch(lower) || SendsOrReports().IsMatch(lower));

    /// <summary>
    /// True when the clause asks the bot to recommend something to the person ("recommend me a good podcast", "can u recommend some
    /// books for revising", "pls rec a film"): "recommend" is a way of telling only when the person recommends to the council ("i
    /// recommend they do drop ins"); asked of the bot, it wants something for oneself, as "tell me" does.
    /// </summary>
    /// <remarks>Round Y (route-y): also with what is wanted straight after it ("recommend horror films like ...", "recommend songs for a
    /// breakup"), not a change proposed ("recommend more drop ins", "recommend that the council ...") nor someone recommended.</remarks>
    public static bool AsksForARecommendation(string clause) =>
        RecommendToMe().IsMatch(Lowered(clause).Trim());

    [GeneratedRegex(@"^(?:(?:pls|plz|please|ok|so|hey|hi|yo)\s+)*(?:(?:can|could|will|would)\s+(?:you|u|ya|anyone|someone)\s+(?:please\s+|pls\s+)?)?(?:recommend|recomend|reccomend|rec)\s+(?:(?:me|us|some|sum|a|an|any|good|decent)\b|(?!(?:more|less|that|the\s+council|croydon|they|the\s+team|you|u|it|this|them|him|her)\b)\w+)")]
    private static partial Regex RecommendToMe();

    [GeneratedRegex(@"\b(?:report|(?:send|pass|get|leave|drop|give)\s+(?:\w+\s+)?(?:a\s+)?(?:msg|message|note|comment|word|something|somethin|sumthin|summin|summat|smth))\b")]
    private static partial Regex SendsOrReports();

    /// <summary>
    /// True when the message asks about someone else's duty to tell ("do colleges have to tell you about it", "is the landlord
    /// meant to let you know"): it is about being told, not about telling the council.
    /// </summary>
    public static bool AsksAboutADutyToTell(string text) =>
        DutyToTell().IsMatch(Lowered(text));

    [GeneratedRegex(@"\b(?:(?:has|supposed|meant|ought|obliged|required|duty)\s+to|(?<!\b(?:i|we)\s)have\s+to)\s+(?:tell|let\s+\w+(?:\s+\w+)?\s+know|inform|mention)\b")]
    private static partial Regex DutyToTell();

    /// <summary>
    /// Round AS (route-as): true when the clause asks what the person should say to someone ("anything i should tell my work coach at the
    /// jobcentre", "what do i need to say to my PA", "is there anything i should mention at my review", "what should i ask the landlord"):
    /// it wants advice for a conversation of the person's own (an appointment, a meeting, a call), which the guides give; it says nothing
    /// to the council, though it names telling and a person. The asked-for content is what is missing ("what", "anything"), with a
    /// modal of advice or need ("should", "need to", "have to", "must", "ought to"). "what i want to say is ..." tells, and is not this.
    /// </summary>
    public static bool AsksWhatToSay(string clause) =>
        WhatToSay().IsMatch(Lowered(clause));

    [GeneratedRegex(@"\b(?:(?:what|wat|wot|wht|anything|anythin|owt|something|sumthing|smth)(?:\s+(?:else|specific|in\s+particular|important))?\s+(?:(?:should|shud|shld|shd|must|do|would)\s+(?:i|we)\s+(?:(?:really|actually|even)\s+)?(?:need\s+(?:to|2)\s+|have\s+(?:to|2)\s+|hav\s+(?:to|2)\s+)?|(?:i|we)\s+(?:should|shud|shld|shd|must|need\s+(?:to|2)|have\s+(?:to|2)|hav\s+(?:to|2)|ought\s+(?:to|2)|gotta)\s+)|(?:what|wat|wot|wht|anything|anythin)\s+(?:to|2)\s+)(?:say|tell|mention|bring\s+up|ask|raise|explain)\b")]
    private static partial Regex WhatToSay();

    /// <summary>
    /// True when the message asks for a way to contact someone ("what's the number for the complaints team", "whats their email",
    /// "got an address for ..."): a fact the guides hold, not a request to be told how to use this chat.
    /// </summary>
    public static bool AsksForContactDetails(string text) =>
        ContactDetails().IsMatch(Lowered(text));

    /// <summary>
    /// True when the message asks for a person's help or support to make a complaint ("can someone help me make a complaint",
    /// "who can support me to complain", "is there anyone to help with writing a complaint"): it asks for an advocate, which the
    /// guides name, not for this chat to take the complaint ("can u help me complain" asks the bot, and stays the dialog's). What the person says about themselves after it ("i'm not good
    /// with writing") is why they ask, not the feedback. Round AG (route-ag): up to four words may describe the helper before the help
    /// ("someone on my side to help me make a complaint", "someone independent who can help me put a complaint in").
    /// </summary>
    public static bool AsksForHelpToComplain(string text) =>
        HelpToComplain().IsMatch(Lowered(text)) || HelpOnComplaining().IsMatch(Lowered(text));

    /// <summary>
    /// Round AC (ctx-ac): the complaint named in a condition and the help asked after it ("if i complain about my social worker will
    /// someone help me with it"): support to complain is asked for as much as in "can someone help me make a complaint".
    /// </summary>
    [GeneratedRegex(@"\bif\s+i\s+(?:\w+\s+){0,2}?(?:complain|complained|make\s+a\s+complaint|put\s+in\s+a\s+complaint|raise\s+a\s+complaint|do\s+a\s+complaint)\b.{0,80}?\b(?:will|would|can|could|does|do|is)\s+(?:there\s+)?(?:someone|somebody|anyone|anybody|sum1|some1|any1|a\s+person|an\s+advocate|people)\s+(?:\w+\s+){0,2}?(?:help|helps|support|assist)\b")]
    private static partial Regex HelpOnComplaining();

    [GeneratedRegex(@"\b(?:someone|somebody|anyone|anybody|sum1|some1|any1|who|a\s+person|an\s+advocate|people)\s+(?:\w+\s+){0,4}?(?:help|helps|support|assist)\s+(?:(?:me|us|someone|my\s+\w+)\s+)?(?:with\s+)?(?:to\s+)?(?:(?:make|making|write|writing|put|putting|do|doing|file|filing|raise|raising|lodge|lodging|send|sending)\s+(?:in\s+)?(?:a\s+|my\s+|the\s+|an\s+official\s+|a\s+formal\s+)?complaint|complain(?:ing)?)\b")]
    private static partial Regex HelpToComplain();

    [GeneratedRegex(@"\b(?:what|whats|wats|wat|which|got|give\s+me|need|is\s+there)\b.{0,30}?\b(?:number|phone|email|e-mail|address|website|web\s+address|contact\s+details|hotline|helpline)\b")]
    private static partial Regex ContactDetails();
}
