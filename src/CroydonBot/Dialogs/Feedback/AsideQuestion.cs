using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// A reply that flags itself as an aside before asking: "btw ...", "quick q ...", "wait ...", "oh and one more thing ...",
/// "random question but ...", "forget the message for now, ...". Where any words are the answer (the message), a question so flagged is not the message: the
/// person has said it is beside it, so it gets the knowledge base's answer (or its honest "I don't know"), and the dialog's
/// question is asked again.
/// </summary>
public static partial class AsideQuestion
{
    private static readonly char[] Joiners = [' ', ',', '.', '-', ':', ';'];

    /// <summary>True when <paramref name="text"/> opens with words that set a question aside from the dialog.</summary>
    public static bool Opens(string text) => Lead().IsMatch(Plain(text));

    /// <summary>
    /// What follows the aside's lead and any putting-off of the dialog after it: "wait b4 that what is the app for" is "what is
    /// the app for". Round X (dialog-x2): the words that put the dialog off ("b4 that", "first") hide the question from
    /// <see cref="Text.QuestionShape"/>, which reads only lead-in words before a question word. The whole text when no aside opens it.
    /// </summary>
    public static string Rest(string text)
    {
        var plain = Plain(text);
        var lead = Lead().Match(plain);
        if (!lead.Success)
        {
            return plain;
        }
        var rest = plain[lead.Length..].TrimStart(Joiners);
        var putOff = PutOff().Match(rest);
        return QuestionAfterAside((putOff.Success ? rest[putOff.Length..] : rest).TrimStart(Joiners));
    }

    /// <summary>Words said between an aside's lead and its question that are skipped at most ("random q <c>mid way</c> do ...").</summary>
    private const int MaxSkippedWords = 2;

    /// <summary>
    /// Round AB (dialog-ab): the question that follows an aside's lead after a word or two of the aside's own ("random q mid way
    /// do ambassadors co chair anything", "quick one real quick, can i ..."): <see cref="QuestionShape"/> reads only lead-in words
    /// before a question word, so those words hid it. Skipped only when they hold no subject of their own (no pronoun or
    /// determiner: "btw my PA does nothing" tells) and the question is not a copula after a skipped noun ("btw housing is rubbish"
    /// tells). The text unchanged when no such question follows.
    /// </summary>
    private static string QuestionAfterAside(string rest)
    {
        if (QuestionShape.OpensWithQuestionWord(rest))
        {
            return rest;
        }
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 1; skip <= MaxSkippedWords && skip < words.Length - 1; skip++)
        {
            var skipped = words[..skip].Select(w => PlainWords.Of(w)).ToList();
            if (skipped.Any(w => SubjectWords.Contains(w)) || words[skip - 1].EndsWith('.') || words[skip - 1].EndsWith('!'))
            {
                break;
            }
            var candidate = string.Join(' ', words[skip..]);
            var opening = PlainWords.Of(words[skip]);
            if (QuestionShape.OpensWithQuestionWord(candidate) && !Copulas.Contains(opening))
            {
                return candidate;
            }
        }
        return InvertedQuestionAfterAside(words) ?? rest;
    }

    /// <summary>Words of the aside's own skipped at most before a question that puts its verb before its subject.</summary>
    private const int MaxSkippedBeforeInverted = 4;

    /// <summary>
    /// Round AD (conv-ad): a question that opens with its verb before its subject ("can i", "is there", "do they") after a few words of
    /// the aside's own that hold a subject ("oh btw while im here can i still apply ..."): the inversion itself says a question opens
    /// there, so the subject words that stop <see cref="QuestionAfterAside"/> ("btw my PA does nothing" tells) do not stop it. Not past
    /// the end of a sentence. Null when none follows within <see cref="MaxSkippedBeforeInverted"/> words.
    /// </summary>
    private static string? InvertedQuestionAfterAside(string[] words)
    {
        for (var skip = 1; skip <= MaxSkippedBeforeInverted && skip < words.Length - 1; skip++)
        {
            if (words[skip - 1].EndsWith('.') || words[skip - 1].EndsWith('!'))
            {
                return null;
            }
            var candidate = string.Join(' ', words[skip..]);
            if (QuestionShape.OpensWithInvertedQuestion(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Words that are (or introduce) a subject: skipped before a verb, they make a statement, not a question.</summary>
    private static readonly HashSet<string> SubjectWords = new(StringComparer.Ordinal)
    {
        "i", "im", "me", "my", "you", "u", "ur", "your", "he", "she", "it", "its", "we", "they", "them", "their", "his", "her", "our",
        "the", "a", "an", "this", "that", "these", "those", "there", "theres", "someone", "nobody", "everyone", "no",
    };

    /// <summary>"is", "are", "was", "were" after a skipped word close a statement about it ("housing is rubbish").</summary>
    private static readonly HashSet<string> Copulas = new(StringComparer.Ordinal) { "is", "are", "am", "was", "were", "r" };

    private static string Plain(string text) => text.Trim().Replace('\u2019', '\'');

    // Round AI (route-ai): "actually" may open it too ("actually wait before i do that whats the proper way to complain"), and the
    // put-off may name what it puts off ("before i do that").
    [GeneratedRegex(@"^(?:(?:oh|ok|okay|hmm|um|erm|sorry|actually|hang\s+on|hold\s+on)[\s,.]+)*(?:btw|by\s+the\s+way|quick\s+(?:q|qs|question|one)|random\s+(?:q|question)|off\s+topic|unrelated|wait|also|oh\s+and|one\s+more\s+thing|before\s+i\s+(?:forget|do|carry\s+on|finish)|(?:before|b4|bfore)\s+(?:that|this|we\s+(?:start|carry\s+on|go\s+on))|(?:forget|leave|park|pause|skip)\s+(?:about\s+)?(?:that|this|it|(?:the|my|our)\s+[\w']+(?:\s+[\w']+)?)\s+for\s+(?:now|a\s+(?:sec|second|min|minute|bit|moment)))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Lead();

    /// <summary>Putting the dialog off after the lead: "wait b4 that ...", "hang on before i do ...", "quick q first ...".</summary>
    [GeneratedRegex(@"^(?:(?:before|b4|bfore)\s+(?:that|this|i\s+(?:do|forget|carry\s+on|finish|answer)(?:\s+(?:that|this|it))?|we\s+(?:start|carry\s+on|go\s+on))|first(?:\s+of\s+all)?|tho|though)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex PutOff();
}
