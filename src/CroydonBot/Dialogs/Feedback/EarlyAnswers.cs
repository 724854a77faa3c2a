using System.Text.RegularExpressions;
using CroydonBot.Dialogs.Prompts;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Where a reply answers one of the feedback's questions other than the open one, or answers the open one in words
/// its prompt does not know: the fields' <c>early</c> patterns (dialogs/feedback.yaml), a text field's own pattern,
/// and a choice of the question that follows from the open one. How the dialog keeps such an answer is
/// <see cref="FeedbackDialog"/>'s business; this only reads the words.
/// </summary>
public sealed partial class EarlyAnswers(IReadOnlyList<FeedbackField> fields, FeedbackTriggers? triggers)
{
    /// <summary>A reply longer than this at a choice question is not an early answer to a later one, whatever it names.</summary>
    public const int MaxWords = 8;

    /// <summary>A reply that opens with an early answer is about it up to this many words ("no need to reply just pass it on to her manager").</summary>
    public const int MaxOpeningWords = 14;

    /// <summary>What may follow an opening early answer and still be a few words, not a message of its own.</summary>
    private const int MaxWordsAfter = 7;

    /// <summary>
    /// The later question a short reply answers early, with the answer, or null: one of its ways of being said
    /// early ("email me back is fine" while the topic is asked), its own pattern said whole (an email address
    /// while "would you like a reply?" is asked), or, for a question that follows from the open one, one of its
    /// choices named ("email" to "would you like a reply?"). Not the open question; an answered one only by its own early
    /// ways of being said (said again, or changed).
    /// </summary>
    public (FeedbackField Field, string Value)? Find(IReadOnlyDictionary<string, string> values, string at, string text)
    {
        // A way of replying said again, or changed ("no need to reply" after "email me back"), is still about the reply. The change
        // may follow what it undoes in a clause of its own ("actually dont ring, no reply is fine"): an answer that opens its
        // message opens that clause as well.
        foreach (var field in fields.Where(f => f.Id != at && f.Id != "message" && f.Early.Count > 0 && values.ContainsKey(f.Id)))
        {
            if (field.Early.FirstOrDefault(e => Matches(text, e.Pattern) || Clauses(text).Skip(1).Any(c => Matches(c, e.Pattern))) is { } again)
            {
                return (field, again.Value);
            }
        }
        var open = fields.Where(f => f.Id != at && f.Id != "message" && !values.ContainsKey(f.Id)).ToList();
        // A contact inside a short reply ("reply on whatsapp 07700 900882", "text me on ..."): the contact itself, which
        // brings the way to reply with it, rather than the way alone and the contact asked for again later.
        foreach (var field in open.Where(f => f is { Type: "text", Pattern: not null }))
        {
            if (ContactInside(text, field.Pattern!, AsksToBeReached(text)) is { } contact)
            {
                return (field, contact);
            }
        }
        foreach (var field in open)
        {
            if (field.Early.FirstOrDefault(e => Matches(text, e.Pattern)) is { } early)
            {
                return (field, early.Value);
            }
            if (field is { Type: "text", Pattern: { } pattern } && Matches(text, pattern))
            {
                return (field, text.Trim());
            }
            if (field.Type == "choice" && Prerequisite(field)?.Field == at && ChoicePrompt.Match(text, field.Choices) is { } choice)
            {
                return (field, choice.Value);
            }
        }
        return null;
    }

