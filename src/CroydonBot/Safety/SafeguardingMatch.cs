namespace CroydonBot.Safety;

/// <summary>
/// Why a message was treated as a possible crisis: the category and the words that matched, and whether they
/// were a signal (someone describing a situation) or only a topic named ("homeless", "county lines").
/// </summary>
public sealed record SafeguardingMatch(string Category, string MatchedText, bool Signal = true);
