using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Recognises "actually forget it", "nah never mind dont send anything", "Sorry, I have changed my mind, please
/// cancel." and "no cancel that. how does the panel work": a short first sentence with a clause that is a
/// cancel command (politeness aside: "please cancel") or holds a way of stopping. Only short clauses of a short
/// sentence count, so feedback that starts with "stop moving care leavers out of croydon" is kept as feedback.
/// What follows the sentence, if anything, is returned so a question asked in the same breath can still be answered.
/// A longer clause counts when it opens with a way of stopping and a reason follows ("actually nah forget it i dont
/// want her getting in trouble"), unless <paramref name="readsAsFeedback"/> reads the sentence as the feedback itself.
/// So does a short way of stopping that ends a longer sentence after its reason ("i think ill bring it up with my PA
/// first so dont send it for now"), with the same veto: the reason comes first as often as last.
/// </summary>
public sealed partial class ChangeOfMind(IEnumerable<string> commands, IEnumerable<string> phrases, IEnumerable<string>? fillers = null, Func<string, bool>? readsAsFeedback = null)
{
    /// <summary>A clause longer than this is a message, not a change of mind, unless it opens with a way of stopping.</summary>
    private const int MaxClauseWords = 7;

    /// <summary>A way of stopping that starts within this many words of a longer clause opens it ("ok cool never mind then ...").</summary>
    private const int OpeningWords = 4;

    /// <summary>A first sentence longer than this is a message, whatever its clauses say.</summary>
    private const int MaxSentenceWords = 14;

    /// <summary>A sentence that ends with a short way of stopping may be this long with its reason before it.</summary>
    private const int MaxReasonedSentenceWords = 24;

    /// <summary>The word that joins a reason to what follows from it: "..., so dont send it".</summary>
    private const string Consequence = "so";

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n'];

    private readonly HashSet<string> _commands = [.. commands.Select(PlainWords.Of)];
    private readonly string[] _phrases = [.. phrases.Select(PlainWords.Of).Where(p => p.Length > 0)];
    private readonly HashSet<string> _fillers = [.. (fillers ?? []).Select(PlainWords.Of)];

    /// <summary>True when the message stops the dialog; <paramref name="rest"/> is what was said after it.</summary>
    public bool Matches(string text, out string? rest)
    {
        rest = null;
        var end = text.IndexOfAny(SentenceEnds);
        var sentence = end < 0 ? text : text[..end];
        if (!IsStoppingSentence(sentence))
        {
            // "Actually I think I'll speak to my PA first. Never mind.": the way of stopping can come last, after
            // a short reason, when every sentence is short.
            var sentences = text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return sentences.Length > 1 && sentences.All(s => WordsOf(s) <= MaxSentenceWords) && IsStoppingSentence(sentences[^1]);
        }
        var after = end < 0 ? "" : text[(end + 1)..].Trim();
        // "actually nvm, how does the complaints process work": a question after the stopping clause, in the same
        // sentence, is asked as much as one in the next sentence. A reason there ("forget it, dont want it coming back
        // on me", "forget it, my PA already knows what happened") is not a question and is left alone.
        var inSentence = AfterStoppingClause(sentence);
        var asked = inSentence is not null && Stopping(inSentence) == Stop.None
            && (Intent.MessageShape.IsQuestion(inSentence) || QuestionShape.LooksLikeQuestion(inSentence) && WantsToKnow().IsMatch(PlainWords.Of(inSentence)))
            ? inSentence : null;
        rest = string.Join(' ', new[] { asked, after }.Where(p => !string.IsNullOrEmpty(p)));
        rest = rest.Length > 0 ? rest : null;
        return true;
    }

    /// <summary>Wanting to know, said with a word in between ("i just wanna know how ...").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(want|wanna|need|like)( to)? (know|find out)\b")]
    private static partial System.Text.RegularExpressions.Regex WantsToKnow();

