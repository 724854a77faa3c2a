namespace CroydonBot.Knowledge;

/// <summary>
/// A passage found for a question: its ranking score, how much of the question it covers and, when re-ranked,
/// how closely the question says one of the passage's alternative questions (1: it says one of them whole).
/// <see cref="NeighbourLift"/> is the part of <see cref="Score"/> the labelled questions nearest this one added
/// (<see cref="NeighbourQuestions"/>): what the question's own words did not earn.
/// </summary>
public sealed record ScoredPassage(Passage Passage, int Number, double Score, double Coverage, double QuestionMatch = 0, double NeighbourLift = 0)
{
    /// <summary>The score the question's own words give the passage, without the neighbours' votes.</summary>
    public double OwnScore => Score - NeighbourLift;

    /// <summary>
    /// True when the passage is an overview and the question asks no more than it does (<see cref="OverviewBreadth"/>): "what
    /// am i entitled to when i leave care" is answered by the whole list, not by one entitlement's sentence that shares a word.
    /// </summary>
    public bool AnswersBroadly { get; init; }

    /// <summary>
    /// True when the passage is someone's own words, a speaker the text names (<see cref="PassageSpeakers"/>) and the question
    /// does not: minutes of a councillor welcoming the report, a mayor's quote in the news. Their view of what was found, not
    /// an account of it. A question naming the speaker ("what did the ambassadors say at the meeting") asks for their words.
    /// </summary>
    public bool QuotesSomeone { get; init; }

    /// <summary>
    /// True when the passage is the words of a speaker the question names ("when the ambassadors spoke at the meeting, what did
    /// they say"): their words are what is asked, so a guide section's account does not take the lead from them (round AF).
    /// </summary>
    public bool SpeakerAsked { get; init; }
}
