using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AT (follow-at): a follow-up is not told "I don't know" while the section the conversation just answered from answers it.
/// Of the dev and studied held-out follow-ups that got the fallback wrongly, most were refused by a test made for questions asked
/// alone, though the section just answered holds the fact asked:
/// <list type="bullet">
/// <item>the unseen-word veto (<see cref="UnknownSubject"/>), made for "how do I apply for PIP": "so can i just tick a box at the
/// chemist" after free prescriptions is read against the conversation and led by the prescriptions section, but its three
/// unseen words (tick, box, chemist) outnumber the conversation's known ones. In a reading led by the section just answered, the
/// thing asked about is that section's, which the guides hold; the unseen words are how the asker puts the side of it they ask.</item>
/// <item>the learned answer gate (<see cref="AnswerGate"/>), which only ever saw questions asked alone: "and when i hit 25?" after
/// the council tax relief is read alone (it names a number), finds the PA section through "25", and the gate refuses it. Read
/// against the conversation, the council tax section, which says the relief lasts to 24, leads surely.</item>
/// </list>
/// Only ever in place of the fallback, never in place of an answer: no turn that is answered now changes section. Only the
/// section just answered, led by the reading: a reading led elsewhere would be a new guess where the bot had declined to guess.
/// The amount test (<see cref="AskedFact"/>) still refuses, and so does every reason a message is beyond the sources, which the
/// knowledge step checks on its own.
/// </summary>
public static class TheLastSectionAnswers
{
    /// <summary>
    /// True when <paramref name="reading"/> is led by the section just answered (<paramref name="lastPassageId"/>), covers the
    /// follow-up at least at <paramref name="threshold"/>, and does not lack an amount or figure asked for: it may answer whatever
    /// the unseen-word veto says.
    /// </summary>
    public static bool Vouches(RetrievalResult reading, string? lastPassageId, double threshold) =>
        lastPassageId is not null && reading.Best is { } best && best.Passage.Id == lastPassageId
        && reading.Confidence >= threshold && !AskedFact.IsMissing(reading);
}