    /// <summary>
    /// The part of a short reply that a text field's whole-answer pattern takes (an email address, a phone number), or
    /// null. Only what can be a way to reach someone counts: an address with an "@", or a number of at least
    /// <see cref="MinPhoneDigits"/> digits, so years ("2019 - 2020") or a count are never a phone number.
    /// </summary>
    private static string? ContactInside(string text, string pattern, bool asksToBeReached)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > (asksToBeReached ? MaxOpeningWords : MaxWords))
        {
            return null;
        }
        // The field's pattern is anchored to the whole answer: without its anchors it finds the answer inside.
        var inside = Anchors().Replace(pattern, "");
        foreach (var match in BoundedRegex.Matches(text, inside))
        {
            var value = match.Value.Trim();
            if ((value.Contains('@', StringComparison.Ordinal) || value.Count(char.IsDigit) >= MinPhoneDigits) && Matches(value, pattern))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>
    /// True when the reply opens by asking to be reached in one of the ways the feedback's questions know ("can u just ring me back
    /// on ...", "could someone please email me at ..."): a contact in it is where to reply, though the polite frame makes the reply
    /// longer than <see cref="MaxWords"/>. The request must come within <see cref="MaxWordsBeforeRequest"/> words of the start: "my
    /// PA said she'd call me on 07700 ... and never did" tells what happened.
    /// </summary>
    private bool AsksToBeReached(string text) =>
        fields.Any(f => f.Type == "choice" && f.Early.Any(e => BoundedRegex.Match(text, e.Pattern) is { Success: true } m
            && text[..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsBeforeRequest));

    /// <summary>The politeness a request to be reached may open with: "could someone please".</summary>
    private const int MaxWordsBeforeRequest = 3;

    /// <summary>The fewest digits of a UK phone number without its leading zero.</summary>
    private const int MinPhoneDigits = 10;

    [GeneratedRegex(@"^\^(\\s\*)?|(\\s\*)?\$$")]
    private static partial Regex Anchors();

    /// <summary>True when the reply says the pattern as what it is about: opening it, or anywhere in a short reply.</summary>
    public bool Said(string text, string pattern)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return Opens(text, pattern) ? words <= MaxOpeningWords : words <= MaxWords && Matches(text, pattern);
    }

    /// <summary>
    /// True when the pattern's match opens the reply (at most one word, "ok" or "nah", before it) and what follows is
    /// not a message of its own: a few words, or a little more that neither reads as feedback nor asks ("... just get
    /// it to the right team"). "call me back about my flat, its damp and nobody comes" is a message that happens to
    /// open with a way to reply.
    /// </summary>
    public bool Opens(string text, string pattern)
    {
        var match = BoundedRegex.Match(text, pattern);
        static int Count(string part) => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (!match.Success || Count(text[..match.Index]) > 1)
        {
            return false;
        }
        var after = text[(match.Index + match.Length)..].Trim();
        return Count(after) <= MaxWordsAfter
            || !QuestionShape.AsksSomething(after) && triggers?.Match(after) is not { Starts: true };
    }

    /// <summary>
    /// True when the pattern opens the reply's second clause (<see cref="Opens"/>) after a short first one: "ok so back to it, i
    /// dont need a reply" comes back to the feedback after a question answered in between, then answers. The lead may be at most
    /// <see cref="MaxLeadWords"/> words; a longer first clause is something said of its own.
    /// </summary>
    public bool OpensAfterALead(string text, string pattern)
    {
        var clauseBreak = ClauseBreak().Match(text);
        return clauseBreak.Success && text[..clauseBreak.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLeadWords
            && Opens(text[(clauseBreak.Index + clauseBreak.Length)..].Trim(), pattern);
    }

    /// <summary>The most words a lead before an opening answer may have: "ok so back to it".</summary>
    private const int MaxLeadWords = 5;

    /// <summary>The answer a field's question depends on ("when: contactMethod=email"), as the field and its first allowed value.</summary>
    public static (string Field, string Value)? Prerequisite(FeedbackField field) =>
        field.When?.Split('=', 2) is [var needs, var allowed] ? (needs.Trim(), allowed.Split('|')[0].Trim()) : null;

    private static bool Matches(string text, string pattern) => BoundedRegex.IsMatch(text, pattern);

    /// <summary>The reply's clauses, split where a comma, a stop or a spaced dash parts them.</summary>
    private static IEnumerable<string> Clauses(string text) =>
        ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0);

    [GeneratedRegex(@"[,.;:!?\n]+|\s[-\u2013\u2014]\s")]
    private static partial Regex ClauseBreak();
}
