using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Who speaks in each passage of minutes and news: "Cabinet Member for Children and Young People, Councillor Maria
/// Gatland welcomed the report", "Elenor Brazil (IAP) advised", a quotation after "Executive Mayor of Croydon, Jason
/// Perry, expressed his pride ...:". A question about what one person or body said ("what did the panel say", "who was
/// the cabinet member") wants that speaker's passage, and minutes put many speakers' words side by side in the same
/// words, so a bag of words picks a neighbour. Guides are not read: they report, they do not record who spoke.
/// </summary>
public static partial class PassageSpeakers
{
    /// <summary>
    /// The speaker of each passage of <paramref name="passages"/> (in index order), or null. A passage that opens a
    /// quotation speaks for whoever introduced it (the last sentence before it, ending with ':') or for the passage before
    /// it when that one quotes its speaker too; in minutes a paragraph that names nobody goes on with the last speaker's report.
    /// </summary>
    public static string?[] Of(IReadOnlyList<Passage> passages)
    {
        var speakers = new string?[passages.Count];
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (passage.Document.Kind == "guide")
            {
                continue;
            }
            var previous = i > 0 && passages[i - 1].Document.File == passage.Document.File ? i - 1 : -1;
            var text = passage.Text.TrimStart();
            if (previous >= 0 && OpensQuote(text))
            {
                // A quotation is the words of the one who introduced it, or of the quotation before.
                speakers[i] = Introducer(passages[previous].Text) ?? (HasQuote(passages[previous].Text) ? speakers[previous] : null);
                continue;
            }
            speakers[i] = SpeakerOf(FirstSentence(text))
                ?? (previous >= 0 && passage.Document.Kind == "minutes" ? speakers[previous] : null);
        }
        return speakers;
    }

    /// <summary>
    /// The words before a reporting verb that opens a sentence ("The Executive Mayor introduced ..."), when they are
    /// short enough to be a name or a role and do not open with a framing word ("Despite ... the report highlighted").
    /// </summary>
    public static string? SpeakerOf(string sentence)
    {
        var m = ReportingVerb().Match(sentence);
        if (!m.Success || m.Index == 0)
        {
            return null;
        }
        var subject = sentence[..m.Index].Trim().TrimEnd(',');
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 0 or > MaxSpeakerWords || NotASpeaker.Contains(words[0].Trim('\'', '"', '\u2018', '\u201C')) || !char.IsUpper(words[0].TrimStart('\'', '"')[0])
            ? null : subject;
    }

    /// <summary>Who introduces a quotation at the end of <paramref name="text"/> ("Debbie Jones, Corporate Director ..., believes that ...:").</summary>
    private static string? Introducer(string text)
    {
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith(':'))
        {
            return null;
        }
        var sentences = CroydonBot.Text.SentenceSplitter.Split(trimmed);
        return sentences.Count == 0 ? null : SpeakerOf(sentences[^1]);
    }

    private static string FirstSentence(string text)
    {
        var sentences = CroydonBot.Text.SentenceSplitter.Split(text);
        return sentences.Count == 0 ? text : sentences[0];
    }

    private static bool OpensQuote(string text) => text.Length > 0 && text[0] is '"' or '\u201C' or '\u2018';

    // A quotation goes on across paragraphs: "Jason Perry ... said: “This is good news ...", then “I also want to thank ...".
    private static bool HasQuote(string text) => text.Contains('"') || text.Contains('\u201C');

    /// <summary>A name and a role ("Debbie Jones, Corporate Director for Children, Young People, and Education") fit in this many words.</summary>
    private const int MaxSpeakerWords = 14;

    // Sentence openings that frame what follows rather than name who speaks.
    private static readonly HashSet<string> NotASpeaker = new(StringComparer.OrdinalIgnoreCase)
    {
        "Despite", "Within", "It", "There", "Through", "Thanks", "However", "In", "After", "Before", "While", "This", "These",
        "They", "He", "She", "We", "I", "Ofsted", "Inspectors", "The report", "Although", "When", "If",
    };

    // The verbs minutes and news use to report what someone said or did at a meeting.
    [GeneratedRegex(@"\b(advised|noted|welcomed|said|says|described|introduced|thanked|highlighted|expressed|believes|stated|told|explained|added|congratulated|praised|sought|reported|commented|confirmed)\b")]
    private static partial Regex ReportingVerb();
}
