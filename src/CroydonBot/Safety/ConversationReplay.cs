namespace CroydonBot.Safety;

/// <summary>
/// Plays one person's messages through the check the way <see cref="SafeguardingStep"/> does in a conversation:
/// each message is read with the person's previous messages (two, as the bot keeps), a crisis empties
/// that window, the message right after a crisis gets the crisis reply again, and after a crisis the next messages are
/// read with more care. Offline tools (check-safety on a
/// multi-turn script, leave-one-batch-out over scripts) use it so a script's turns are judged as the bot judges them.
/// </summary>
public static class ConversationReplay
{
    public static IEnumerable<SafeguardingAssessment> Play(LayeredSafeguardingCheck check, IEnumerable<string> messages, int windowMessages = 2)
    {
        var window = new List<string>();
        var afterCrisis = false;
        var rightAfterCrisis = false;
        var answered = false;
        foreach (var message in messages)
        {
            // Every message the check lets through is answered in a conversation, so the next one may be its follow-up.
            var assessment = check.Assess(message, [.. window.TakeLast(windowMessages)], afterCrisis, rightAfterCrisis, answered);
            answered = assessment.Tier != SafeguardingTier.Crisis;
            // Only a crisis told in the message's own words makes the next message "right after" one: a reply given
            // again is not a new crisis, so it is given once more at most; nor does a tentative one (the learned layer alone,
            // at a low score).
            rightAfterCrisis = assessment.RepeatsOnNext;
            if (assessment.Tier == SafeguardingTier.Crisis)
            {
                window.Clear();
                afterCrisis = true;
            }
            else
            {
                window.Add(message);
            }
            yield return assessment;
        }
    }

    /// <summary>The verdict on the last of <paramref name="messages"/>, after the ones before it were played as the bot plays them.</summary>
    public static SafeguardingAssessment Last(LayeredSafeguardingCheck check, IEnumerable<string> messages, int windowMessages = 2) =>
        Play(check, messages, windowMessages).Last();
}
