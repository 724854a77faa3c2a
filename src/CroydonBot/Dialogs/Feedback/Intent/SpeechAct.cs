using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// What a clause does, read from its verb and who is to act, whatever it is about: asks how the person is to act (whom to
/// complain or go to, what the next step is, what they can do), or asks that what was told be relayed (passed on, logged, put
/// on record, a comment or suggestion put in to the council or this chat). The model reads a message by its words, and an angry
/// story reads as feedback whatever the clause after it asks; the act of the clause decides which need to meet. Asking how to
/// act asks for the process, which the guides hold ("this service is a joke. who do i complain to"); asking for a relay is what
/// the feedback dialog does ("not happy with my review. can u get that to someone senior"). A question asking for information that
/// runs on from a statement with no mark between is found too, so the message is read as asking.
/// </summary>
public static partial class SpeechAct
{
    /// <summary>
    /// True when <paramref name="clause"/> asks what the person can do or whom they go to: "who do i even complain to", "who do i go
    /// above her to", "is there someone above my PA i can go to", "whats the next step", "what can i do now", "how do i take it
    /// further". Not whom to tell ("who can i tell that it wasnt right" relays), and not what someone else must do.
    /// </summary>
    public static bool AsksHowToAct(string clause) => HowToAct().IsMatch(Lowered(clause));

    /// <summary>
    /// True when the message's last sentence or comma clause asks how to act (<see cref="AsksHowToAct"/>). A reason given after it
    /// ("who do i complain to cos my PA just shrugs") is why, not a new act, so "cos" and "because" do not part it here.
    /// </summary>
    /// <remarks>
    /// Round X (route-x): "but" parts the last act too ("my PA is killing me lol but seriously who is above her if i want to complain"),
    /// and after something told, asking leave to complain asks how the process works ("she shouted at me in front of everyone. can i
    /// complain about staff?", "... not dangerous just unfair. can i complain or ask to move?"): the story is why they ask, and the
    /// complaints guide is the answer. Alone, "can i complain about my flat being cold" names what the complaint is, and is left to be read.
    /// </remarks>
    public static bool EndsAskingHowToAct(string text)
    {
        var acts = LastClause().Split(text).SelectMany(c => ButBreak().Split(c)).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        return acts.Count > 0 && (AsksHowToAct(acts[^1]) || (acts.Count > 1 && AsksLeaveToComplain().IsMatch(Lowered(acts[^1]))));
    }

    [GeneratedRegex(@"\s(?:but|and\s+then)\s")]
    private static partial Regex ButBreak();

