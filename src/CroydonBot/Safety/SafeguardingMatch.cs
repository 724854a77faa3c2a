namespace CroydonBot.Safety;

/// <summary>
/// Why a message was treated as a possible crisis: the category and the words that matched, and whether they
/// were a signal (someone describing a situation) or only a topic named ("homeless", "county lines").
/// </summary>
public sealed record SafeguardingMatch(string Category, string MatchedText, bool Signal = true)
{
    /// <summary>
    /// A signal told with a sign that it is not now (a settled past, a game, a date ahead): handed to the learned layer
    /// like a topic, but the message as a whole said it is over, so no one sentence of it may overrule that.
    /// </summary>
    public bool Weighed { get; init; }

    /// <summary>
    /// Round AC (safe-ac): a topic told with a sign that it is not now (notNow: a settled past, a game, a joke). Such a topic is
    /// weighed as before; only the check-in for a topic named in a message that asks nothing is left out for it.
    /// </summary>
    public bool ToldAsNotNow { get; init; }
}
