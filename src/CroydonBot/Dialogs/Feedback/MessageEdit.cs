using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>What an edit request asks to do to the message already written.</summary>
public enum MessageEditKind
{
    /// <summary>"add that weekends would work too": more words join the message.</summary>
    Add,

    /// <summary>"can you change it to say at 16 or earlier": the message should say this instead.</summary>
    Change,

    /// <summary>"could you take out her initial": something comes out of the message.</summary>
    Remove,
}

/// <summary>An edit request read: what to do and the words it is done with, as typed.</summary>
public sealed record MessageEditRequest(MessageEditKind Kind, string Words);

/// <summary>
/// Reads a request to edit the feedback message once it is written ("can you change it to say ...", "take out her name",
/// "hmm actually add that ..."), said at any later question. Such a request is not a question for the guides (it got a
/// knowledge answer about whatever its words named), nor the answer to the open question: it is an instruction about the
/// message. It is read by its shape: politeness and fillers, then an editing verb, then (for a change) the message pointed
/// at ("it", "my message") and what it should say.
/// </summary>
public static partial class MessageEdit
{
    /// <summary>A request longer than this (in its first sentence) is more likely the message itself or a question.</summary>
    private const int MaxRequestWords = 25;

    /// <summary>Words that may come before the editing verb: fillers and the ways of asking politely.</summary>
    private static readonly HashSet<string> Leads =
        ["hmm", "hm", "um", "umm", "erm", "actually", "wait", "ok", "okay", "oh", "so", "yeah", "yes", "yep", "and", "sorry", "also", "but", "no", "nah",
         "can", "could", "would", "will", "you", "u", "ya", "please", "pls", "plz", "i", "id", "want", "wanna", "to", "like", "just", "let", "me", "oops",
         "one", "more", "thing", "quickly", "quick", "is", "it", "possible"];

    /// <summary>The editing verbs, as plain words, by what they ask.</summary>
    private static readonly (string Verb, MessageEditKind Kind)[] Verbs =
    [
        ("add", MessageEditKind.Add), ("also say", MessageEditKind.Add), ("also put", MessageEditKind.Add), ("put in", MessageEditKind.Add),
        ("include", MessageEditKind.Add), ("tack on", MessageEditKind.Add),
        ("change", MessageEditKind.Change), ("edit", MessageEditKind.Change), ("reword", MessageEditKind.Change), ("rewrite", MessageEditKind.Change),
        ("update", MessageEditKind.Change), ("fix", MessageEditKind.Change), ("make", MessageEditKind.Change), ("amend", MessageEditKind.Change),
        ("take out", MessageEditKind.Remove), ("take off", MessageEditKind.Remove), ("take away", MessageEditKind.Remove), ("remove", MessageEditKind.Remove),
        ("delete", MessageEditKind.Remove), ("leave out", MessageEditKind.Remove), ("cut out", MessageEditKind.Remove), ("take", MessageEditKind.Remove),
    ];

    /// <summary>What a change points at: the message ("it", "that", "my message").</summary>
    private static readonly string[] MessageWords =
        ["my message", "the message", "my feedback", "the feedback", "what i said", "what i wrote", "the wording", "it", "that", "this"];

    /// <summary>
    /// The edit <paramref name="text"/> asks for, or null when it is not an edit request. "take her name out" reads as
    /// "take out her name"; "change it" with nothing to say is no edit the dialog can make (null).
    /// </summary>
    public static MessageEditRequest? Read(string text)
    {
        // The request is the first sentence; what follows says why ("She wouldn't want to be named.").
        var first = FirstSentence().Match(text.Trim()).Value;
        var tokens = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var plain = tokens.Select(PlainWords.Of).ToArray();
        if (tokens.Length is 0 or > MaxRequestWords)
        {
            return null;
        }
        var at = 0;
        while (at < plain.Length && Leads.Contains(plain[at]))
        {
            at++;
        }
        foreach (var (verb, kind) in Verbs)
        {
            var verbWords = verb.Split(' ');
            if (at + verbWords.Length > plain.Length || !verbWords.SequenceEqual(plain[at..(at + verbWords.Length)]))
            {
                continue;
            }
            var rest = tokens[(at + verbWords.Length)..];
            var restPlain = plain[(at + verbWords.Length)..];
            return kind switch
            {
                MessageEditKind.Add => Addition(rest, restPlain),
                MessageEditKind.Change => Change(rest, restPlain),
                _ => Removal(verb, rest, restPlain),
            };
        }
        return null;
    }

