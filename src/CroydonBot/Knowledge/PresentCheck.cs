using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Questions that ask whether something read, heard or once true holds now: "I read that Ofsted judged Croydon
/// inadequate. Is that still the case?", "is that true?", "is X the director?". They are present-versus-past
/// questions whatever their words: the current position answers them, and the old claim is history.
/// </summary>
/// <remarks>
/// The frame words ("read", "the case", "true", "how things are") are not the topic. Counted as ideas they made the
/// question sentence a focus of its own, so the story that holds the topic (Ofsted, inadequate) weighed less than
/// "case" and "read", and a passage about how inspectors read cases won.
/// </remarks>
public static partial class PresentCheck
{
    /// <summary>
    /// The positions of <paramref name="words"/> (plain, lower case) that only frame a claim: "is that (still) the
    /// case / true / right / how things are", "I read / heard / saw that".
    /// </summary>
    public static bool[] FrameWords(IReadOnlyList<string> words)
    {
        var frame = new bool[words.Count];
        var joined = string.Join(' ', words);
        foreach (var pattern in (Regex[])[StillHolds(), ReadThat(), Considering()])
        {
            foreach (Match m in pattern.Matches(joined))
            {
                JoinedWords.Mark(joined, m, frame);
            }
        }
        return frame;
    }

    /// <summary>
    /// True when the question asks whether someone holds a role now ("is Robert Henderson the director?"): the present
    /// answers it, the person named is history when the seeds name a newer holder.
    /// </summary>
    public static bool AsksIfStillHolds(IReadOnlyList<string> words)
    {
        // "is it correct that ..." alone does not make a now question: its frame words are dropped, and the tense
        // words ("still", "now") already say when the present is asked (making every "is it true" a now question moved
        // "has croydon acted quickly enough" to a 2024 plan passage that never says the rating).
        return PersonInRole().IsMatch(string.Join(' ', words));
    }

    // "is that still the case", "is it true", "are they still like that", "is that how things are now", "is that the situation".
    [GeneratedRegex(@"\b(is|isnt|are|arent) (that|this|it|they|things) ((still|now|really|actually|currently) )*(the case|true|right|correct|the situation|how (things|it) (are|is)|how things stand|like that)\b")]
    private static partial Regex StillHolds();

    // "i read that ...", "i heard that", "ive seen online": where the claim came from, not what it is about.
    [GeneratedRegex(@"\b(i|ive|we) (have |once |just )?(read|heard|saw|seen) (that|somewhere|online)\b")]
    private static partial Regex ReadThat();

    // "is the government still thinking about taking ...", "are they considering closing ...": someone weighing an action.
    // The action is the topic; "thinking" read as an idea matched "tell the council what you think" (the feedback section)
    // over the section on the government's commissioner. Only before a verb in -ing: "what do you think about X" is an opinion.
    [GeneratedRegex(@"\b(thinking|considering|planning|deciding) (about|of|on) (?=\w+ing\b)")]
    private static partial Regex Considering();

    // "is robert henderson the director", "is alisa flemming still the cabinet member for children": a named person
    // and a role asks who holds the role now.
    [GeneratedRegex(@"^((so|and|but|wait) )*(is|isnt) (?!(that|this|it|there|they|croydon|croydons|the|a|an)\b)\w+( \w+)? ((still|now|currently) )?(the|croydons|our) (\w+ ){0,4}?(director|cabinet member|member|head|boss|leader|lead|mayor|manager|commissioner|inspector)\b")]
    private static partial Regex PersonInRole();
}