    /// <summary>What follows the sentence's first clause when that clause is the one that stops; otherwise null.</summary>
    private string? AfterStoppingClause(string sentence)
    {
        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || Stopping(sentence[..comma]) == Stop.None)
        {
            return null;
        }
        var after = sentence[(comma + 1)..].Trim();
        return after.Length > 0 ? after : null;
    }

    private bool IsStoppingSentence(string sentence)
    {
        var words = WordsOf(sentence);
        if (words is 0 or > MaxReasonedSentenceWords || GoesOnWithTheFeedback().IsMatch(PlainWords.Of(sentence)))
        {
            return false;
        }
        var clauses = sentence.Split(',').Select(Stopping).ToList();
        // A short clause that stops is clear in a short sentence; in a longer one, a way of stopping that opens it
        // ("hmm actually i changed my mind, ill sort it out with the landlord face to face") or ends it after a reason
        // must not read as the feedback itself.
        var shortSentence = words <= MaxSentenceWords;
        // So is a short sentence that opens with one, after lead-in words only ("hmm actually forget it ill just tell my
        // PA instead"): too short to be the feedback itself, whatever the model reads in its reason.
        if (shortSentence && (clauses.Contains(Stop.Clause) || clauses[0] == Stop.Opening))
        {
            return true;
        }
        var opens = shortSentence ? clauses.Contains(Stop.Opening) : clauses[0] is Stop.Clause or Stop.Opening;
        // "..., so dont bother sending it" is about the feedback itself whatever the story before it; "..., so please
        // stop it" may be the feedback's own demand, and the model decides.
        var ends = EndsStopping(sentence, out var tail);
        // Not sending said of the feedback itself ("actually nvm i dont want to send anything, ...") stops whatever
        // follows it, as it does whatever comes before it.
        var opensNotSending = !shortSentence && clauses[0] is Stop.Clause or Stop.Opening && NotSending().IsMatch(PlainWords.Of(sentence.Split(',')[0]));
        return ends && NotSending().IsMatch(tail) || opensNotSending
            || (opens || ends) && (readsAsFeedback is null || !readsAsFeedback(sentence));
    }

    /// <summary>
    /// True when the message chooses to go on with the feedback, whatever way of stopping it says first ("ok nvm ill just do the
    /// feedback one for now"): the way of stopping drops what was asked in between.
    /// </summary>
    public static bool GoesOn(string text) => GoesOnWithTheFeedback().IsMatch(PlainWords.Of(text));

    /// <summary>True when a way of stopping is said anywhere in the message, read as stopping or not.</summary>
    public bool Mentions(string text)
    {
        var padded = " " + PlainWords.Of(text) + " ";
        return _phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// Not sending, said of the feedback and ending the sentence (or its opening clause): "dont send it for now", "dont
    /// bother sending it", "no need to send anything", "i dont want to send anything". "please dont send them there" has another object and is left to the model.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(dont|do not|no need to)( (want|need) to| wanna)? (bother( (sending|submitting)( it| this| that| anything)?| with it)?|(send|submit)( it| this| that| anything)?)( (for now|yet|now|then|anymore|after all))?$")]
    private static partial System.Text.RegularExpressions.Regex NotSending();

    /// <summary>
    /// Round AF (route-af): "ok nvm ill just do the feedback one for now", "nah forget that, lets just send my message": after an aside
    /// (a complaints route asked about and answered), the way of stopping drops the aside, and the person chooses to go on with the
    /// feedback, named as what they will do, send or finish. Not when it is put off ("ill send the message another day"), which stops.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(ill|i will|i ll|lets|let me|i wanna|i want to|id rather|i d rather)( just| still| rather| stick to)? (do|send|finish|carry on with|stick with|go with|go ahead with|continue with|keep going with|get on with) (the|my|this|that) (feedback|message|suggestion|compliment)\b(?!.*\b(another|other|next|later|tomorrow|some day|someday|one day)\b)")]
    private static partial System.Text.RegularExpressions.Regex GoesOnWithTheFeedback();

    /// <summary>
    /// Round X (dialog-x2): the feedback named as what is dropped ("forget the feedback", "cancel my complaint", "dont send the
    /// message") is the "it" of a way of stopping ("forget it", "cancel it", "dont send it"). Only after a verb that drops or
    /// sends, and ending the clause, so "where do i leave my feedback" and "forget the feedback forms" keep their words.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(forget( about)?|scrap|cancel|send|submit) (the|my|this|that|ur|your|all) (feedback|complaint|message|suggestion|comment)( thing)?(?=( (then|now|pls|please|tho|lol|anymore|for now|after all))*$)")]
    private static partial System.Text.RegularExpressions.Regex TheFeedbackNamed();

    private enum Stop
    {
        None,

        /// <summary>A short clause that is a cancel command or holds a way of stopping.</summary>
        Clause,

        /// <summary>A longer clause that opens with a way of stopping ("ok cool never mind then i dont need to send anything").</summary>
        Opening,
    }

    /// <summary>
    /// True when the sentence's last part, after a comma or after "so", is a short clause that stops: the reason
    /// comes first ("right ok, i think im gonna bring it up with my PA first so dont send it for now").
    /// </summary>
    private bool EndsStopping(string sentence, out string tail)
    {
        tail = "";
        var comma = sentence.LastIndexOf(',');
        var words = PlainWords.Of(sentence[(comma + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = Array.LastIndexOf(words, Consequence);
        var part = from < 0 ? words : words[(from + 1)..];
        tail = string.Join(' ', part);
        // Only a part of its own: a clause after a comma, or what follows "so".
        return part.Length > 0 && (from >= 0 || comma >= 0) && Stopping(tail) == Stop.Clause;
    }

    private static int WordsOf(string text) => PlainWords.WordsOf(text).Length;

    private Stop Stopping(string clause)
    {
        var words = TheFeedbackNamed().Replace(PlainWords.Of(clause), "$1 it").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return Stop.None;
        }
        var plain = string.Join(' ', words);
        // "dont need to send it now", "no need to submit anything": not sending the feedback is a way of stopping said in a
        // clause of its own, whichever words lead to "send".
        if (words.Length <= MaxClauseWords && NotSending().IsMatch(plain))
        {
            return Stop.Clause;
        }
        var padded = " " + plain + " ";
        if (words.Length > MaxClauseWords)
        {
            // "ok cool never mind then i dont need to send anything": the way of stopping opens the clause, once
            // the words that only lead into it are set aside ("hmm actually changed my mind ...").
            var opening = " " + string.Join(' ', words.SkipWhile(_fillers.Contains).Take(OpeningWords)) + " ";
            return _phrases.Any(p => opening.Contains(" " + p + " ", StringComparison.Ordinal)) ? Stop.Opening : Stop.None;
        }
        return _commands.Contains(plain) || _commands.Contains(string.Join(' ', words.Where(w => !_fillers.Contains(w))))
            || _phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)) ? Stop.Clause : Stop.None;
    }
}
