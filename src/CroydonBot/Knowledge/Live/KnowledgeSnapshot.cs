namespace CroydonBot.Knowledge.Live;

/// <summary>
/// One generation of the knowledge base: the index and the parts built over it. A turn takes one snapshot and
/// uses it to the end, so a swap in the middle of a question never mixes two indexes.
/// </summary>
public sealed record KnowledgeSnapshot(
    int Generation, KnowledgeIndex Index, Retriever Retriever, AnswerComposer Composer, RecentAnswers Answers, TaughtPhrasings Taught)
{
    /// <summary>Retrieval as the bot answers: recent answers reused, and a taught phrasing's chosen section first.</summary>
    public RetrievalResult Retrieve(string question) => Taught.Apply(question, Answers.Retrieve(question));

    /// <summary>The plan <see cref="Retrieve"/> reads <paramref name="question"/> by (a taught phrasing changes the hits, not the plan), without the search.</summary>
    public QueryPlan Plan(string question) => Answers.Plan(question);
}
