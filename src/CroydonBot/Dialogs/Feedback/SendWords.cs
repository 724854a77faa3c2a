using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// How people agree and ask for their feedback to go: a small structured lexicon built from the data file's
/// words (politeness <c>fillers</c>, agreement: the yes words and the summary's "send" synonyms such as "thats
/// right", and the <c>send</c> commands). "yep thats right send it" is agreement then a send; "ye go on then" is
/// agreement alone. Neither is ever a way of stopping, and neither is feedback.
/// </summary>
public sealed class SendWords
{
    /// <summary>A reply longer than this is saying something more than "yes, send it".</summary>
    private const int MaxWords = 12;

    private static readonly char[] ClauseEnds = ['.', '!', '?', ';', ',', '\n'];

    private readonly HashSet<string> _send;
    private readonly HashSet<string> _fillers;
    private readonly string[][] _agreement;
    private readonly HashSet<string> _disagreement;

    /// <param name="send">Ways of asking to send ("send it", "submit").</param>
    /// <param name="fillers">Politeness and filler words that change nothing ("please", "ok", "yep").</param>
    /// <param name="agreement">Ways of agreeing (the yes words, "thats right", "looks good").</param>
    /// <param name="leads">Words that may come before an agreement word and leave it agreement ("thats" correct, "its all" correct).</param>
    /// <param name="disagreement">The no words ("no", "nah"): the fillers hold some of them, but they never agree.</param>
    public SendWords(IEnumerable<string> send, IEnumerable<string> fillers, IEnumerable<string> agreement, IEnumerable<string>? leads = null, IEnumerable<string>? disagreement = null)
    {
        // Single words only, and not "n", which is as often "and" ("yes n send it").
        _disagreement = [.. (disagreement ?? []).Select(PlainWords.Of).Where(p => p.Length > 1 && !p.Contains(' '))];
        _send = [.. send.Select(PlainWords.Of).Where(p => p.Length > 0)];
        _fillers = [.. fillers.Select(PlainWords.Of)];
        var agreed = agreement.Select(PlainWords.Of).Where(p => p.Length > 0).ToList();
        var led = (leads ?? []).Select(PlainWords.Of).Where(p => p.Length > 0).SelectMany(lead => agreed.Select(a => lead + " " + a));
        // Longest first, so "thats right" is taken whole before "right".
        _agreement = [.. agreed.Concat(led).Distinct().Select(p => p.Split(' ')).OrderByDescending(p => p.Length)];
    }

    /// <summary>True when the whole reply is agreement with at least one request to send ("yes send it", "yep thats right send it").</summary>
    public bool IsSend(string text) => Read(text) is { Sends: true, Other: false };

    /// <summary>True when the whole reply is agreement, sending or politeness ("ye go on then", "ok cool"), and says nothing else.</summary>
    public bool IsAgreement(string text) => Read(text) is { Other: false, Any: true };

