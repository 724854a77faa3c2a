namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// A message's reading: the probability that it wants to send feedback (start or offer), that it asks about
/// feedback, whether the feedback is already in it, and that it wants to stop (a change of mind).
/// </summary>
public sealed record FeedbackIntentReading(string Label, float Feedback, float About, float Offer, float Stop = 0)
{
    public static readonly FeedbackIntentReading None = new(FeedbackIntent.Other, 0, 0, 0);
}
