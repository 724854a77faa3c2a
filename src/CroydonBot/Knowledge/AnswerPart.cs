namespace CroydonBot.Knowledge;

/// <summary>
/// One cited part of an answer: sentences from one passage, in the order the passage has them. A sentence
/// from history already carries its year, so it never passes for the present when read on its own.
/// </summary>
/// <param name="Lead">The sentence the part opens with.</param>
/// <param name="Supporting">The sentences after it.</param>
/// <param name="Citation">Where the sentences come from.</param>
/// <param name="History">Set when the part is history.</param>
public sealed record AnswerPart(string Lead, IReadOnlyList<string> Supporting, Citation Citation, HistoryNote? History = null)
{
    /// <summary>The sentences as one text.</summary>
    public string Body => Supporting.Count == 0 ? Lead : Lead + " " + string.Join(' ', Supporting);
}
