using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Tells what kind of fact a question asks for, and whether a text holds one: a "when" question wants a
/// date, "how much" an amount, "how often" a frequency. Plain patterns over the question as typed
/// (text speak included), so they cost microseconds and say why they matched.
/// </summary>
public static partial class QuestionKinds
{
    public static QuestionKind Of(string question) => Remembered(ref t_kinds, question, s_work);

    // A turn asks this of the same question several times, one after another on the thread running it (the re-ranker's
    // facts once per search, each "is the amount asked missing" check, the composer), and of the same few texts: the
    // question, its readings with the conversation's words, the conversation's terms. The kind is a function of the text
    // alone (patterns with no time limit), so each thread keeps its last few answers: nine patterns over the lower-cased
    // text otherwise, and five more for the kind in a conversation. Sixteen, as a turn with a conversation behind it reads
    // more than four texts (four let most of the re-ranker's questions fall out before they came back).
    private static QuestionKind Remembered(ref RememberedKinds? slot, string question, Func<string, QuestionKind> work)
    {
        var remembered = slot ??= new RememberedKinds();
        for (var i = 0; i < RememberedKinds.Size; i++)
        {
            if (string.Equals(remembered.Texts[i], question, StringComparison.Ordinal))
            {
                return remembered.Kinds[i];
            }
        }
        var kind = work(question);
        remembered.Texts[remembered.Next] = question;
        remembered.Kinds[remembered.Next] = kind;
        remembered.Next = (remembered.Next + 1) % RememberedKinds.Size;
        return kind;
    }

    // Made once: a method group passed at each call is a new delegate per call.
    private static readonly Func<string, QuestionKind> s_work = Work;
    private static readonly Func<string, QuestionKind> s_workInConversation = WorkInConversation;

    [ThreadStatic]
    private static RememberedKinds? t_kinds;

    [ThreadStatic]
    private static RememberedKinds? t_kindsInConversation;

    /// <summary>A thread's last few texts and their kinds, oldest overwritten first.</summary>
    private sealed class RememberedKinds
    {
        public const int Size = 16;
        public readonly string?[] Texts = new string?[Size];
        public readonly QuestionKind[] Kinds = new QuestionKind[Size];
        public int Next;
    }

    private static QuestionKind Work(string question)
    {
        var q = question.ToLowerInvariant();
        // Legal status first: "is the £3000 grant guaranteed by law" asks whether, not how much.
        return LegalAsked().IsMatch(q) ? QuestionKind.Legal
            : WordsAsked().IsMatch(q) ? QuestionKind.Words
            : HowOftenAsked().IsMatch(q) ? QuestionKind.HowOften
            : AgeAsked().IsMatch(q) ? QuestionKind.Age
            : ShareAsked().IsMatch(q) ? QuestionKind.Share
            : HowMuchAsked().IsMatch(q) ? QuestionKind.HowMuch
            : HowManyAsked().IsMatch(q) ? QuestionKind.HowMany
            : WhenAsked().IsMatch(q) ? QuestionKind.When
            : AsksAShortfall(q) && !JudgementSides.AsksAStrength(q) ? QuestionKind.Shortfall
            : WhoToAskAsked().IsMatch(q) ? QuestionKind.WhoToAsk
            : WhoAsked().IsMatch(q) ? QuestionKind.Who
            : QuestionKind.General;
    }

    /// <summary>
    /// The kind of fact asked in a conversation, a judgement included ("how did croydon do on care leavers"): what a
    /// follow-up asking the same again of another year carries. Not used to rank or compose a question on its own,
    /// where preferring graded sentences lost the answer to "which one didn't get a good" (measured on quality-e/g).
    /// </summary>
    public static QuestionKind InConversation(string question) => Remembered(ref t_kindsInConversation, question, s_workInConversation);

