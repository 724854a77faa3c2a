namespace CroydonBot.Safety;

/// <summary>Why a message was treated as a possible crisis: the category and the words that matched.</summary>
public sealed record SafeguardingMatch(string Category, string MatchedText);
