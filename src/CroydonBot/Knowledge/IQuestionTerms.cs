namespace CroydonBot.Knowledge;

/// <summary>
/// The topic of a question as the knowledge index sees it: its analysed (stemmed) terms, without the words
/// that shape a question without being its topic (seeds/question-words.yaml "ignore").
/// </summary>
public interface IQuestionTerms
{
    IReadOnlyList<string> TopicTerms(string text);
}
