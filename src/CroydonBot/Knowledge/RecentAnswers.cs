using System.Runtime.CompilerServices;
using CroydonBot.Caching;
using Microsoft.Extensions.Options;

namespace CroydonBot.Knowledge;

/// <summary>
/// Retrieval and composition for questions asked recently. The index, synonyms and wording never change
/// while the bot runs, so the same words always find the same passages and make the same answer; a cohort
/// asking the same questions after a newsletter should not pay for the search again each time.
/// <see cref="KnowledgeOptions.RecentAnswers"/> = 0 turns it off (the benchmarks measure without it).
/// </summary>
public sealed class RecentAnswers(Retriever retriever, AnswerComposer composer, IOptions<KnowledgeOptions> options)
{
    private readonly BoundedMemo<string, RetrievalResult> _results = new(options.Value.RecentAnswers, StringComparer.Ordinal);

    // Keyed by the remembered result itself, so a composed answer lives exactly as long as its result.
    private readonly ConditionalWeakTable<RetrievalResult, ComposedAnswer> _answers = [];

    /// <summary>
    /// Searches the first <see cref="KnowledgeOptions.MaxQuestionWords"/> words. Questions longer than <see cref="KnowledgeOptions.MaxRememberedQuestionChars"/> are searched afresh and
    /// not remembered, so the memo's keys stay small whatever people send.
    /// </summary>
    public RetrievalResult Retrieve(string question)
    {
        question = QuestionBudget.FirstWords(question, options.Value.MaxQuestionWords);
        return question.Length <= options.Value.MaxRememberedQuestionChars
            ? _results.GetOrAdd(question, q => retriever.Retrieve(q))
            : retriever.Retrieve(question);
    }

    /// <summary>
    /// The plan <see cref="Retrieve"/> searches <paramref name="question"/> with (the same first words), without searching:
    /// a remembered result's plan, else the planner's. For a caller that only weighs a reading's ideas.
    /// </summary>
    public QueryPlan Plan(string question)
    {
        question = QuestionBudget.FirstWords(question, options.Value.MaxQuestionWords);
        return _results.TryGet(question, out var known) ? known.Plan : retriever.Plan(question);
    }

    /// <summary>How many questions are remembered now.</summary>
    public int Count => _results.Count;

    public ComposedAnswer Compose(RetrievalResult result) =>
        _results.Capacity > 0
            ? _answers.GetValue(result, r => composer.Compose(r.Plan, r.Hits, r.Focus, r.AlsoAsked))
            : composer.Compose(result.Plan, result.Hits, result.Focus, result.AlsoAsked);

    /// <summary>
    /// The follow-up's answer led by what it asks itself, when the usual one would repeat the last answer
    /// (<see cref="AnswerComposer.Refocus"/>); not remembered, since it depends on what was said before.
    /// </summary>
    public ComposedAnswer? Refocus(RetrievalResult result, IReadOnlyList<string> said) => composer.Refocus(result, said);

    /// <summary>The best passage from its start, what the last answer left out included (<see cref="AnswerComposer.WholeRule"/>).</summary>
    public ComposedAnswer? WholeRule(RetrievalResult result, IReadOnlyList<string> said) => composer.WholeRule(result, said);

    /// <summary>True when the answer's first part holds the kind of fact <paramref name="focus"/> asks (<see cref="AnswerComposer.HoldsAskedKind"/>).</summary>
    public bool HoldsAskedKind(ComposedAnswer answer, QueryPlan focus) => composer.HoldsAskedKind(answer, focus);
}
