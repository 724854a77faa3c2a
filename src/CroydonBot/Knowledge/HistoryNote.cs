namespace CroydonBot.Knowledge;

/// <summary>
/// What an answer part from history needs said around it: the date it is from (the history warning's
/// {date}) and, when the question asked whether it still holds, the current position to say first.
/// </summary>
/// <param name="DateLabel">When the part's facts date from ("2017").</param>
/// <param name="CurrentFirst">The current position as a sentence ("Since 2017, Ofsted rated..."), said before the history; null otherwise.</param>
public sealed record HistoryNote(string DateLabel, string? CurrentFirst = null);
