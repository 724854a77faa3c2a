namespace CroydonBot.Storage;

/// <summary>The passages behind the last answer and the logged question they answered.</summary>
public sealed class LastAnswer
{
    public List<string> PassageIds { get; set; } = [];

    /// <summary>How many of the passage's sentences have been shown, so "tell me more" continues from there.</summary>
    public int SentencesShown { get; set; }

    public long? QuestionLogId { get; set; }

    /// <summary>
    /// The sentences the answer opened with, as said (seed text, never the question): a different follow-up is not
    /// answered with the same words again.
    /// </summary>
    public List<string> Said { get; set; } = [];

    /// <summary>
    /// The people the whole answer named, as the seeds write them ("Jason Perry"), first named first: "what did he say"
    /// next asks for one of their words. Seed text only, never the question.
    /// </summary>
    public List<string> People { get; set; } = [];

    /// <summary>
    /// True when the answer offered the "Give feedback" button (it answered how to tell the council something): a short
    /// message after it ("its about the gym thing") says what the feedback is about, not the next question.
    /// </summary>
    public bool OfferedFeedback { get; set; }
}