    private static MessageEditRequest? Addition(string[] rest, string[] restPlain)
    {
        // "add that ...", "add to it that ...", "add on ...": the words after say what joins the message.
        var skip = 0;
        while (skip < restPlain.Length)
        {
            // "to it", "to my message": the message pointed at, not words to add ("the staff were kind" keeps its "the").
            var pointed = restPlain[skip] == "to"
                ? MessageWords.Select(m => m.Split(' ')).FirstOrDefault(m => skip + 1 + m.Length <= restPlain.Length && m.SequenceEqual(restPlain[(skip + 1)..(skip + 1 + m.Length)]))
                : null;
            if (pointed is not null)
            {
                skip += 1 + pointed.Length;
            }
            else if (restPlain[skip] is "that" or "on" or "in" or "saying" or "say")
            {
                skip++;
            }
            else
            {
                break;
            }
        }
        return Content(rest[skip..]) is { } words ? new MessageEditRequest(MessageEditKind.Add, words) : null;
    }

    private static MessageEditRequest? Change(string[] rest, string[] restPlain)
    {
        // "change it to say X", "make it say X", "change my message to X": the message is pointed at first.
        var pointed = MessageWords.Select(m => m.Split(' ')).FirstOrDefault(m => m.Length <= restPlain.Length && m.SequenceEqual(restPlain[..m.Length]));
        if (pointed is null)
        {
            return null;
        }
        var skip = pointed.Length;
        while (skip < restPlain.Length && restPlain[skip] is "to" or "so" or "say" or "says" or "saying" or "read" or "reads" or "it" or "that" or "instead")
        {
            skip++;
        }
        // "can i change it, add that it logs me out too": leave asked to edit, then the edit itself in a clause of its own.
        if (skip == pointed.Length && skip < rest.Length && (ClauseEnds(rest[skip - 1]) || rest[skip] is "-" or "\u2013" or "\u2014"))
        {
            return Read(string.Join(' ', rest[skip..]).TrimStart('-', '\u2013', '\u2014', ' '));
        }
        // "change it" without words to say ("can you change it?") is no edit the bot can make itself.
        return skip > pointed.Length && Content(rest[skip..]) is { } words ? new MessageEditRequest(MessageEditKind.Change, words) : null;
    }

    private static MessageEditRequest? Removal(string verb, string[] rest, string[] restPlain)
    {
        // "take her name out (of it)": the bare "take" is a removal only with "out" after what it takes.
        if (verb == "take")
        {
            var outAt = Array.IndexOf(restPlain, "out");
            if (outAt <= 0)
            {
                return null;
            }
            rest = rest[..outAt];
        }
        else
        {
            // "take out her name from it", "remove the bit about my PA from the message".
            var from = Array.FindIndex(restPlain, w => w is "from" or "of");
            rest = from > 0 ? rest[..from] : rest;
        }
        // "take it out", "remove that": the whole feedback, which is stopping, not an edit.
        return Content(rest) is { } words && !PlainWords.Split(words).All(Determiners.Contains) ? new MessageEditRequest(MessageEditKind.Remove, words) : null;
    }

    /// <summary>True when the word as typed ends its clause: "it," in "can i change it, add that ...".</summary>
    private static bool ClauseEnds(string token) => token.EndsWith(',') || token.EndsWith(':') || token.EndsWith(';');