    /// <summary>
    /// True when a clause of the reply opens with a request to send ("It was the duty team, please send it to them"):
    /// whatever else it says, that is carrying on, not stopping.
    /// </summary>
    public bool AsksToSend(string text) =>
        text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries).Any(part =>
        {
            // "can u still send what i said": "still" before the request keeps it one (round AC).
            var words = PlainWords.WordsOf(part);
            var start = RequestStart(words, out var intends);
            // Asking leave on a condition ("can i send it without my name", "could i send it by email instead") asks how the
            // process works, and is answered in between; only plain leave to send is the request. Sending put off ("ill send
            // it tomorrow") is no request to send now either.
            if ((intends || words.Take(start).Any(w => w is "i" or "we")) && words.Skip(start).Any(w => Conditions.Contains(w) || PutOff.Contains(w)))
            {
                return false;
            }
            // Said as what one will do, the request is the whole rest of the clause ("kk let me send it then"), so "i want to send
            // a complaint about my PA" stays what it says.
            return intends
                ? _send.Contains(string.Join(' ', words.Skip(start).Where(w => !_fillers.Contains(w))))
                : Enumerable.Range(1, words.Length - start).Any(n => _send.Contains(string.Join(' ', words, start, n)));
        });

    /// <summary>
    /// Where the request in a clause begins, past fillers and "still". Round AI (route-ai): past asking leave as well ("ok can i still
    /// send the nice message about her", "could we send it now"): after "can", "could" or "may", the asker ("i", "we") leads into the
    /// request as "u" does in "can u send it".
    /// </summary>
    private int RequestStart(string[] words, out bool intends)
    {
        var start = 0;
        var asksLeave = false;
        intends = false;
        while (start < words.Length)
        {
            var w = words[start];
            if (IntentionLength(words, start) is > 0 and var lead)
            {
                // Round AK (lead): "kk let me send it then", "ok ill just send it", "lets send it": the person says they will send
                // it, which asks for it as much as "send it" does.
                intends = true;
                start += lead;
                continue;
            }
            if (IsLeave(w))
            {
                asksLeave = true;
            }
            else if (!(_fillers.Contains(w) || w == Still || (asksLeave && w is "i" or "we")))
            {
                break;
            }
            start++;
        }
        return start;
    }

    /// <summary>
    /// The reply without the sentences of agreement it opens with ("ok cool. im happy for them to contact me" is read
    /// from "im happy..."), so what it is about is judged from where it starts saying something. The reply itself when
    /// it is nothing but agreement.
    /// </summary>
    public string WithoutLeadingAgreement(string text)
    {
        var rest = text.Trim();
        while (rest.IndexOfAny(SentenceEnds) is var end and > 0 && end < rest.Length - 1 && IsAgreement(rest[..end]))
        {
            rest = rest[(end + 1)..].TrimStart();
        }
        return rest;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', ';', '\n'];

    /// <summary>Said before a request to send, it asks all the same: the person still wants it sent.</summary>
    private const string Still = "still";

    private static bool IsLeave(string word) => word is "can" or "could" or "may";

    /// <summary>How a person says they are about to do a thing themselves: "let me", "lemme", "lets", "ill", "i will", "i wanna".</summary>
    private static readonly string[][] Intentions =
        [["let", "me"], ["lemme"], ["lets"], ["let", "s"], ["ill"], ["i", "ll"], ["i", "will"], ["i", "wanna"], ["i", "want", "to"], ["ima"], ["im", "gonna"]];

    /// <summary>The number of words of the intention opening <paramref name="words"/> at <paramref name="start"/>; 0 when none does.</summary>
    private static int IntentionLength(string[] words, int start)
    {
        foreach (var lead in Intentions)
        {
            if (start + lead.Length <= words.Length && lead.AsSpan().SequenceEqual(words.AsSpan(start, lead.Length)))
            {
                return lead.Length;
            }
        }
        return 0;
    }

    /// <summary>Words that put sending off to another time ("ill send it tomorrow", "let me send it another day").</summary>
    private static readonly HashSet<string> PutOff = ["tomorrow", "tmrw", "tmr", "another", "next", "sometime", "someday"];

    // Words that put a condition on sending (how, when, to whom, without what), so leave asked with them is a question.
    private static readonly HashSet<string> Conditions = ["without", "anonymous", "anonymously", "anon", "if", "when", "by", "later", "instead", "via", "or"];

    private (bool Sends, bool Other, bool Any) Read(string text)
    {
        var clauses = text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries)
            .Select(c => PlainWords.WordsOf(c)).Where(c => c.Length > 0).ToList();
        if (clauses.Count == 0 || clauses.Sum(c => c.Length) > MaxWords)
        {
            return (false, true, false);
        }
        var sends = false;
        if (clauses.Any(c => c.Any(_disagreement.Contains)))
        {
            return (false, true, true);
        }
        foreach (var clause in clauses)
        {
            // Each clause: agreement and politeness in any order, then at most one request to send at its end.
            var rest = clause.ToList();
            while (rest.Count > 0)
            {
                // "send it" is also one of the agreement words ("send"): the request to send is looked for first.
                if (_send.Contains(string.Join(' ', rest.Where(w => !_fillers.Contains(w)))))
                {
                    break;
                }
                if (_fillers.Contains(rest[0]))
                {
                    rest.RemoveAt(0);
                    continue;
                }
                // "kk let me send it then": saying one will send it, right before the request, is the request.
                if (IntentionLength([.. rest], 0) is > 0 and var lead && _send.Contains(string.Join(' ', rest.Skip(lead).Where(w => !_fillers.Contains(w)))))
                {
                    rest.RemoveRange(0, lead);
                    continue;
                }
                if (_agreement.FirstOrDefault(a => a.Length <= rest.Count && a.SequenceEqual(rest.Take(a.Length))) is { } agreed)
                {
                    rest.RemoveRange(0, agreed.Length);
                    continue;
                }
                break;
            }
            var left = string.Join(' ', rest.Where(w => !_fillers.Contains(w)));
            if (left.Length == 0)
            {
                continue;
            }
            if (!_send.Contains(left))
            {
                return (sends, true, true);
            }
            sends = true;
        }
        return (sends, false, true);
    }
}