    private static QuestionKind WorkInConversation(string question)
    {
        var q = question.ToLowerInvariant();
        // Before the other kinds: "how much was it before that" asks the old amount, not the amount just given again.
        return EarlierAsked().IsMatch(q) ? QuestionKind.Earlier
            // Before the other kinds: "when are they open" asks the hours of the service just answered, not a date.
            : HoursAsked().IsMatch(q) ? QuestionKind.Hours
            : CoverageAsked().IsMatch(q) || PlaceSaid().IsMatch(q) ? QuestionKind.Coverage
            // Round AI (conv-ai): before the other kinds: "whats their number" asks a phone number, which no "who" pattern holds
            // better than the team's name does.
            : PhoneAsked().IsMatch(q) ? QuestionKind.Phone
            // Round AI (conv-ai): "am i too young at 15" after how to join asks that thing's age rule. Only in a conversation: asked
            // alone ("im 13 is there a group for me or am i too young") an age kind ranked the law's age groups of care leavers over
            // the children in care council's sessions (AL-q-112).
            : TooYoungAsked().IsMatch(q) ? QuestionKind.Age
            // Someone's age said as the message's end ("anything for my sister shes 13", "and my cousin whos 5"): the age rule of the
            // thing just answered, for them (which group is theirs). Before the other kinds: "whos 5" asks no "who".
            : AgeOfTheirsSaid().IsMatch(q) ? QuestionKind.Age
            // Round AJ (conv-aj): "is that every year?", "do i get it each year", "is it a one off" ask how often the thing just
            // answered is paid, as "how often" does; the section says it ("the total for the whole course, not per year"). Only in a
            // conversation: alone the yes-or-no question names its own subject, and the kind there feeds the re-ranker.
            : FrequencyAskedYesOrNo().IsMatch(q) ? QuestionKind.HowOften
            : Of(question) is var kind && kind != QuestionKind.General ? kind
            // An age said of the asker ("can i get it if im 19", "what if im 22 by then") asks the age rule of the thing just answered:
            // whether that age is inside it. Only in a conversation: alone, "im 19 and homeless" asks for help, not an age.
            : AskerAgeSaid().IsMatch(q) ? QuestionKind.Age
            : RatingAsked().IsMatch(q) ? QuestionKind.Rating
            : HowLongAsked().IsMatch(q) ? QuestionKind.HowLong
            : QuestionKind.General;
    }

    /// <summary>
    /// True when the question asks about the asker's own steps ("when can i...", "when do i get...", "wen will i"):
    /// a "when" about a person's life is often answered with an age ("from 18"), not a date.
    /// </summary>
    public static bool AsksAboutAsker(string question) => AskerAsked().IsMatch(question.ToLowerInvariant());

    /// <summary>
    /// The later part of a question that asks a second kind of fact ("how much is it <b>and when can i take it out</b>",
    /// "whats the grant, how often is it paid"), or null: a question asks one kind, read from its whole text, and a lead
    /// sentence holding that kind said nothing of the second. Only a part opening with a question word after "and", "but",
    /// "also", "plus" or a clause break, and only when its kind is another than the whole question's.
    /// </summary>
    public static string? LaterAsking(string question)
    {
        var lower = question.ToLowerInvariant();
        var first = Of(question);
        foreach (Match later in LaterQuestion().Matches(lower))
        {
            var part = lower[later.Index..].TrimStart(' ', ',', ';', '?', '&');
            part = LaterLink().Replace(part, string.Empty);
            if (Of(part) is var kind && kind != QuestionKind.General && kind != first)
            {
                return part;
            }
        }
        return null;
    }

    // A question word after a link or a clause break: where a second question starts.
    [GeneratedRegex(@"(?:\b(?:and|but|also|plus|n)\b|[,;?&])\s*(?:(?:and|also|then)\s+)?(?=(?:when|wen|how|what age|wat age|who|whos|where|what year|which year)\b)")]
    private static partial Regex LaterQuestion();

    [GeneratedRegex(@"^(?:(?:and|but|also|plus|n|then)\s+)+")]
    private static partial Regex LaterLink();

    /// <summary>
    /// Words that ask for <paramref name="kind"/> ("grade" for a judgement): a follow-up that asks the same question of
    /// another year ("and in 2020?") carries the conversation's kind with them.
    /// </summary>
    public static string? WordsFor(QuestionKind kind) => kind switch
    {
        QuestionKind.When => "when",
        QuestionKind.HowMuch => "how much",
        QuestionKind.HowOften => "how often",
        QuestionKind.Age => "what age",
        QuestionKind.Who => "who",
        QuestionKind.HowMany => "how many",
        QuestionKind.Share => "what percent",
        QuestionKind.Legal => "by law",
        QuestionKind.Rating => "grade",
        QuestionKind.Words => "what words",
        QuestionKind.WhoToAsk => "who do i ask",
        QuestionKind.Shortfall => "what must improve",
        QuestionKind.HowLong => "how long",
        QuestionKind.Earlier => "before that",
        QuestionKind.Phone => "phone number",
        _ => null,
    };

    /// <summary>
    /// True when lower-cased <paramref name="question"/> names someone or something a judgement is said of (they, Croydon, the
    /// council, its services, Ofsted, an inspection or report, a year, an area or part): "what if my pa is bad" names none.
    /// </summary>
    public static bool NamesAJudgedSubject(string question) => ShortfallOf().IsMatch(question);

    /// <summary>True when lower-cased <paramref name="question"/> asks for the weak part of a judgement, whatever else it asks.</summary>
    public static bool AsksAShortfall(string question) => ShortfallAsked().IsMatch(question) && ShortfallOf().IsMatch(question);

