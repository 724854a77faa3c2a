namespace CroydonBot.Safety;

/// <summary>
/// Plays one person's messages through the check the way <see cref="SafeguardingStep"/> does in a conversation:
/// each message is read with the person's previous messages (two, as the bot keeps), a crisis empties
/// that window, and after a crisis the next messages are read with more care. Offline tools (check-safety on a
/// multi-turn script, leave-one-batch-out over scripts) use it so a script's turns are judged as the bot judges them.
/// </summary>
public static class ConversationReplay
{
    public static IEnumerable<SafeguardingAssessment> Play(LayeredSafeguardingCheck check, IEnumerable<string> messages, int windowMessages = 2)
    {
        var window = new List<string>();
        var afterCrisis = false;
        foreach (var message in messages)
        {
            var assessment = check.Assess(message, [.. window.TakeLast(windowMessages)], afterCrisis);
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
}
