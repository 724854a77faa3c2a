using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Whether a message is shaped as a question or a request to the bot ("can I go back to them?", "whats
/// happening with that", "tell me more about...", "translate this letter") rather than a statement. A
/// request to pass something on ("can u let the council know...", "pls pass that on") is not a question:
/// it asks the bot to carry feedback, which is what the feedback conversation does.
/// </summary>
public static partial class MessageShape
{
    /// <summary>
    /// Round AE (route-ae): what may stand between "feed" and "back" when the phrasal verb is parted ("can i feed something back", "can we
    /// feed a few things back from the forum"): something unnamed or the person's own points. Read only here, for asking leave to tell:
    /// the learned model's marks (<see cref="MessageIntent"/>) are left as trained.
    /// </summary>
    private const string FedThing = @"(?:something|somethin|sumthing|sumthin|summat|summin|smth|stuff|a\s+few\s+(?:things|points)|some\s+(?:things|points|stuff)|a\s+couple\s+of\s+things|(?:my|our)\s+\w+)";

    /// <summary>True when one of the message's clauses asks something or asks the bot to do something other than pass feedback on.</summary>
    public static bool IsQuestion(string text)
    {
        // "completely diff thing but can u help me write my statement": "but" before a question's opening parts clauses as a
        // comma would, so the request to the bot is read as its own clause.
        var parted = ButBeforeAQuestion().Replace(text.Replace('\u2019', '\''), ", but ");
        var clauses = Clause().Matches(parted).Select(c => (Clause: c, Joined: string.Join(' ', Words(c.Groups["body"].Value)))).ToList();
        // A message that asks for something to be passed on carries what is said around the request: "tell whoever's in
        // charge the gym offer isn't real, my PA says it doesn't exist" reports what was heard, it does not ask to check it.
        var passesOn = clauses.Any(c => RequestsToPassOn(c.Joined, c.Clause.Groups["body"].Value));
        var first = true;
        var afterASentence = false;
        var inARequest = false;
        // Round AF (route-af): "can i feed back on the ofsted thing? they said croydon is good but ...": after leave to tell, what
        // someone said is what the person disagrees with, the feedback itself, not a claim put up for checking.
        var afterLeaveToTell = false;
        foreach (var (clause, joined) in clauses)
        {
            var body = clause.Groups["body"].Value;
            // A new sentence (after ".", "!" or a new line) that opens with "which" or "what" asks as a message's opening does:
            // "... strong at some stuff. which bits" asks, where "..., which i'd like looked into" tells ("... last week. who
            // never called back" still tells).
            var opensASentence = first || afterASentence;
            var wasFirst = first;
            first = false;
            afterASentence = clause.Groups["end"].Value.IndexOfAny(['.', '!', '\n']) >= 0;
            // "can you tell the people in charge that the grant is too small, not just the rent?": the rest of a sentence
            // that opened as a request to pass something on is what to pass on, and its question mark is the request's.
            var continuesARequest = inARequest;
            var sentenceEnds = clause.Groups["end"].Value.IndexOfAny(['.', '!', '?', '\n']) >= 0;
            // "the form is confusing, can someone change it": a request to act on what was just told, not for information.
            var requestsToPassOn = RequestsToPassOn(joined, body);
            if (joined.Length == 0 || requestsToPassOn || LeaveToTell().IsMatch(joined) || (!wasFirst && (ActsOnWhatWasTold(joined) || ProposesToOthers(joined))))
            {
                afterLeaveToTell |= joined.Length > 0 && LeaveToTell().IsMatch(joined);
                inARequest = !sentenceEnds && (inARequest || (joined.Length > 0 && (requestsToPassOn || LeaveToTell().IsMatch(joined))));
                continue;
            }
            inARequest = continuesARequest && !sentenceEnds;
            if (continuesARequest && !QuestionShape.OpensWithQuestionWord(body))
            {
                continue;
            }
            if (clause.Groups["end"].Value.Contains('?', StringComparison.Ordinal))
            {
                return true;
            }
            // After a comma, "which", "who"... ask only with a verb after them ("..., which i'd like looked into" tells).
            if (QuestionShape.AsksSomething(wasFirst ? body : "so, " + body) || (opensASentence && AsksWhichOne().IsMatch(joined) && QuestionShape.AsksSomething(body)))
            {
                return true;
            }
            // "..., is that right", "... doesnt it", "if i end up homeless does the council have to help", "i'd like to know when ..."
            if (AsksTheBot().IsMatch(joined) || AsksForSomething().IsMatch(joined) || (!passesOn && RunOnQuestion().IsMatch(joined)) || FramedQuestion().IsMatch(joined) || TagQuestion().IsMatch(joined) || NegativeQuestion().IsMatch(joined) || AlternativeQuestion().IsMatch(joined) || (ConditionThenQuestion().IsMatch(joined) && !ApologysIf().IsMatch(body)) || DoingAsTheSubject().IsMatch(joined) || AsksWhetherThereIsWithoutIsThere().IsMatch(joined) || TopicThenPointingBack().IsMatch(joined) || WantsToKnow().IsMatch(joined)
                || (Hearsay().IsMatch(joined) && !ContinuesAStory().IsMatch(body) && !passesOn && !afterLeaveToTell))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="clause"/> asks leave to tell on a condition of how or when ("can i send feedback without my name on it",
    /// "could i make a complaint if im only 15", "can i leave a comment by post"): a question about the process, which the guides
    /// answer (with the "Give feedback" button), not the start of telling. A polite "if thats ok" is no condition, and a clause that
    /// also names what it is about ("can i make a complaint anonymously about my worker") is telling, with a condition for the dialog.
    /// </summary>
    public static bool AsksLeaveOnACondition(string clause)
    {
        var joined = string.Join(' ', Words(clause.Replace('\u2019', '\'')));
        return LeaveToTell().Match(joined) is { Success: true } leave && joined[(leave.Index + leave.Length)..] is var rest
            && ConditionOfTelling().IsMatch(rest) && !NamesATopic().IsMatch(rest);
    }

    [GeneratedRegex(@"\b(?:about|regarding|re|on\s+(?:my|our|the|a)|for\s+(?:my|our|the|a))\b")]
    private static partial Regex NamesATopic();

    /// <summary>
    /// True when <paramref name="clause"/> asks leave to tell (<see cref="AsksLeaveOnACondition"/>'s frame) without giving a name: "can i
    /// tell the council something anonymous", "could i send feedback without my name on it". Round Y (route-y): every such message in the
    /// routing files is labelled feedback (rounds D to AP), unlike a condition of channel or age ("by email", "if im only 15"), which
    /// asks how the process works. The dialog itself answers it: the contact step lets them give no name, and "is this anonymous"
    /// inside the dialog is answered there (<c>AboutTheFeedback</c>).
    /// </summary>
    public static bool AsksLeaveToTellWithoutAName(string clause)
    {
        var joined = string.Join(' ', Words(clause.Replace('\u2019', '\'')));
        return LeaveToTell().Match(joined) is { Success: true } leave && WithoutAName().IsMatch(joined[(leave.Index + leave.Length)..]);
    }

    [GeneratedRegex(@"\b(?:anonymous(?:ly)?|anon|without\s+(?:my|me|giving|putting|saying|using|leaving|a)\b[^,.;:?!]*\bname|(?:not|no)\s+(?:giving|putting|saying|using)\s+my\s+name|(?:not|no)\s+name)\b")]
    private static partial Regex WithoutAName();

    [GeneratedRegex(@"\b(?:without\s+(?:my|our|me|them|anyone|giving|putting|saying|using|leaving|a)\b|anonymous(?:ly)?\b|(?:even\s+)?if\s+(?!(?:thats|its|that\s+is|it\s+is|this\s+is)\s+(?:ok|okay|alright|allowed|fine|cool)|(?:you|u)\s+dont\s+mind)|unless\b|by\s+(?:post|email|e\s*mail|letter|phone|text)\b|in\s+(?:writing|welsh|another\s+language|my\s+own\s+language)\b|(?:after|once)\s+(?:i|ive)\s+(?:left|moved|turned)\b)")]
    private static partial Regex ConditionOfTelling();

    /// <summary>
    /// Round AF (route-af): true when <paramref name="clause"/> asks leave to tell, leave or send something (<see cref="LeaveToTell"/>: "can i feed
    /// something back from our session", "can i leave a comment for the team", "can i say something about my PA"), whatever else it names.
    /// </summary>
    public static bool AsksLeaveToTell(string clause) => LeaveToTell().IsMatch(string.Join(' ', Words(clause.Replace('\u2019', '\''))));

    /// <summary>
    /// True when <paramref name="clause"/> asks for something to be passed on or fed back ("tell them thank u", "pls pass that
    /// on", "can u let the council know"): what the message says around it is for the council, not a question for the guides.
    /// </summary>
    public static bool AsksToPassOn(string clause) => RequestsToPassOn(string.Join(' ', Words(clause.Replace('\u2019', '\''))), clause);

    /// <summary>
    /// Round AH (ofsted-ah): true when the clause asks for something to be passed on (<see cref="PassOn"/>), but not when its opening
    /// "feedback" is the noun of a label before a colon ("feedback on the app: is it anonymous?", "feedback: who reads it?"): the
    /// imperative "feed back to the council ..." passes on what follows; the label names what the question after it is about. Read as a
    /// request, the question after such a label was no question, and a retrained intent model could then offer it as feedback.
    /// </summary>
    private static bool RequestsToPassOn(string joined, string body) => PassOn().IsMatch(joined) && !FeedbackLabel().IsMatch(body);

    [GeneratedRegex(@"^\W*(?:(?:some|my|our|quick|a\s+bit\s+of)\s+)?feedback(?:\s+(?:on|about|abt|bout|for|4|re|regarding|to|2)\b[^:]{0,60})?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackLabel();

    /// <summary>
    /// True when the message says its question comes before anything it wants to tell: "i want to feed back at some point
    /// but first, what is ...", "before i send my feedback, quick question: ...". The person has put the feedback off;
    /// the question is what to answer now. Typed without a comma too ("i was going to feed back but first how long does it take").
    /// </summary>
    public static bool PutsAQuestionFirst(string text) => IsQuestion(text) && QuestionFirst().IsMatch(text.Replace('\u2019', '\''));

    [GeneratedRegex(@"\b(?:but\s+first|first\s+though|before\s+(?:that|i\s+do|i\s+(?:give|send|leave|make|start)\b[^,.;:?!]*)|quick\s+(?:question|q))\s*[,.;:!-]|\bbut\s+first\s+(?=(?:how|what|whats|when|where|who|why|which|can|could|do|does|is|are|will)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionFirst();

    private static string[] Words(string clause) =>
        [.. QuestionShape.Contractions(clause).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => LeadIns.Contains(w))];

    /// <summary>Words before the point of a clause ("ok so", "pls", "hey").</summary>
    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal)
    {
        "and", "so", "but", "ok", "okay", "also", "then", "oh", "hmm", "um", "wait", "hey", "hi", "actually", "btw", "sorry", "just", "erm",
        "lol", "right", "yo", "pls", "plz", "please", "well", "like", "anyway", "anyways",
    };

    // A hyphen between spaces parts clauses ("... for new PAs - can u pass it on"); inside a word ("11-16", "semi-independent") it does not.
    [GeneratedRegex(@"\s+but\s+(?:first\s+)?(?=(?:can|could|will|would|do|does|did|is|are|how|what|whats|when|where|who|why|which)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ButBeforeAQuestion();

    [GeneratedRegex(@"^(?:which|wich|what|wat|wot)\b")]
    private static partial Regex AsksWhichOne();

    [GeneratedRegex(@"(?<body>(?:[^.!?;,\n()\u2013\u2014\s-]|\s(?!-\s)|-(?<!\s-(?=\s)))+)(?<end>(?:[.!?;,\n()\u2013\u2014]|\s-\s)*)")]
    private static partial Regex Clause();

    /// <summary>
    /// A request to carry something to the council: "can u pass this on", "could you let them know", "tell the council";
    /// asking leave to pass on what was just said ("can i put that forward", "can we send them in"), or for it to be
    /// passed on ("can that be passed on", "can this go to whoever runs it", typed fast "can it go 2 them"), or fed back ("can
    /// you feed that back", "can i feed this back"); for it to go on an agenda or the minutes ("can this go on the next
    /// agenda"), or for someone to hear what follows ("could the council hear that the forum is too early"): the words after
    /// such a request are what to pass on, not a question for the guides. Round AC (route-ac): also for it to be got or taken to those
    /// who decide ("can we get that to the people who decide", "can u take this to the top"). Round AF (route-af): leave to log, record or
    /// submit what was told ("... can i log that", "can i submit them"), and it getting back to someone ("can that get back to her manager",
    /// "is there a way this can get back to him").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:can|could|will|would)\s+(?:you|u|ya|yous|you guys|u guys|someone)\s+(?:please\s+|pls\s+|just\s+)?)?(?:pass\b|let\s+(?!me\b)|tell\s+(?!me\b|us\b)|send\s+(?!me\b)|forward|log\b|report|record|put\s+(?:it|this|that|my)|make\s+sure|feed\s*back|feed\s+(?:it|this|that|them|these|those)\s+back)"
        + @"|(?:can|could|may|shall)\s+(?:i|we)\s+(?:pass|put|send|forward|take|bring)\s+(?:it|this|that|them|these|those|(?:my|our)\s+\w+)\s+(?:on|forward|in|along|up)\b"
        + @"|(?:can|could|will|would)\s+(?:i|we|you|u|someone|somebody)\s+(?:please\s+|pls\s+|just\s+)?(?:get|take|bring)\s+(?:it|this|that|them|these|those)\s+(?:to|2)\s+(?:the\s+)?(?:people|person|ones|top|council|team|board|panel|manager|managers|boss|bosses|management|councillors?|decision\s+makers|whoever|someone|somebody)\b"
        + @"|(?:can|could|may|shall)\s+(?:i|we)\s+feed\s+(?:it|this|that|them|these|those|(?:my|our)\s+\w+)\s+back\b"
        + @"|(?:can|could|may|shall)\s+(?:i|we)\s+(?:just\s+)?(?:log|record|submit|note\s+down|put\s+down|register)\s+(?:it|this|that|them|these|those)\b"
        + @"|is\s+there\s+(?:a|any)\s+way\s+(?:that\s+)?(?:it|this|that|these|they|(?:my|our)\s+\w+)\s+(?:can|could|will|would)\s+(?:(?:be|get)\s+(?:passed|sent|fed|forwarded|taken)(?:\s+(?:on|back|up))?\s+(?:to|2)|go\s+(?:up\s+|back\s+)?(?:to|2)|get\s+(?:back\s+|through\s+)?(?:to|2)|reach)\b"
        + @"|(?:can|could|will|would)\s+(?:it|this|that|these|they|(?:my|our)\s+\w+)\s+(?:(?:be|get)\s+(?:passed|sent|fed|forwarded|taken|put|raised|logged|shared)|go\s+(?:up\s+|on\s+|through\s+|straight\s+)?(?:to|2)|go\s+(?:on|onto|in)\s+(?:the|an|a|next|their|your)\s+(?:\w+\s+)?(?:agenda|list|minutes|record)|get\s+(?:back\s+|through\s+)?(?:to|2)|reach)"
        + @"|(?:can|could|will|would)\s+(?:the\s+council|the\s+board|the\s+panel|the\s+team|someone|somebody|they|the\s+people\s+in\s+charge)\s+(?:please\s+)?(?:hear|be\s+told)\s+(?:that|this|about|what|how)\b)")]
    private static partial Regex PassOn();

    /// <summary>
    /// A request that someone act on what the message has just told, named by "it", "this" or "that": "..., can someone
    /// change it", "..., could the council sort this out". Only after another clause: alone ("can someone fix it") there
    /// is nothing told for it to point at. The one asked may be placed ("can someone at the council look into it", "could
    /// somebody in the leaving care team fix this"): where they work does not make the request a question. Being contacted about
    /// it ("..., can someone from the council contact me about this") and moving or remaking what was named ("..., can the council
    /// move them later", "can u make it bigger") are acting on it too; "can someone contact me" alone asks for help, not on what was told.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:can|could|will|would)\s+)?(?:someone|somebody|anyone|anybody|the\s+council|croydon|they|you|u|you\s+guys|u\s+guys)\s+(?:please\s+|pls\s+|just\s+|actually\s+|finally\s+)?(?:change|fix|sort|sort\s+out|improve|update|simplify|rewrite|redo|rethink|look\s+into|look\s+at|do\s+something\s+about|deal\s+with|move|make|(?:contact|ring|call|phone|email|text)\s+(?:me|us)(?:\s+back)?\s+about|get\s+back\s+to\s+(?:me|us)\s+about)\s+(?:it|this|that|them|these|those)\b")]
    private static partial Regex ActOnWhatWasTold();

    /// <summary>
    /// A change proposed to the council, a team or "they" after something told (<see cref="Proposal"/>: "my meeting was at 9am on a
    /// school day again, can they do them after school"): a suggestion, not a question for the guides. Not to "you": in a chat that is
    /// the bot, asked for something ("the report is so long, can u give me the main findings").
    /// </summary>
    private static bool ProposesToOthers(string joined) => Proposal.Matches(joined) && !ToTheBot().IsMatch(joined);

    [GeneratedRegex(@"^(?:(?:so|and|but|like|maybe|honestly)\s+)*\w+\s+(?:you|u|ya|yous)\b")]
    private static partial Regex ToTheBot();

    /// <summary>
    /// The request to act with the place of the one asked left out ("can someone at the council look into it" read as "can
    /// someone look into it"). Done on words, not in the pattern: an optional place inside it made the generated matcher
    /// run for minutes on some messages.
    /// </summary>
    private static bool ActsOnWhatWasTold(string joined)
    {
        var words = joined.Split(' ');
        var who = Array.FindIndex(words, w => w is "someone" or "somebody" or "anyone" or "anybody");
        if (who is < 0 or > 1 || who + 1 >= words.Length || words[who + 1] is not ("at" or "in" or "from" or "on"))
        {
            return ActOnWhatWasTold().IsMatch(joined);
        }
        // Up to four words of place ("at the housing office"), then the request itself.
        for (var skip = 2; skip <= 5 && who + skip < words.Length; skip++)
        {
            if (ActOnWhatWasTold().IsMatch(string.Join(' ', words[..(who + 1)].Concat(words[(who + skip)..]))))
            {
                return true;
            }
        }
        return ActOnWhatWasTold().IsMatch(joined);
    }

    /// <summary>
    /// Asking leave to tell ("can i leave a comment about ...", "could we share some ideas", "can i make a suggestion?"):
    /// a way of starting to give feedback, not a request for information; the model reads whether it is feedback or asks
    /// about it. "give", "leave", "share" and "send" need a word for what is told after them ("can i leave care at 17",
    /// "can i share my flat" ask). "can i complain ..." and "can i report ..." are left to be asked: they are as often
    /// questions about the process ("can i complain if im 16") or about a worry. Something unnamed sent or given counts when it goes
    /// to whoever hears feedback ("can i send summin to the council", "can i share something with you"), not elsewhere ("can i send
    /// something to my mum" asks).
    /// Round AC (route-ac): also something written, logged, jotted or typed ("can i write something for the council", "can i log a few
    /// points from our meeting", "can i just type them here"), and after a greeting ("yo can i say sumthing about ..."); "can i write my
    /// statement" and "can i log in" name no message and still ask.
    /// Round AE (route-ae): something passed on about someone or something ("can i pass on something nice about her", "can i give something
    /// positive about the hub"), and feedback with its thing between "feed" and "back" ("can i feed something back"); the model still decides.
    /// "can i send something to my mum" and "can i share something about myself" still ask.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:yo|hi|hey|hiya|hello|ok|okay|so|um|erm|right)\s+)*(?:can|could|may)\s+(?:i|we)\s+(?:just\s+|please\s+|pls\s+)?(?:(?:give|leave|share|send|pass\s+on|put\s+forward|put\s+in|make|drop|lodge|file|submit)\s+(?:(?:you|u|the\s+council|them|someone)\s+)?(?:(?:a|an|some|sum|my|our|me|the|any)\s+)?(?:(?:honest|quick|little|anonymous|positive|formal|few|big)\s+)?(?:feedback|comments?|reviews?|ratings?|suggestions?|ideas?|opinions?|views?|thoughts|points?|compliments?|complaint|shout\s*outs?|thanks|message|note|experience|story|2\s+cents|two\s+cents)\b"
        + @"|(?:send|give|share|pass\s+on)\s+(?:something|somethin|sumthin|summin|summat|smth|a\s+few\s+things|a\s+couple\s+of\s+things)\s+(?:to|2|with)\s+(?:the\s+council|croydon|you|u|yous|ya|them|someone|somebody|whoever|the\s+people|the\s+(?:\w+\s+)?(?:team|board|panel|forum))"
        + @"|pass\s+on\s+(?:something|sumthing|summat|summin|smth|a\s+(?:few|couple\s+of)\s+things)\s+(?:(?:nice|good|positive|kind|lovely|bad|negative)\s+)?about\b|(?:give|share|send|say)\s+(?:something|sumthing|summat|summin|smth)\s+(?:nice|good|positive|kind|lovely|bad|negative)\s+about\b"
        + @"|rate|suggest|put\s+(?:something|an?\s+idea|some\s+ideas)\s+forward|say\s+(?:something|somethin|sumthing|sumthin|summin|summat|a\s+few|a\s+couple)|(?:write|log|jot|note|type)\s+(?:down\s+|out\s+|up\s+)?(?:something|somethin|sumthing|sumthin|summin|summat|smth|a\s+bit|a\s+few\s+(?:things|points|thoughts)|some\s+(?:things|points|thoughts)|(?:them|these|those)\s+(?:here|in\s+here|on\s+here|in|out|up|down))|tell\s+(?:someone|somebody|you|u|yous|ya|the|them|whoever)|feed\s*back|feed\s+" + FedThing + @"\s+back)\b")]
    private static partial Regex LeaveToTell();

    /// <summary>
    /// A statement turned into a question at its end: "is that right", "doesnt it", "right", "yeah", "or what". Not a verb
    /// phrase that ends the same way ("they said i could do it", "i want to do it"), nor one whose subject is a person named by what
    /// they did ("thanks to whoever did that", "shout out to everyone who did it").
    /// Round AE (route-ae): nor an auxiliary whose subject stands before it ("... and that was it", "this is it": the story's end),
    /// nor "right" as what something is said to be ("its not right", "that aint right", "they treat us like its all right"): a
    /// verdict, the complaint itself; "so i get 3k right" still checks.
    /// </summary>
    [GeneratedRegex(@"\b(?:is\s+(?:that|it|this)\s+(?:right|true|correct|so|still\s+a\s+thing)|(?<!\b(?:i|you|u|we|they|he|she|could|would|should|can|will|to|must|might|cant|wont|dont|not|who|whoever|whatever|someone|somebody|everyone|everybody|anyone|nobody|that|this)\s)(?:does|is|was|do|are|did|has|have|can|will|would|should|wo)(?:nt)?\s+(?:it|they|he|she|i|you|u|we|that|there)|or\s+(?:not|what|nah|no)|innit|yeah|yea|yh|(?<!\b(?:not|isnt|aint|its|is|was|wasnt|be|feel|feels|felt|seem|seems|thats|just|all|quite|nothing|aint\s+never)\s)right)$")]
    private static partial Regex TagQuestion();

    /// <summary>
    /// Something heard, to be checked: "someone told me the exemption only lasts till 22", "i heard the bursary went up", "my
    /// cousin reckons the grant covers a sofa" (what someone believes, passed on to be checked).
    /// Only what was said about a thing, not what was promised to the person ("i was told i'd get a PA" tells), nor when it was said
    /// ("they told me the day before i had to move", "my PA said at the last minute ..."): being told late is a story, not a claim.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:some\s*(?:one|body|1)|people|my\s+\w+|they)\s+(?:told\s+me|said|says|reckons|thinks|swears|keeps\s+saying)|i\s+(?:heard|read|saw)|ive\s+heard|heard)\s+(?:that\s+)?(?!(?:the\s+)?(?:day|night|week|morning|evening|weekend|month)\s+(?:before|of|after)\b|on\s+the\s+day\b|at\s+the\s+last\b)(?:the|care\s+leavers|croydon|it|its|theres|there|you|u)\b")]
    private static partial Regex Hearsay();

    /// <summary>
    /// A clause joined on to what came before ("..., and they said the sessions are too far"): something heard there is
    /// part of a story being told, not a claim put up for checking.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:and|but|then|n|an)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesAStory();

    /// <summary>
    /// A question opened by a negated auxiliary and its subject, which asks as the plain one does and expects a yes: "isnt there
    /// something for care leavers", "doesnt the council have to help", "arent we meant to get it at 18". Not a statement that left
    /// its subject out ("cant get to sessions", "doesnt work", "didnt happen"): the word after the auxiliary must be a subject; nor
    /// "isnt it (about) time ...", which demands. Round AA: a named body as the subject ("didnt croydon lose its rating", "doesnt
    /// ofsted check that") and "dont" with a person and a verb ("dont u automatically get the full grant"); not "dont worry/forget/
    /// even ...", which tell.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:isnt|arent|wasnt|werent|doesnt|didnt|shouldnt|wouldnt|couldnt|hasnt|havent)\s+(?:there|it(?!\s+(?:about\s+)?time\b)|that|this|they|he|she|we|you|u|i|the|my|your|our|care|croydon|ofsted|council|social\s+services)|dont\s+(?:you|u|i|we|they|care\s+leavers)(?!\s+(?:dare|worry|forget|bother|mind|even|know|think|get\s+me))\s+\w+)\b")]
    private static partial Regex NegativeQuestion();

    /// <summary>
    /// Round AR (route-ar): true when the clause asks which of two is so ("still the same or have they fixed it"): a question of fact,
    /// however the story before it reads (<see cref="AlternativeQuestion"/>).
    /// </summary>
    public static bool AsksWhichOfTwo(string clause) => AlternativeQuestion().IsMatch(string.Join(' ', Words(clause)));

    /// <summary>
    /// The second half of a question that offers two answers, run on without a mark: "2k a year or is it a one off", "do i apply
    /// or does my PA do it". "or" then an auxiliary and its subject; "or not", "or what" end a tag question (<see cref="TagQuestion"/>).
    /// Round W (route-w2): a perfect "or has/have" asks whether something changed since ("still as bad or have they fixed it", "the
    /// 2019 report, still current or has there been another"), and "or more like" offers a second kind of a thing named without a
    /// verb ("a real job or more like volunteering"): the story before either is the reason for asking, not feedback.
    /// </summary>
    [GeneratedRegex(@"\bor\s+(?:is|are|was|were|does|do|did|can|will|would|should|has|have|had)\s+(?:it|that|this|there|they|he|she|i|we|you|u|my|the)\b|\bor\s+(?:is\s+it\s+|its\s+)?more\s+like\b")]
    private static partial Regex AlternativeQuestion();

    /// <summary>
    /// A question asked by inversion straight after a statement, with no mark between: "my brother is 15 can he come to the
    /// forum", "i moved to sutton does she still have to visit". Only a modal or "do" before the person ("the thing is she never
    /// rang" tells), and not after a word that inverts a statement ("never did they ring", "so do i", "nor can we"), a question
    /// word (read already), "to" ("no idea what to do they never listen") or a person ("i did i swear").
    /// </summary>
    [GeneratedRegex(@"^\S+\s.*?(?<!\b(?:not|never|nor|neither|so|as|than|only|once|seldom|rarely|hardly|to|i|you|u|we|they|he|she|it|what|how|why|where|when|who|which|that|if|whether)\s)\b(?:can|could|will|would|should|does|do|did)\s+(?:she|he|they|i|we)\s+\w+")]
    private static partial Regex RunOnQuestion();

    /// <summary>
    /// Round AE (route-ae): an auxiliary that asks about a doing ("can being an ambassador lead to a job", "does being a care leaver make
    /// any difference"): <see cref="QuestionShape"/> reads "being" after an auxiliary as a left-out subject's verb ("is being ignored"), so
    /// "being" with a thing after it is read here. Not in QuestionShape: its reading is part of the text the learned model was trained on.
    /// </summary>
    [GeneratedRegex(@"^(?:\w+\s+){0,2}?(?:is|can|could|would|will|does|did|should)\s+being\s+(?:a|an|the|in|on|my)\s+\w")]
    private static partial Regex DoingAsTheSubject();

    /// <summary>
    /// Round AF (route-af): an apology's "if" ("sorry if this isnt the right place but my PA ...", "apologies if this is long") sets no
    /// condition for a question: what follows is told. <see cref="Words"/> drops "sorry" as a lead-in, so the clause's own text is read.
    /// A question after a "but" ("sorry if this is dumb but does ...") is parted off and still asks.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:hi|hey|hello|hiya|ok|so|um|erm)\W+)*(?:sorry|soz|apologies|excuse\s+me|forgive\s+me)\W+(?:(?:in\s+advance|again)\s+)?if\b", RegexOptions.IgnoreCase)]
    private static partial Regex ApologysIf();

    /// <summary>
    /// Round AF (route-af): a part of something named first, then asked about by a word pointing back at it, with no mark between: "n the
    /// care leavers bit was that good 2 or just overall", "the 2020 one was it any better". With a comma ("the housing bit, was that any
    /// better") the clause already opens as a question. Not "was that" opening what was so ("the worst part was that nobody rang", "the
    /// best bit was that my PA came"): a person, a thing or a clause after it tells.
    /// </summary>
    [GeneratedRegex(@"\b(?:bit|bits|part|parts|one|ones|side|section|sections|judgement|rating)\s+(?:was|were|is|are)\s+(?:that|it|they|this)\s+(?!(?:i|im|id|ive|we|they|he|she|my|our|their|his|her|the|a|an|you|u|it|its|there|theres|nobody|no|nothing|noone|everyone|everybody|someone|somebody|people|care|croydon|all|some|most|when|what|how|why|where|who|because|cos|if|so)\b)\w+")]
    private static partial Regex TopicThenPointingBack();

    /// <summary>A condition, then the question: "if i end up homeless does the council have to help me".</summary>
    // Round AC (ctx-ac): the question's subject may be anyone at all ("if i complain about my worker will someone help me").
    // Round AE (route-ae): or a doing named as the subject after a modal ("if i had to go to the council would being a care leaver
    // help", "if i moved would having a PA still count"); "-thing" words are objects ("if u do anything"), and "am"/"is"/"are"
    // before "-ing" tell ("if i am going to ...").
    [GeneratedRegex(@"^(?:if|when|once|after|before|since|as\s+soon\s+as)\b.*\b(?:(?:does|do|did|will|can|could|would|should|am|is|are)\s+(?:i|the|they|he|she|you|u|we|my|it|that|there|someone|somebody|anyone|anybody|some1|sum1|any1|people)\b|(?:will|can|could|would|should|does|did)\s+(?!\w*thing\b)\w{2,}ing\s+\w)")]
    private static partial Regex ConditionThenQuestion();

    /// <summary>
    /// Wanting to know or to ask: "i'd like to know when", "i want to ask about", "i just wanna know what" (a word such as "just"
    /// between the asker and the wanting), "just wondering if", also in a formal
    /// frame ("I should like to know what ...", "I would be grateful to know ...", "I am keen to learn ...", "I am writing to
    /// request information on ...").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:i|we)\s+(?:would|d|should)\s+(?:like|love|be\s+(?:grateful|glad|interested|keen|pleased|curious))|(?:id|wed)\s+(?:like|love|be\s+(?:grateful|glad|interested|keen|pleased|curious))|(?:i\s+am|im|we\s+are|were)\s+(?:keen|interested|curious|dying|desperate|itching|eager|gagging)|i\s+(?:(?:just|really|only|actually|honestly|literally)\s+)?(?:want|wanna|need)|(?:just\s+)?(?:wanna|want|need))\s+(?:to\s+)?(?:know|find\s+out|learn|check|enquire|inquire|ask\s+(?:about|if|whether|how|what|when|why|who|where|a\s+question|something))|(?:i\s+was\s+|was\s+|im\s+|i\s+am\s+)?wondering|(?:(?:i|we)\s+am\s+|im\s+|(?:i|we)\s+are\s+)?writing\s+to\s+(?:ask|enquire|inquire|request|find\s+out|seek)|(?:i\s+(?:would|d)\s+like\s+to\s+|id\s+like\s+to\s+)?request\s+(?:some\s+)?(?:information|details))\b")]
    private static partial Regex WantsToKnow();

    /// <summary>
    /// A request for something to be found or suggested, with no question word: "any tips for ...", "need a name for my dog",
    /// "best way to get rid of ...". Not wanting more of a service ("need more youth workers for the estate" tells).
    /// Round W (route-w2): the thing wanted named with no verb, "best trainers for running in", "cheapest gym near croydon", "meaning of
    /// 'corporate parent'": a superlative before what it is for, or "meaning of". A verb after it tells ("best thing for me was the
    /// hub", "best PA in croydon ever", "the best part of the forum is the food"), and so does a superlative of a person or a part.
    /// Round Y (route-y): "recommend" as an order to the bot with what is wanted after it, "recommend horror films like ... pls",
    /// "pls recommend some songs for a breakup": the person wants something for themselves. Not "recommend more ..." or "recommend
    /// that/the council ...", which propose a change. And "anything for my sister shes 13", "anything like free gym": what is wanted,
    /// named after "anything" with no verb, asks whether there is such a thing.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:(?:pls|plz|please|ok|so|hey|hi|yo|can\s+(?:u|you)|could\s+(?:u|you))\s+)*(?:recommend|recomend|reccomend)\s+(?:me\s+|us\s+)?(?!(?:more|less|that|the\s+council|croydon|they|the\s+team|you|u)\b)(?:(?:some|a|an|any|good|decent|sum)\s+)?\w+|(?:anything|owt|any\s+(?:groups?|clubs?|support|help|activities|events|sessions))\s+(?:for|like)\s|(?:(?:any|got\s+any|need\s+(?:some|any))\s+(?:good\s+)?(?:tips|ideas|advice|recommendations|recs|suggestions)\b|(?:\w+\s+){0,3}?tips\s+(?:for|to|on)\b|(?:need|looking\s+for)\s+(?!more\b|better\b|less\b|fewer\b)(?:(?:a|an|some)\s+)?(?:\w+\s+){0,2}?for\s+(?:my|a|an|the)\s|(?:the\s+)?(?:best|easiest|quickest|cheapest|fastest)\s+way\s+to\b|(?:the\s+)?(?:meaning|definition)\s+of\s|(?:the\s+)?(?:best|cheapest|easiest|quickest|fastest|safest)\s+(?!(?:thing|things|part|bit|day|time|person|people|worker|workers|pa|pas|support|team|staff|one|ones|service|experience)\b)(?:\w+\s+){1,2}?(?:for|to|in|near)\s+(?!.*\b(?:is|was|are|were|has|have|had|ive|been|ever|did|made|gave|helped)\b)))")]
    private static partial Regex AsksForSomething();

    /// <summary>
    /// Round AG (route-ag): "anything i should say to my work coach", "anyone i can talk to about money", "any way we can get it
    /// sooner": "is there" left off, the thing looked for opens the clause and the person's own "should", "can" or "need to" follows.
    /// It asks whether such a thing exists, whatever the words after it name (the model read the first as feedback to offer, 0.83).
    /// Without the person's modal it may tell ("anything i say gets ignored").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:and|n|so|ok|okay|also|oh|hmm|um|right)\s+)*(?:anything|anythin|owt|anyone|anybody|any1|anywhere|any\s+(?:way|chance|point|help|support|advice|tips))\s+(?:else\s+)?(?:that\s+)?(?:i|we)\s+(?:should|shud|shld|can|could|need\s+to|needa|ought\s+to|must|have\s+to|gotta|got\s+to|might|may)\b")]
    private static partial Regex AsksWhetherThereIsWithoutIsThere();

    /// <summary>
    /// A question after a frame naming what it is about: "in the film who dies at the end", "in that game can you ...". The
    /// question word or auxiliary comes after the frame, so the clause does not open with it.
    /// </summary>
    [GeneratedRegex(@"^in\s+(?:\w+\s+){1,4}?(?:(?:who|what|wat|which|why|how|where|when)\s+\w+|(?:does|do|did|can|could|is|are|was|were)\s+(?:the|a|an|you|u|i|he|she|they|it|we|his|her|their)\b)")]
    private static partial Regex FramedQuestion();

    /// <summary>
    /// A request for the bot itself to do or tell something: "tell me more", "translate this", "explain", "confirm", also in a
    /// polite frame ("i would be grateful if you could summarise ...", "kindly inform me whether ...").
    /// </summary>
    [GeneratedRegex(@"^(?:(?:i\s+(?:would|d)|id|it\s+(?:would|d))\s+(?:be\s+(?:grateful|great|helpful|good)|appreciate\s+it)\s+if\s+(?:you|u)\s+(?:could|can|would)\s+(?:please\s+|kindly\s+)?|(?:can|could|will|would)\s+(?:you|u|someone|anyone|somebody|anybody)\s+(?:please\s+|kindly\s+)?|kindly\s+|please\s+)?(?:tell\s+(?:me|us)|translate|explain|check|confirm|clarify|advise\s+(?:me|us|on|whether|if)|inform\s+(?:me|us)|let\s+(?:me|us)\s+know|show\s+me|give\s+me|help\s+me|find\s+me|send\s+me|remind\s+me|describe|summari[sz]e|define|look\s+up|list|(?:suggest|recommend)\s+(?:some|a|an|any|me|good|somewhere|something))\b")]
    private static partial Regex AsksTheBot();
}