    /// <summary>
    /// True when lower-cased <paramref name="question"/> asks for the weak part of something, judged subject named or not ("what
    /// still needs work"): in a conversation about a judgement the subject is the one just answered.
    /// </summary>
    public static bool AsksAShortfallOfAnything(string question) => ShortfallAsked().IsMatch(question);

    /// <summary>True when the question can be answered yes or no ("can I...", "is it...", "do I...").</summary>
    /// <summary>
    /// True when a question asks for an inspection's judgement ("whats the ofsted rating for croydon", "how did they do"). Only
    /// the composer reads it for a question asked alone (<see cref="AnswerComposer"/>): as a kind that ranks and vetoes
    /// passages it lost answers ("which one didn't get a good", round K).
    /// </summary>
    public static bool AsksARating(string question)
    {
        var q = question.ToLowerInvariant();
        return RatingAsked().IsMatch(q) || GradeAskedInAPart.In(q);
    }

    public static bool IsYesNo(string question) => YesNoAsked().IsMatch(question.ToLowerInvariant().TrimStart());

    /// <summary>True when <paramref name="text"/> holds the kind of fact <paramref name="kind"/> asks for.</summary>
    public static bool Holds(QuestionKind kind, string text) => kind switch
    {
        QuestionKind.When => HasDate().IsMatch(text),
        QuestionKind.HowMuch => HasAmount().IsMatch(text),
        QuestionKind.HowOften => HasFrequency().IsMatch(text),
        QuestionKind.Age => HasAge().IsMatch(text),
        QuestionKind.Who => HasWho().IsMatch(text),
        QuestionKind.HowMany => HasCount().IsMatch(text),
        QuestionKind.Share => HasShare().IsMatch(text),
        QuestionKind.Legal => HasLegal().IsMatch(text),
        QuestionKind.Rating => HasRating().IsMatch(text),
        QuestionKind.Words => HasQuotation().IsMatch(text),
        QuestionKind.WhoToAsk => HasSomeoneToAsk().IsMatch(text),
        QuestionKind.Shortfall => HasShortfall().IsMatch(text),
        QuestionKind.HowLong => HasLength().IsMatch(text),
        QuestionKind.Earlier => HasEarlier().IsMatch(text),
        QuestionKind.Hours => HasHours().IsMatch(text),
        QuestionKind.Coverage => HasCoverage().IsMatch(text),
        QuestionKind.Phone => HasPhone().IsMatch(text),
        _ => false,
    };

    // Asking for someone's own words: "what words did ofsted use", "how did the report describe staff", "what did they call it", "quote".
    [GeneratedRegex(@"\b(what|which|wat|wot) (exact )?words?\b|\bhow (did|does|do|has|have) .{0,40}\bdescribed?\b|\bwhat did .{0,40}\bcall\b|\b(quote|quoted|quotes|phrase)\b|\bdescribed? (croydons?|the|their|its|it|them|staff|social workers)\b")]
    private static partial Regex WordsAsked();

    // A quotation of a few words: "described staff as 'tenacious, committed and skilled'", not the apostrophe of "Croydon's".
    [GeneratedRegex(@"(^|[\s(])['\u2018\u201C""][A-Za-z][^'\u2019\u201D""]{3,}?[A-Za-z.,!]['\u2019\u201D""](?=[\s.,;:)!?]|$)")]
    private static partial Regex HasQuotation();

    // How a payment comes is a frequency too ("how do they pay it": in instalments or in one go): "is it paid every year or just once", "does it come all at once", "in instalments?".
    // "how many times" is a frequency with a period after it ("how many times a month") or asked of what keeps happening ("how
    // many times should a pa see me"); of the past, or alone, it asks a count ("how many times did they come", "how many times"
    // after Ofsted kept checking: seven visits, which no "every two months" of a PA's visits answers).
    [GeneratedRegex(@"\b(how often|how regularly|how frequently|every how|how many times (a|per|each|every|in a) (day|week|fortnight|month|term|year)|how many times (should|shud|do|does|will|would|can|could|must|am|is|are|r)|all at once|in one go|just once|only once|one payment|one lump|lump sum|in (instalments|installments|parts|chunks|stages)|(every|each|per) year or|(paid|pay it|pays it|paid out|get it|come|comes) (every|each|per) (year|month|week|term))\b|\bhow (do|does|will|would|is|are|r) (they|it|the council|croydon|croydons|the money|the bursary|the grant) (pay|paid|be paid|get paid|paid out|come|arrive|given)( (it|them|this|that|me|out|to me))?\W*$")]
    private static partial Regex HowOftenAsked();

