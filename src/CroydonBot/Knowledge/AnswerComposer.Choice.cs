namespace CroydonBot.Knowledge;

/// <summary>
/// Round AL (sent-al): the lead sentence of the top section chosen by the learned score (<see cref="SentenceChoice"/>), and the
/// rows the trainer fits it on, read exactly as the bot reads them.
/// </summary>
public sealed partial class AnswerComposer
{
    /// <summary>What the question asks, as the learned choice reads it.</summary>
    public static SentenceChoice.Asked AskedOf(string question, QuestionKind kind, bool asksNow) =>
        new(kind, SentenceChoice.FormOf(question, asksNow), asksNow);

    /// <summary>One sentence of a section as the learned choice reads it (the same coverage the hand lead choice weighs).</summary>
    private SentenceChoice.Row RowOf(QueryPlan plan, string sentence, int index, IReadOnlySet<string> context, bool wanted, IReadOnlyList<int> ages, ulong credited)
    {
        var (coverage, typed) = plan.CoveragesCrediting(TermsOf(sentence), context, wanted ? credited : 0);
        var covered = false;
        for (var a = 0; a < ages.Count && !covered; a++)
        {
            covered = SentenceAges.Covers(sentence, ages[a]);
        }
        var (kinds, signals) = _analysis.ChoiceInputs(sentence);
        return new SentenceChoice.Row(coverage, typed, index, wanted, covered, Math.Min(sentence.Length, 300) / 300.0, signals, kinds);
    }

    /// <summary>
    /// The rows of every sentence of <paramref name="passage"/> for a question asked of it (for the trainer): the kind wanted is
    /// the kind asked, or an age for the asker's own "when" (as <see cref="Refocus"/> reads it).
    /// </summary>
    public IReadOnlyList<SentenceChoice.Row> ChoiceRows(QueryPlan plan, QuestionKind kind, bool alsoAge, IReadOnlyList<int> ages, Passage passage)
    {
        var sentences = _analysis.Sentences(passage.Text);
        var credited = KindWords.CreditedBy(plan, kind);
        var context = ContextTerms(passage);
        var rows = new SentenceChoice.Row[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var wanted = _analysis.Holds(sentences[i], kind) || alsoAge && _analysis.Holds(sentences[i], QuestionKind.Age);
            rows[i] = RowOf(plan, sentences[i], i, context, wanted, ages, credited);
        }
        return rows;
    }

    /// <summary>The sentences of a passage as the composer splits them (for the trainer's labels).</summary>
    public IReadOnlyList<string> SentencesOf(Passage passage) => _analysis.Sentences(passage.Text);

    /// <summary>
    /// The index of the sentence of <paramref name="passage"/> the learned score puts first (the first of equals), or -1 when
    /// there is no table. No allocation: one row per sentence, on the stack.
    /// </summary>
    /// <remarks>
    /// Round AM (lead-am): given the hand rules' lead (<paramref name="handLead"/>), the learned lead is returned only when it
    /// scores more than <paramref name="margin"/> above it; otherwise the hand lead is.
    /// </remarks>
    private int LearnedLead(QueryPlan plan, in SentenceChoice.Asked asked, Passage passage, Func<string, bool> wanted, IReadOnlyList<int> ages, ulong credited,
        int handLead = -1, double margin = 0, Func<string, bool>? accept = null)
    {
        if (_choice is null)
        {
            return -1;
        }
        var sentences = _analysis.Sentences(passage.Text);
        var context = ContextTerms(passage);
        var best = -1;
        var bestScore = double.NegativeInfinity;
        var handScore = double.NegativeInfinity;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (accept is not null && !accept(sentences[i]))
            {
                continue;
            }
            var row = RowOf(plan, sentences[i], i, context, wanted(sentences[i]), ages, credited);
            var score = _choice.Score(asked, row);
            if (i == handLead)
            {
                handScore = score;
            }
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }
        return handLead >= 0 && best != handLead && bestScore - handScore <= margin && handScore > double.NegativeInfinity ? handLead : best;
    }
}
