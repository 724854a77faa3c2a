namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// How sure the feedback intent model must be before a message starts the feedback conversation, by the
/// message's shape. Fitted by leave-one-batch-out over the development routing batches (the <c>route --cv</c>
/// command; docs/feedback.md, "Round E (routing)"), not on one batch. Round G refitted Start (0.45 -> 0.4) and Clause
/// (0.7 -> 0.6): every held-out batch of B-J chose them with round G's model ("Round G (routing)").
/// </summary>
public sealed record FeedbackRoutingBars
{
    public static readonly FeedbackRoutingBars Default = new();

    /// <summary>Feedback (start + offer) at or above this starts the dialog for a message that tells.</summary>
    public float Start { get; init; } = 0.4f;

    /// <summary>
    /// The same for a message that asks for information (a question mark, a question word): starting the dialog on
    /// a real question hides its answer, which costs more than answering a request to give feedback with the button.
    /// </summary>
    public float QuestionStart { get; init; } = 0.75f;

    /// <summary>How sure the model must be of one telling clause, read alone, to offer the whole message as feedback.</summary>
    public float Clause { get; init; } = 0.6f;

    /// <summary>Asking about feedback at or above this adds the "Give feedback" button to the answer.</summary>
    public float About { get; init; } = 0.35f;

    /// <summary>
    /// A question-shaped message that the model reads as feedback already in it ("Shall I send this as your
    /// feedback?") below this is answered with a "Give feedback" button instead: the confirmation is for
    /// statements that read as a complaint or suggestion, and a wrong "Shall I send this?" to a question
    /// hides its answer.
    /// </summary>
    public float QuestionOffer { get; init; } = 0.9f;
}