    // A yes-or-no question ending on a frequency: "is that every year?", "do u get it each month or", "is it a one off".
    [GeneratedRegex(@"^((so|and|n|but|ok|okay|wait) )*(is|does|do|will|would|r|are|can|should|shud|was)\b.{0,40}\b((every|each|per|once a) (year|yr|month|week|term)|yearly|annually|monthly|weekly|termly|a one ?-?off|one ?-?off|every time)\b( (or|tho|though|then|too|yeah|still)\b.{0,30})?\W*$")]
    private static partial Regex FrequencyAskedYesOrNo();

    [GeneratedRegex(@"\b(how old|what age|wat age|which age|till what|until what|up to what|age limit|age range|ages?\b.{0,20}\b(for|to join|can)|\bages?\W*$)")]
    private static partial Regex AgeAsked();

    // A pound sign asks an amount only with a figure ("is it £3000"): alone it means money ("do ambassadors get £ for it").
    [GeneratedRegex(@"(\bhow much\b|\bhow mutch\b|\bamount\b|£\s?\d|\b\d+k\b|\bgrand\b|\bcost\b|\bprice\b|\bfee\b|\bhow many pounds\b)")]
    private static partial Regex HowMuchAsked();

    [GeneratedRegex(@"\b(by law|legally|legal (right|duty|requirement)|the law say|required by law|statutory|guaranteed|in force|a right to|entitled by law)\b")]
    private static partial Regex LegalAsked();

