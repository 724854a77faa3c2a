namespace CroydonBot.Knowledge;

/// <summary>
/// The words an answer is framed in (the history warning and the source line). They live with the rest of
/// the bot's wording in dialogs/wording.yaml; the composer receives them so Knowledge never reads Replies.
/// </summary>
/// <param name="HistoricalPrefix">Opening words for an answer from a document that is now history; {date} is filled in.</param>
/// <param name="SourceLine">How the source line under an answer reads; {title}, {publisher} and {date} are filled in.</param>
public sealed record AnswerWording(string HistoricalPrefix, string SourceLine);