    // Asking whether the person may complain, the whole act: "can i complain about staff", "can i still make a complaint", "can i
    // complain or ask to move". Not asking leave to report something for someone ("can i report it for her" relays).
    [GeneratedRegex(@"^(?:(?:so|and|but|ok|like|honestly|seriously|srsly|for\s+real|fr|tbh|lol|then|now)\s+)*(?:can|could|may|should)\s+(?:i|we)\s+(?:still\s+|actually\s+|even\s+|just\s+)?(?:complain|(?:make|put\s+in|file|raise|lodge)\s+(?:a\s+|an\s+)?(?:formal\s+|official\s+)?complaint)\b", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex AsksLeaveToComplain();

    /// <summary>
    /// True when <paramref name="clause"/> is an imperative proposal ("do some sessions in the evenings", "make the forum monthly"):
    /// a verb of doing with no one asked after it, as "do you" or "have they" would ask.
    /// </summary>
    public static bool Proposes(string clause) => Imperative().IsMatch(Lowered(clause));

    /// <summary>
    /// True when a question asking for information runs on from what was told with no mark between ("my mum reads better in
    /// bestie lives with me is she covered too", "my worker never visits how often are they meant to"): after three words or more, a
    /// question word before a verb and its subject, or a verb put before a pronoun ("is he", "shud i", "is that even allowed"), opens
    /// a question. Not before a noun ("is the best", "do my coursework" tell), not "is that" before a subject ("my message is that care
    /// leavers get forgotten") or after "the thing/problem is", and not
    /// "can u" or "will u", requests to the bot.
    /// </summary>
    public static bool AsksInARunOnClause(string text) => Lowered(text) is var lower && (RunOnQuestion().IsMatch(lower) || AsksAboutANamedSubjectAfterASituation(lower));

    /// <summary>Words told at least before a run-on question, as in <see cref="RunOnQuestion"/>.</summary>
    private const int MinSituationWords = 3;

    /// <summary>
    /// True when <see cref="RunOnQuestionAboutANamedSubject"/> matches after at least <see cref="MinSituationWords"/> words. The words
    /// are counted here rather than by the pattern: a repeated "(word space)" prefix before a long alternation backtracked past the
    /// regex time limit on ordinary sentences.
    /// </summary>
    private static bool AsksAboutANamedSubjectAfterASituation(string lower)
    {
        foreach (var m in RunOnQuestionAboutANamedSubject().EnumerateMatches(lower))
        {
            if (lower.AsSpan(0, m.Index).Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinSituationWords)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Round AS (route-as): the run-on questions <see cref="RunOnQuestion"/> leaves out because their subject is a noun, after a situation
    /// told with no mark between ("im starting uni in september do care leavers get money for it", "im 22 and homeless will the council see
    /// me as priority", "im in a childrens home does the staying put thing work for me", "my PA keeps saying qualifying whats the
    /// difference", "i never got an NI number, whose job was it"). A verb put before a noun tells as often as it asks ("is the best thing",
    /// "my PA did the forms"), so only before a subject that is the council, Ofsted, the government or care leavers (what the guides are
    /// about), or a scheme, offer, service or "thing" named with "the" and not a superlative ("is the best thing", "the only thing"), and
    /// not after a subject pronoun ("they do care leavers events"). A contracted question word ("whats the", "wats that") asks, unless it
    /// is reported after a verb of saying or knowing ("the letters saying whos ur new PA"); "whose" asks before a noun and a verb.
    /// Read as statements, such questions were offered as feedback when the model read them at 0.4 to 0.75 (15 of the 30 dev questions
    /// offered as feedback at 5e66434 have this shape).
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<!\b(?:saying|says|said|say|know|knows|knew|tell|tells|told|ask|asked|asking|sure|idea|explain|explained|wondering|wonder|understand|matter|mind|see|check|find\s+out)\s)(?:whats|wats|wots|whos|wheres|whens|hows)\s+(?:the|that|this|it|my|a|an|their|ur|your)\b|whose\s+\w+\s+(?:is|was|are|were|do|does|did)\b|(?<!\b(?:i|you|u|he|she|they|we|it|who|whoever|someone|nobody|everyone|that|which|what)\s)(?:(?:will|would|did|does|do|is|was|were)\s+(?:the\s+council|croydon|ofsted|the\s+government|care\s+leavers|being\s+care\s+(?:experienced|leaver))\b|(?:will|would|does|do|is)\s+the\s+(?!(?:best|worst|only|one|first|last|most|biggest|right|same|main|whole)\b)(?:\w+\s+){1,3}?(?:thing|offer|scheme|service)\b(?!\s+(?:is|was|are|were|has|have|had|they|i|we|that|which|ive|weve)\b)))", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex RunOnQuestionAboutANamedSubject();

    [GeneratedRegex(@"^(?:\S+\s+){3,}?(?<!\b(?:thing|problem|issue|point|truth|fact|worst|best|reason)\s)(?:(?:who|what|whats|where|when|which|how(?:\s+(?:often|long|much|many|come))?|hw(?:\s+(?:often|long|much))?)\s+(?:am|is|are|r|do|does|did|can|could|should|shud|will|would)\s+(?:i|we|they|you|u|he|she|it|the|my)\b|(?:is|are|r|does|do|did|should|shud|will|am)\s+(?:he|she|they|i|we|that|there)\s+(?!(?:care|the|a|my|our|we|they|i|he|she|people|you|u|it|there|nobody|everyone|some|most|all)\b)\w+)", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex RunOnQuestion();

    [GeneratedRegex(@"[.;:!?\n,]+|\s[-\u2013\u2014]\s")]
    private static partial Regex LastClause();

    [GeneratedRegex(@"^(?:(?:please|pls|plz|maybe|just|and|so)\s+)*(?:do|make|have|run|put|add|start|bring|give|hold|open|set\s+up|let|stop)\s+(?!(?:i|you|u|we|they|he|she|it|anyone|any1|people|ya|yous)\b)\w", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Imperative();

    /// <summary>
    /// True when <paramref name="clause"/> asks for what the person says to be relayed: a request that the bot, the council or
    /// someone pass it on, log it, put it through or get back to them about it ("could u log this for me", "can someone from the
    /// council get back to me about my flat"); a wish that it be on record ("i want this noted", "want to log it officially");
    /// or asking leave to put a comment, suggestion or feedback in about something, or how to give it to this chat ("can i put in a
    /// suggestion about ...", "how do i leave a comment for you guys"). Complaints are left out: how to complain is the procedure.
    /// </summary>
    public static bool RequestsRelay(string clause) =>
        Lowered(clause) is var c
        && (RelayRequest().IsMatch(c) || WishOnRecord().IsMatch(c) || PutsInAComment().IsMatch(c) || SendsOnWhatIsTold().IsMatch(c)
            || AsksThoseInCharge().IsMatch(c));

    // Round W (dialog-w): those who run things asked to take in or act on what is told, not the bot asked to pass it: "can the head of
    // the leaving care team read this", "could the council know she went above and beyond", "can someone rethink how they do reviews".
    // Only the council, its managers or "someone" (whoever it reaches), and only reading, knowing or hearing what was told ("this",
    // "that", or a clause: "know its been a nightmare") or changing how things are done. Help for oneself stays a question: "can
    // someone read my cv", "can the council know where i live", "can someone change my PA", "can someone look at my letter".
    [GeneratedRegex(@"\b(?:can|could|will|would)\s+(?:the\s+council|croydon|management|the\s+management|someone|somebody|some1|(?:the\s+)?(?:person|people|boss|bosses|manager|managers|head|heads|director|one|ones)\s+(?:in\s+charge|at\s+the\s+top|(?:who|that)\s+runs?\s+\w+)|(?:the\s+)?(?:head|heads|boss|bosses|manager|managers|director)\s+of(?:\s+\w+){1,4}?|whoever\s+(?:is\s+in\s+charge|runs\s+\w+))(?:\s+(?:of|at|from|in)(?:\s+\w+){1,4}?)?\s+(?:please\s+|pls\s+|plz\s+|actually\s+|just\s+)?(?:read|see|hear)\s+(?:this|that|it|my\s+(?:message|feedback|comment))\b|\b(?:can|could|will|would)\s+(?:the\s+council|croydon|management|someone|somebody|some1|(?:the\s+)?(?:person|people|boss|bosses|manager|managers|head|heads|director)\s+(?:in\s+charge|at\s+the\s+top))(?:\s+(?:of|at|from|in)(?:\s+\w+){1,4}?)?\s+(?:please\s+|pls\s+|plz\s+|actually\s+|just\s+)?(?:know\s+(?:that\s+\w|(?:shes|hes|theyre|its|thats|she|he|they|it|this|we)\s+\w)|know\s+about\s+(?:this|that|it|how)\b|know\s+how\s+(?!(?:many|much|long|often|far|old|soon|to|do|does|did|can|could|should|would|will|i|we|you|u|it\s+works)\b)\w+\s+(?:she|he|they|it|this|that|(?:my|our|the|her|his|their)\s+\w+)\s+(?:is|was|are|were|has|have|had|been)\b|hear\s+(?:about\s+)?(?:this|that|how)\b|(?:change|rethink|sort\s+out|look\s+at)\s+(?:how|the\s+way)\s+(?:they|you|u|we|it|things|the\s+\w+)\b|do\s+something\s+about\s+(?:this|that|it)\b)", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex AsksThoseInCharge();

    // Round V (route-v2): the relay asked in more frames and verbs than "can u pass/log/note it". The frame may ask the bot's ability
    // ("r u able to", "is it possible to", or told as "u can ... through this"), and the verb may name sending views, messages or
    // feedback on to someone, putting in a word about something, writing it down, or telling or letting the council or someone know
    // that something is so, or hearing their views (round Y: "get" a message to someone, as "can you get a message to my PA's manager"); the thing told may be asked to go to someone ("can this go to someone senior"),
    // or the person may wish that the council or a manager know, hear or contact them about it ("i want the council to know that
    // ..."); or the person asks leave to report or say that something is so ("can i report that my flat ..."). What is
    // sent must be what is told (views, a message, feedback, "this"), so "can u send me the link" and "can u send a letter to my
    // landlord" ask for a service, and "put in a good word for me" asks for a reference.
    [GeneratedRegex(@"(?:\b(?:(?:can|could|will|would)\s+(?:u|you|ya|yous|you\s+guys|u\s+guys|you\s+lot|someone|somebody|some1|this(?:\s+bot|\s+chat|\s+app)?|it)|(?:u|you|this(?:\s+bot|\s+chat|\s+app)?)\s+(?:can|could)|(?:r|are)\s+(?:u|you|ya)\s+able\s+to|is\s+it\s+possible\s+(?:for\s+(?:u|you)\s+)?to)\s+(?:please\s+|pls\s+|just\s+|actually\s+)?(?:send|pass|forward|take|get)\s+(?:on\s+|over\s+|up\s+)?(?:this|that|it|(?:my|our|sum|some|a)\s+(?:views?|thoughts|feedback|comments?|opinions?|messages?|experiences?|concerns?|praise)|(?:views|thoughts|feedback|comments|opinions|messages?|concerns|praise))(?:\s+(?:on|about)\s+(?:the\s+|my\s+|our\s+)?\w+)?\s+(?:on\s+|over\s+|up\s+|along\s+)?(?:to|2)\b(?!\s+me\b)|\b(?:can|could|will|would)\s+(?:u|you|ya|someone|somebody)\s+(?:please\s+|pls\s+|just\s+)?(?:(?:put\s+in\s+a\s+(?:good\s+)?word|put\s+a\s+(?:good\s+)?word\s+in)\s+(?:that|about)\b|(?:write|jot)\s+(?:this|that|it)\s+down\b|(?:flag|raise|mention|point\s+out)\s+that\s+(?:my|our|the|i|im|she|he|they|there|theres|its|staff|nobody|no\s+one|every|care)\b|hear\s+(?:my|our)\s+(?:views|thoughts|side|feedback|concerns?|opinions?)\b|(?:tell|let)\s+(?:the\s+council|them|management|someone|somebody|whoever|the\s+people\s+in\s+charge)(?:\s+know)?\s+(?:that|about\s+(?:this|that|it|how))\b)|^(?:(?:so|and|but|ok|hi|hey)\s+)*(?:can|could|may)\s+(?:i|we)\s+(?:just\s+)?(?:report|flag|mention|say|put\s+down)\s+that\s+(?:my|our|the|i|im|me|she|he|they|there|theres|its|this|staff|nobody|no\s+one|every)\b|\b(?:can|could|will|would)\s+(?:this|that|it|(?:my|our)\s+(?:views?|feedback|message|comments?|thoughts|opinions?|ideas?|voice))\s+(?:please\s+|pls\s+|actually\s+)?(?:go|be\s+(?:passed|sent|forwarded|taken|heard))\s+(?:on\s+|up\s+)?(?:to|2|by)\s+(?:someone|somebody|some1|the\s+council|management|whoever|a\s+manager|the\s+people|the\s+top|(?:the\s+)?(?:\w+\s+){0,3}?(?:board|panel|committee|cabinet|councillors?|director|mayor))\b|\bi\s+(?:just\s+|really\s+)?(?:want|wanna|would\s+like|d\s+like|id\s+like)\s+(?:the\s+council|croydon|someone|somebody|some1|a\s+manager|management|whoever\s+\w+|the\s+people\s+in\s+charge)(?:\s+(?:at|from|in)\s+(?:the\s+)?\w+)?\s+to\s+(?:know\s+(?:that|about|how)|hear\s+(?:this|that|about|how|my)|(?:contact|ring|call|phone|email)\s+me\s+(?:back\s+)?about)\b)", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex SendsOnWhatIsTold();

    /// <summary>
    /// The message's clauses as acts: parted at marks and dashes, and at "but" or "and then", not at "that" or "because". "can u put in a
    /// word that the drop in is great" and "can i report that my PA cancelled" are one act each: the "that" opens what is to be
    /// relayed, and parted there the request would read as "can i report" alone, which asks leave, as "can i complain" does.
    /// </summary>
    public static IReadOnlyList<string> Acts(string text) =>
        [.. ActBreak().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0)];

    /// <summary>
    /// True when <paramref name="clause"/> says the person wants what was just named done, pointing back at it ("i wanna do that",
    /// "id like to do this", "i want that"): after a relay named, it is the wish to have it, not a question, though "do that" reads as
    /// one. Not "i want to know ..." (a question put as a wish) nor anything that names something new.
    /// </summary>
    public static bool WantsWhatWasNamed(string clause) => WantsIt().IsMatch(Lowered(clause));

    [GeneratedRegex(@"[.;:!?\n,]+|\s[-\u2013\u2014]\s|\s(?:but|and\s+then)\s")]
    private static partial Regex ActBreak();

    [GeneratedRegex(@"^(?:(?:so|and|ok|yeah|yh|yes|well)\s+)*(?:i|id|i\s+would|i\s+d)\s+(?:really\s+|just\s+|defo\s+|def\s+)?(?:want|wanna|like|love)\s+(?:to\s+)?(?:do\s+)?(?:that|this|it)(?:\s+(?:please|pls|plz|then|too|now))?\s*[?.!]*$", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex WantsIt();

    private static string Lowered(string text) =>
        text.Trim().ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);

    // Whom to go or complain to, the next step, what the person can do: the person acts, and asks how. Round X (route-x): who is
    // above the worker ("whos above her", "who is over my PA") asks whom to go to.
    [GeneratedRegex(@"^(?:(?:so|and|but|ok|like|honestly|seriously|srsly|for\s+real|fr|tbh|lol|then|now)\s+)*(?:who\s+(?:do|can|should|would|could|shall|am)\s+(?:i|we)\s+(?:meant\s+to\s+|supposed\s+to\s+)?(?:even\s+|actually\s+|then\s+)?(?:complain|moan|grumble|whinge|go|turn|speak|talk|escalate|appeal)\b|who(?:s|\s+is|\s+are)?\s+(?:above|over|higher\s+than)\s+(?:her|him|them|my\s+\w+)\b|(?:is|are)\s+there\s+(?:someone|somebody|anyone|anybody|any1|some1)\s+(?:above|higher|over|more\s+senior)|what(?:s|\s+is|\s+are)?\s+(?:the|my)\s+(?:next\s+steps?|options)\b|what\s+(?:can|do|should|could)\s+(?:i|we)\s+(?:even\s+)?do\b|what\s+(?:happens|now)\b|how\s+(?:do|can|could|would|should)\s+(?:i|we)\s+(?:take\s+(?:it|this|that|my\s+complaint|things)\s+further|escalate|appeal)\b)", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex HowToAct();

    // The bot, the council or someone asked to relay, record, or get back about what was told. Round X (route-x): told as an imperative
    // too, pointing back at what was told ("why does nobody ring back. pass this on, its a joke", "pls send that up").
    // Round AL (rank-al): or asked to suggest, raise or put forward what was told ("they should do a christmas meal, can u suggest it"):
    // only pointing back at it ("it", "that", "the idea"), so "can u suggest a good bank" still asks for a suggestion.
    [GeneratedRegex(@"\b(?:can|could|will|would|pls|please|plz)\s+(?:u|you|ya|yous|you\s+guys|u\s+guys|you\s+lot|someone|somebody|some1|the\s+council|this\s+bot)\b(?:\s+(?:from|at|in|above|over)\s+(?:the\s+|my\s+|her\s+|his\s+|their\s+)?\w+)?\s+(?:please\s+|pls\s+)?(?:pass\s+(?:(?:this|that|it|a\s+\w+|my\s+\w+)\s+)?(?:on|up|along|to|2)\b|(?:suggest|propose|raise|mention|bring\s+up|put\s+forward)\s+(?:this|that|it|(?:the|my|this|that)\s+idea)\b|put\s+(?:this|that|it|(?:the|my|this|that)\s+idea)\s+forward\b|log\s+(?:this|that|it|a|my|an)|(?:put|get)\s+(?:this|that|it)\s+(?:to|through|in\s+front\s+of|on\s+record)|note\s+(?:this|that|it)|(?:contact|ring|call|phone|email)\s+me\s+(?:back\s+)?about|get\s+back\s+to\s+me\s+about|(?:know|hear)\s+(?:about\s+)?(?:this|that|it)\s*[?.!]*$)|^(?:(?:so|and|but|ok|pls|please|plz|just)\s+)*(?:pass|send|forward)\s+(?:this|that|it)\s+(?:on|along|up)\b|^(?:(?:so|and|but|ok)\s+)?how\s+(?:do|can|could|would|should)\s+(?:i|we)\s+(?:get|send|pass|take)\s+(?:this|that|it)\s+(?:on\s+|over\s+|across\s+)?(?:to|2)\s+(?:someone|somebody|some1|the\s+council|whoever|people|them)\b", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex RelayRequest();

    // The person wants what they said recorded or sent on: "i want this on record", "want to log it officially", "id like that noted".
    [GeneratedRegex(@"\b(?:want|wanna|would\s+like|d\s+like|id\s+like|need)\s+(?:(?:this|that|it)\s+(?:on\s+record|on\s+file|(?:to\s+be\s+)?(?:noted|logged|recorded|written\s+down|passed\s+on|put\s+on\s+record|put\s+in\s+writing))|to\s+put\s+(?:this|that|it)\s+(?:in\s+writing|on\s+record)|to\s+(?:log|record|lodge|register)\s+(?:it|this|that|(?:a|an|my|our)\s+(?:\w+\s+)?(?:comment|suggestion|concern|issue|point|problem))\b)", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex WishOnRecord();

    // Asking leave to put a comment, suggestion or feedback in about something ("can i put in a comment about ..."), or how to give it
    // to "you" (this chat, as ThisChat reads "through you": "how do i give feedback to u lot"). Issue 13 answers the bare "how do i give
    // feedback" (and "... to the council") with the button, and "how do i give feedback to my lecturer" names someone else.
    [GeneratedRegex(@"^(?:(?:so|and|but|ok|hi|hey|yo)\s+)*(?:(?:can|could|may)\s+(?:i|we)\s+(?:just\s+)?(?:put\s+in|leave|make|give|submit|send|drop|add)\s+(?:in\s+)?(?:a|an|my|some|sum|our)?\s*(?:quick\s+|little\s+|small\s+)?(?:comment|suggestion|feedback|compliment)s?\s+(?:about|on|for)\b|how\s+(?:do|can|could|would)\s+(?:i|we)\s+(?:put\s+in|leave|make|give|submit|send|drop)\s+(?:in\s+)?(?:a|an|my|some|sum|our)?\s*(?:comment|suggestion|feedback|compliment)s?\s+(?:to|for)\s+(?:you|u|you\s+lot|u\s+lot|you\s+guys|u\s+guys|yous)\s*[?.!]*$)", RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex PutsInAComment();
}