    // What a legal-status answer says: a law, a duty, guidance or advice (not law), or that a law has not started.
    [GeneratedRegex(@"\b(law|laws|legal|legally|statutory|guidance|duty|in force|Act \d{4}|regulations|advice to councils|not started|had not started)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasLegal();

    // How long something takes or lasts ("how long does it take", "how long were the inspectors there", "how soon will i get it");
    // not "how long ago", which asks when (WhenAsked comes first).
    [GeneratedRegex(@"\bhow (long|soon|quick|quickly|fast)\b(?! ago)")]
    private static partial Regex HowLongAsked();

    // A length of time: a count of days to years ("within about 7 weeks", "for two years"), what something lasts until ("lasts
    // until the day before your 26th birthday"; round AI: the age it ends at, "keep living with their foster carer until age 21",
    // "from 21 up to 25", which answers "how long can u do it for"), or a span between two dates ("from 20 June to 13 July", "from 14 to 25 October").
    // Not a bare "until" or "takes": most sentences saying them tell no length.
    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)( working)? (days?|weeks?|months?|years?)\b|\blasts? until\b|\b(until|till|up to) (age |the age of )?\d{2}\b(?! (January|February|March|April|May|June|July|August|September|October|November|December))|\buntil (you are|you're|youre|they are|they're) \d{2}\b|\buntil (your|their) \d{2}(st|nd|rd|th) birthday\b|\bfrom \d{1,2}( [A-Z][a-z]+)?( \d{4})? to \d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasLength();

    // What something was before it became what it is, asked of the thing just answered: "was it always that much", "has it always
    // been like that", "what was it before that", "and before that what was it", "did it use to be less", "how much was it
    // originally". Not "do u always get that much" (every time, not earlier), nor a bare "and before that?" (the last year's
    // inspection before it: the timeline's move, TimelineMove), nor "wait before that, how much is ..." (a question put first).
    [GeneratedRegex(@"\b(was|were|has|have|had) (it|that|they|this|the (amount|rule|limit|age|grant|allowance|bursary|rate|payment))( \w+)? always\b|\b(what|wat|wot|how much) (was|were) (it|that|they|the \w+)( like)? (before|b4|befor|originally|previously|at first)\b|\b(before|b4|befor) (that|then),? (what|wat|wot|how much) (was|were) (it|that|they)\b|\b(did|does) (it|that|they|the \w+) (use|used) to\b|\bused to be\b"
        // A comparison with before asks what it was before: "was it less before", "is that better than before", "was it worse b4".
        + @"|\b(is|was|were|are) (it|that|they|this|the \w+) (any )?(less|more|lower|higher|cheaper|smaller|bigger|worse|better|different)( than)?( (it|they) (was|were|used to be))? (before|b4|befor|previously|originally|at first)\b")]
    private static partial Regex EarlierAsked();

    // What held before: "Before that, the amount was £2,000", "previously", "used to", what held until or before a year or date
    // ("until 2021", "before April 2023"). Not when a rule began ("the rule since 31 May 2021"): said first, it would lead, and
    // the sentence after it, the old rule, is what was asked.
    [GeneratedRegex(@"\b(before that|before then|until then|previously|used to|originally|formerly)\b|\b(before|until) (\d{1,2} )?((January|February|March|April|May|June|July|August|September|October|November|December) )?(19|20)\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasEarlier();

    // Round AF (conv-af): when a service can be reached: "what hours are they open", "wat times r they open", "when do they close",
    // "opening times", "are they open at weekends", "can i ring them at night". Not "what time is the meeting" (no opening asked)
    // nor "how many hours" (a count).
    // Round AK (sent-ak): or asked alone of the thing just answered, in a short question: "what hours is that", "wat times r they",
    // "which hours", "what times can i ring them".
    [GeneratedRegex(@"^((so|and|n|ok|okay|wait|but) )*(what|wat|wot|which) (hours|times)( (is|are|r|was|does|do) (that|it|this|they|them|those|these))?\W*$|\b(what|wat|wot|which) (hours|times) (can|could|do|should|shud) (i|u|you|we) (ring|call|phone|contact|reach|text)\b|\bopening (hours|times)\b|\b(what|wat|wot|which) (hours|times?)\b.{0,25}\b(open|opens|close|closes|shut|shuts|answer|answers|available|on)\b|\b(when|wen) (are|r|is|do|does) (they|it|them|the (line|lines|phone|phones|helpline|office|team))( \w+)? (open|close|shut|answer)\b|\b(open|opens|available|answer|answers)( \w+)? (at|on|over|in) (the )?(weekends?|nights?|night time|evenings?|saturdays?|sundays?|bank holidays?)\b|\b(can|could) i (ring|call|phone) (them|it|they)( \w+)? (at|on|in) (the )?(weekends?|nights?|evenings?)\b")]
    private static partial Regex HoursAsked();

    // A time of day or days of the week a service keeps: "Monday to Friday, 9.30am to 6pm", "weekdays 5pm to 9am", "open 24 hours".
    [GeneratedRegex(@"\b\d{1,2}([.:]\d{2})? ?(am|pm)\b|\b(Monday|Mon) to (Friday|Fri|Saturday|Sat|Sunday|Sun)\b|\bweekdays?\b|\b24 hours\b|\bday or night\b|\bat weekends\b|\ball day\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasHours();

    // Round AF (conv-af): where the thing just answered applies: "does it work in scotland", "does that apply in wales too", "is it
    // the same in other boroughs", "is it only for croydon", "does every council do it". Not "does it work" alone (whether it
    // works), nor "can i use it in the shop" (a place of use: the word after "in" is a kind of place, not a country or council).
    [GeneratedRegex(@"\b(does|do|is|will|would|can|could) (it|that|this|they|the \w+)( \w+)? (work|apply|count|cover|covers|exist|valid|available|run|the same)( \w+)? (in|for|across|outside) (scotland|wales|england|northern ireland|the uk|uk|london|other (councils?|boroughs?|areas?|places?)|every (council|borough)|all (councils|boroughs)|another (council|borough|area|country))\b|\b(is|does) (it|that|this) (just|only) (for|in) (croydon|london|england)\b|\b(every|all|other) (councils?|boroughs?) (do|does|give|pay|offer|have)\b")]
    private static partial Regex CoverageAsked();

    // Round AK (sent-ak): where the thing just answered holds, asked by naming a place the asker would be in: "can i still use it
    // if i move to scotland", "does it work if i live in wales", "what if i moved out of london", "is it the same if im in another
    // borough". A country of the UK other than England is always such a question here (every guide is about England); another
    // council or area only as where the asker moves or lives. Not "can i live in my flat" (no place a rule is limited to).
    [GeneratedRegex(@"\b(in|to|from|for|of) (scotland|wales|northern ireland)\b|\b(move|moved|moving|live|lived|living|stay|staying|go|going|relocate|relocating) (to|in|into|out of|outside( of)?|abroad|away from) (another|a different|other|a new) (council|borough|area|city|country|part of (the )?(uk|country))\b|\b(move|moved|moving|live|lived|living|go|going) (out of|outside( of)?|away from) (london|croydon|england|the uk|the country|the borough)\b|\b(move|moved|moving|go|going|live|living) abroad\b")]
    private static partial Regex PlaceSaid();

    // Where a rule holds: a country or city it is for ("in England", "across London"), every council, or a limit to one council's own.
    // Round AH (conv-ah): or that councils differ ("councils can pay different amounts", "1 in 10 councils paid less"): the answer
    // to "is that the same in every council" about a recommended amount.
    [GeneratedRegex(@"\b(in|across|outside|throughout) (England|Wales|Scotland|Northern Ireland|the UK|London)\b|\b(all|every|each|other|some) (councils?|boroughs?|local authorit(y|ies))\b|\bwherever you live\b|\b(its|their|croydon's|croydons) own care leavers\b|\bwhether you (now )?live\b|\b(inside or outside|in or outside)\b|\b(councils|boroughs) (can |may |might )?(pay|paid|give|gave|offer|offered) (different|less|more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasCoverage();

    // Round AI (conv-ai): a phone number asked of the service just answered: "whats their number", "wat number do i ring", "have u
    // got a number for them", "can i phone them", "how do i ring them". Not "the number of care leavers" (a count: "number" before
    // "of"), nor a National Insurance number (its "number" follows "insurance" or "ni", which the pattern does not take).
    [GeneratedRegex(@"\b(their|there|ur|your|its|the|a|any|what|wat|wot|which) (phone |contact |telephone |tel |helpline )?(number|num|digits)\b(?! of)|\b(phone|contact|telephone) (number|no|details)\b|\b(number|no) (for|to (ring|call|phone|text))\b|\b(can|could|how do|how can|do) (i|u|you|we) (ring|call|phone|text) (them|it|they|him|her|someone)\b")]
    private static partial Regex PhoneAsked();

    // A UK phone number as the guides write one: "020 8726 6000", "0808 800 5792", "0800 1111".
    [GeneratedRegex(@"\b0\d{2,4} ?\d{3,4}( ?\d{3,4})?\b")]
    private static partial Regex HasPhone();

    // The asker's own age said as a condition: "if im 19", "im 19 tho", "what if i was 20", "when i turn 21", "ill be 18 by then".
    // Not an amount or a length ("im 19k in debt", "im 16 weeks in").
    [GeneratedRegex(@"\b(i'?m|i am|i was|i turn|i turned|i'?ll be|ill be|im turning|i'?m turning)( now| nearly| almost| already| only| just)? (\d{2})\b(?! ?(k\b|grand|%|pounds|weeks?|days?|months?))")]
    private static partial Regex AskerAgeSaid();

    // An age said of someone of the asker's, as the end of the message: "my sister shes 13", "and my cousin whos 5", "what about my
    // little brother hes 10". Not an age followed by more ("my sister is 13 and got moved"), which tells a story. Round AH (conv-ah):
    // except that they were in care too ("what about my brother hes 22 and was in care too"): the condition every entitlement starts
    // from, said so the last answer is asked again for them.
    [GeneratedRegex(@"\bmy( \w+){1,2},? (shes|she s|she is|hes|he s|he is|whos|who s|who is|is|aged)( now| nearly| almost| only| just)? (?<age>[0-9]{1,2})( tho| though| now)?( and (was|were|is|has been|also was|was also) in care( too| as well)?)?\W*$")]
    private static partial Regex AgeOfTheirsSaid();

    /// <summary>
    /// True when a message ends by saying the age of someone of the asker's ("anything for my sister shes 13"): in a conversation
    /// it asks the last answer for them.
    /// </summary>
    public static bool SaysAgeOfTheirs(string question) => AgeOfTheirsSaid().IsMatch(question.ToLowerInvariant());

    /// <summary>The age a message ends by saying of someone of the asker's (<see cref="SaysAgeOfTheirs"/>), or null.</summary>
    public static int? AgeOfTheirs(string question) =>
        AgeOfTheirsSaid().Match(question.ToLowerInvariant()) is { Success: true } m
            ? int.Parse(m.Groups["age"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    // Whether the asker's age is inside a rule: "am i too young at 15", "am i old enough", "is 24 too old for it". Round AJ (conv-aj):
    // "too" typed "2" or "to" ("am i 2 young @ 15", "im i to old at 24"), only after the asker or "it" is named: "to young people" is
    // no age asked.
    [GeneratedRegex(@"\btoo (young|old)\b|\b(old|young) enough\b|\b(am i|i am|im|i'm|is (he|she|it|that)|are (u|you|they)|r (u|they)|am i not|aint i)( \w+)? (2|to) (young|old)\b")]
    private static partial Regex TooYoungAsked();

    /// <summary>
    /// Round AI (conv-ai): true when a question asks an age in words ("what age", "how old", "am i too young"), not only by telling
    /// the asker's own age ("im 20 now ... how do i find it"), which is a condition on some other question.
    /// </summary>
    public static bool AsksAnAgeInWords(string question) =>
        Of(question) == QuestionKind.Age || TooYoungAsked().IsMatch(question.ToLowerInvariant());

    [GeneratedRegex(@"\bhow many\b")]
    private static partial Regex HowManyAsked();

    // A percentage in the question ("41% agency, still like that?") or asked for ("what percent").
    [GeneratedRegex(@"(\d\s?%|\d\s?per ?cent|\bwhat (percent|percentage|proportion)\b|\bhow many percent\b)")]
    private static partial Regex ShareAsked();

    [GeneratedRegex(@"\d\s?(%|per ?cent)", RegexOptions.IgnoreCase)]
    private static partial Regex HasShare();

    // "what dates was it" asks the dates of a span (an inspection's first and last day), as "what date" asks one.
    [GeneratedRegex(@"\b(when|wen|what dates?|wat dates?|which dates|what day|wat day|what year|wat year|which year|what month|which month|which day|which date|since when|how long ago)\b")]
    private static partial Regex WhenAsked();

    /// <summary>
    /// True when the question asks when something happened ("when did croydon start it again", "what year was it set up"):
    /// a date in the past answers it, and a date says its own year, so it cannot pass for the present.
    /// </summary>
    public static bool AsksWhenItHappened(string question) => HappenedAsked().IsMatch(question.ToLowerInvariant());

    [GeneratedRegex(@"\b(when|wen|what year|wat year|which year|what month|which month|what dates?|wat dates?)\b (did|was|were|had)\b|\bhow long ago\b")]
    private static partial Regex HappenedAsked();

    // Round AC: what an inspector "gave" someone ("in 2020 what did ofsted give care leavers") asks the grade as much as "rated" does.
    // Round K: the subject of "how did ... do" may be any service ("how did care leavers services do in 2024"), not a person
    // ("how does the pa do it"); and a yes-or-no question whether it is good ("so is it good now or not") asks the judgement.
    [GeneratedRegex(@"\b(how (well )?(did|does|do|has|have|was|were|is|are) (croydon|croydons|they|it|the council|the service|services|([\w']+ ){1,3}services?)\b.{0,30}\b(do|doing|done|rated|graded|judged)\b|rating|ratings|rated|grade|grades|graded|judged|judgement|judgment)\b|\b(what|wat|wot) (did|does|do|has|have) (ofsted|they|the inspectors?|inspectors) (give|gave|given|award|awarded|score|scored)\b|^((so|and|but|ok|okay|then) )*((is|are|was|were|isnt|arent) (it|they|croydon|croydons|that|the council|the service|services)|its|theyre) ((still|now|actually|any|really|rated) )*(good|bad|inadequate|outstanding|better)( (now|then|or not|anymore|any more|again|yet|these days|today))*\W*$")]
    private static partial Regex RatingAsked();

    // A judgement said: a grade's own words, or "good" given as a grade ("judged good", "Overall: good").
    [GeneratedRegex(@"\b(outstanding|requires improvement|inadequate)\b|\b(judged|rated|graded|grade|grades|rating)\b[^.]{0,80}\bgood\b|:\s*good\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasRating();

    // Round R: asking for the weak part of a judgement. A word that picks out part of it ("what", "which bit", "any areas",
    // "anything") before a word for falling short ("bad at", "wasnt good", "requires improvement", "get better at"), or a
    // shortfall said of a part ("a requires improvement bit"). Without a picking word "is it still bad" asks the judgement
    // itself (Rating). Not "some" or "one": "some of the worst in the country" says how bad, it picks out no part.
    // Falling short also said as not getting good ("which part didnt croydon get good in"), as a problem or an issue
    // ("whats the out of hours problem ofsted were on about"), or as something to fix or sort out ("what do they still need to
    // fix", "what still needs work"; not "what did the council do to fix things", which asks what was done), and "whats" picks out a part as "what"
    // does. Round AC: the negation split from its verb by the subject ("which part did croydon not get good in"), and something
    // an inspector wanted fixed ("what did ofsted want fixed"), fall short as much. A question asking both sides ("what did they like and what still needs work") asks neither alone.
    [GeneratedRegex(@"\b(what|whats|what's|wat|wats|wot|which|any|anything|areas?|parts?|bits?|things?)\b[^.?!]{0,50}?\b((didnt|didn't|did not|never|dont|don't|doesnt|doesn't|do not|does not|(did|does|do) [\w']+( [\w']+)? (not|never)) ([\w']+ ){0,2}?(get|got|do|did|come out|score) (a |as |so |that |very )?(good|well)|(want|wants|wanted) ([\w']+ ){0,2}(fixed|sorted|improved|changed)|problems?|issues?|concerns?|went wrong|(need|needs|needed|have|has|got) to (fix|sort|work on)|(need|needs|needed) (more )?work|bad at|weak\w*|worst|poor|(not|wasnt|werent|wasn't|weren't|isnt|arent|isn't|aren't) (so |as |that |very |rated |judged )?good|(that|which) (wasnt|werent|wasn't|weren't)|less than good|below good|requires? improvement|required improvement|need(s|ed)? (to )?improv\w*|must improve|(get|do|be|doing) better( at)?|still getting wrong|criticis\w*|criticiz\w*)\b|\b(requires improvement|not good|bad|weak) (bit|part|area|one|section)s?\b|\b(bad|worse|weak|poor|rubbish|terrible) at (anything|something|stuff|owt|things|some things)\b")]
    private static partial Regex ShortfallAsked();

    // Whose shortfall: "what if my pa is bad" names no part of an inspection; the shortfall must be said of them, of
    // Croydon or the council, its services, an inspection or report, a year, or an area, part or bit.
    [GeneratedRegex(@"\b(they|them|croydon|croydons|council|services?|ofsted|inspect\w*|report|(19|20)\d\d|areas?|parts?|bits?)\b")]
    private static partial Regex ShortfallOf();

    // What an inspection found wanting: a grade below good, what must improve, a weakness, a delay, a criticism.
    [GeneratedRegex(@"\b(requires improvement|required improvement|must (improve|do better|get better)|needs? to improve|needed to improve|areas? (for|of|to|where)\b[^.]{0,20}improv\w*|improve (its|their) services further|weak\w*|inadequate|criticis\w*|unacceptable|delays?|failures?|failings?|not always|not every|not enough|too (slow|slowly|many|few|long|high)|variable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasShortfall();

    [GeneratedRegex(@"\b(when|wen) (can|do|will|would|could|should|am|must|have) (i|u|you|we)\b")]
    private static partial Regex AskerAsked();

    [GeneratedRegex(@"\b(who|whos|who's|whom|wo|number for|phone number|contact details|who do i (call|ring|contact|ask))\b")]
    private static partial Regex WhoAsked();

    // Round N: whom to go to is asked of the asker's own case ("who do i ask", "who can check for me", "who should i talk
    // to"). A capitalised pair ("Staying Put") or a leader's title answers "who runs it", not this.
    [GeneratedRegex(@"\b(who|wo) (do|should|can|could|would|shall|must) (i|u|you|we) (ask|talk to|speak to|speak with|go to|contact|call|ring|phone|tell|email|get in touch with|complain to)\b|\bwho (can|could|will|would|should) (check|help|sort|ask|look into|find out|tell|advise|confirm)\b.{0,25}\b(me|us|mine)\b|\bwho (can|could) help\W*$")]
    private static partial Regex WhoToAskAsked();

    // Someone the asker can go to: a role that works with them, a team or service, or a way to reach one.
    [GeneratedRegex(@"(\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b|\b999\b|\b(personal advisers?|advisers?|your pa|social workers?|work coach|key ?workers?|advocates?|advocacy|ombudsman|helpline|call|phone|ring|text|email|contact|team|service desk|ask your|tell your)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HasSomeoneToAsk();

    [GeneratedRegex(@"^(can|could|do|does|did|is|isnt|are|was|were|will|would|should|am|have|has|if)\b")]
    private static partial Regex YesNoAsked();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|(19|20)\d{2})\b")]
    private static partial Regex HasDate();

    [GeneratedRegex(@"£\s?\d")]
    private static partial Regex HasAmount();

    [GeneratedRegex(@"\b(every|each (week|month|year|term)|per (week|month|year)|a (week|month|year)\b|monthly|weekly|yearly|fortnight|once|twice|at any time|payments|instalments|installments|in one go|lump sum|whole course)", RegexOptions.IgnoreCase)]
    private static partial Regex HasFrequency();

    // An age in years, months too ("when you are 15 years and 9 months old"): the time in a young person's life a duty falls due.
    [GeneratedRegex(@"\b(aged? \d{2}|\d{2} to \d{2}|\d{2} or over|under \d{2}|over \d{2}|up to (age )?\d{2}\b(?! (January|February|March|April|May|June|July|August|September|October|November|December))|until (age )?\d{2}\b(?! (January|February|March|April|May|June|July|August|September|October|November|December))|to age \d{2}|from (age )?\d{2}\b(?! (January|February|March|April|May|June|July|August|September|October|November|December))|\d{2}(st|nd|rd|th) birthday|at \d{2}\b|after \d{2}\b|before \d{2}\b|\bto \d{2}\b(?! (January|February|March|April|May|June|July|August|September|October|November|December))|\b\d{2} years( and \d{1,2} months?)? old\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HasAge();

    [GeneratedRegex(@"(\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b|\b(call|phone|ring|text|email|contact|chair|chairs|chaired|director|commissioner|adviser|advisers|social worker|manager|team|runs|led by|leads?)\b|\b[A-Z][a-z]+ [A-Z][a-z]+\b)")]
    private static partial Regex HasWho();

    [GeneratedRegex(@"(\b\d+\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex HasCount();
}