    /// <summary>The words as typed, without end punctuation or a closing "please"; null when nothing is left.</summary>
    private static string? Content(string[] words)
    {
        var list = words.ToList();
        while (list.Count > 0 && PlainWords.Of(list[^1]) is "please" or "pls" or "plz" or "thanks" or "")
        {
            list.RemoveAt(list.Count - 1);
        }
        var text = string.Join(' ', list).Trim().TrimEnd('?', '!', ',', ';').Trim().Trim('"', '\'', '“', '”').Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Words of a removal that name nothing in the message themselves: "her name" asks for the names, not "her".</summary>
    private static readonly HashSet<string> Determiners = ["her", "his", "their", "my", "the", "that", "this", "it", "them", "him", "a", "an", "all", "any", "those", "these", "bit", "about", "part", "word", "words"];

    /// <summary>What a removal asks for when it names a kind of personal detail rather than words of the message.</summary>
    private static readonly HashSet<string> NameWords = ["name", "names", "initial", "initials", "surname", "surnames"];

    /// <summary>
    /// <paramref name="message"/> with the edit made, or null when a removal names nothing found in it. A change whose words
    /// are about as long as the message replaces it; a shorter one ("at 16 or earlier") cannot say which words it replaces,
    /// so it joins the message marked as the change asked for, and the person sees the result before it is sent.
    /// </summary>
    public static string? Apply(MessageEditRequest edit, string message, string changeLabel)
    {
        switch (edit.Kind)
        {
            case MessageEditKind.Add:
                return message.TrimEnd() + "\n\n" + edit.Words;
            case MessageEditKind.Change:
                var newWords = PlainWords.Split(edit.Words).Count();
                return newWords * 2 >= PlainWords.Split(message).Count()
                    ? edit.Words
                    : message.TrimEnd() + "\n\n" + changeLabel + " " + edit.Words;
            default:
                return Removed(edit.Words, message);
        }
    }

    private static string? Removed(string what, string message)
    {
        // The words themselves, when the message holds them: the longest ending of what was named that it holds and that
        // names something ("take out the bit about the gym" takes out "about the gym").
        var all = what.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 0; k < all.Length; k++)
        {
            var literal = string.Join(' ', all[k..]).Trim('"', '\'', '“', '”');
            if (!all[k..].All(w => Determiners.Contains(PlainWords.Of(w))) && message.Contains(literal, StringComparison.OrdinalIgnoreCase))
            {
                return Tidy(message.Remove(message.IndexOf(literal, StringComparison.OrdinalIgnoreCase), literal.Length));
            }
        }
        var words = all.SkipWhile(w => Determiners.Contains(PlainWords.Of(w))).ToArray();
        // "her initial", "his name": each initial ("A."), and for a name each capitalised word inside a sentence, not after
        // "the" ("the Staying Put team" is a service), becomes "[name]", as the redactor marks names.
        if (words.Length == 0 || !words.All(w => NameWords.Contains(PlainWords.Of(w))))
        {
            return null;
        }
        var without = Initial().Replace(message, NameMark);
        if (!words.Any(w => PlainWords.Of(w).StartsWith("initial", StringComparison.Ordinal)))
        {
            without = NameInSentence().Replace(without, m => m.Groups["before"].Value + NameMark);
        }
        return without == message ? null : Tidy(without);
    }

    /// <summary>What a name taken out leaves, as the personal-data redactor marks one.</summary>
    private const string NameMark = "[name]";

    private static string Tidy(string text) => Spaces().Replace(SpaceBeforeMark().Replace(text, "$1"), " ").Trim();

    /// <summary>An initial: one capital with a dot, alone ("for A. to stay").</summary>
    [GeneratedRegex(@"(?<![\p{L}.])\p{Lu}\.(?=\s|$)")]
    private static partial Regex Initial();

    /// <summary>
    /// A capitalised word (or two) that does not open a sentence and does not follow "the" ("for Amira to stay"): a name.
    /// "I" stays.
    /// </summary>
    [GeneratedRegex(@"(?<before>(?<![.!?]\s*)(?<!\bthe)\s+)(?!I\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=[\s,.!?;:]|$)")]
    private static partial Regex NameInSentence();

    [GeneratedRegex(@"^[^.?!]*[.?!]?")]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"\s+([,.!?;:])")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
