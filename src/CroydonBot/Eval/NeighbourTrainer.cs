using System.Globalization;
using System.Text;
using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Writes seeds/neighbours.tsv (<see cref="NeighbourQuestions"/>) from eval/'s labelled questions: every single answerable
/// question of quality-*, routing-* and safeguarding-* asked alone that <see cref="SectionLabeller"/> labels (by hand, else
/// with the passages holding its expected facts), stored as its topic terms and the keys of those passages. Nothing is
/// fitted, so the same data and guides always write the same file.
/// Round AL (conv-al), only with <c>train-neighbours --follow-ups</c>: also every answerable follow-up turn of multiturn-*'s
/// scripts, read together with the turn before it (<see cref="FollowUpTerms"/>), as the conversation reads a follow-up with the
/// last subject's words. Measured leave-one-batch-out it moved 3 of 2,448 dev scripts (+2/-1), so the committed table is
/// still made without them (docs/quality.md, "Round AL (conv-al)").
/// </summary>
public static class NeighbourTrainer
{
    /// <summary>
    /// A question whose expected facts this many passages hold ("25", "good") says nothing about which one answers it;
    /// as a neighbour it would vote for all of them.
    /// </summary>
    public const int MaxKeys = 8;

    /// <summary>
    /// The files it learns from: quality-*, routing-* and safeguarding-*, as the answer gate does, and multiturn-*, whose
    /// scripts give their follow-up turns (multiturn-dev is batch "dev" as quality-dev would be).
    /// </summary>
    public static IReadOnlyList<string> TrainingFiles(string evalFolder) =>
    [
        .. AnswerGateTrainer.TrainingFiles(evalFolder)
            .Concat(Directory.EnumerateFiles(evalFolder, "multiturn-*.jsonl")).Order(StringComparer.Ordinal),
    ];

    /// <summary>
    /// The words a follow-up is read with: its own and those of the turn before, and when that turn names fewer than two
    /// topic words of its own ("when was that"), the one before it too, as the conversation carries the last subject on.
    /// </summary>
    public static string FollowUpTerms(IReadOnlyList<EvalTurn> turns, int index, Func<string, IReadOnlyCollection<string>> topicTerms)
    {
        var said = turns[index].Question;
        for (var i = index - 1; i >= 0 && i >= index - 2; i--)
        {
            said += " " + turns[i].Question;
            if (topicTerms(turns[i].Question).Count >= 2)
            {
                break;
            }
        }
        return said;
    }

    /// <summary>The labelled questions of <paramref name="files"/>, leaving out the batches in <paramref name="leaveOut"/>.</summary>
    /// <param name="passages">The guides' and sources' passages, which the labels name.</param>
    /// <param name="topicTerms">A question's topic terms, as the re-ranker reads them.</param>
    /// <param name="files">The labelled files (<see cref="TrainingFiles"/>).</param>
    /// <param name="leaveOut">Batches whose questions are left out.</param>
    /// <param name="followUps">Whether scripts' follow-up turns are neighbours too (false, the committed table: round AK's).</param>
    public static IReadOnlyList<NeighbourQuestions.Labelled> Questions(
        IReadOnlyList<Passage> passages, Func<string, IReadOnlyCollection<string>> topicTerms, IEnumerable<string> files, IReadOnlySet<string> leaveOut,
        bool followUps = false)
    {
        var labeller = new SectionLabeller(passages);
        var questions = new List<NeighbourQuestions.Labelled>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var batch = AnswerGateTrainer.BatchOf(Path.GetFileNameWithoutExtension(file));
            if (leaveOut.Contains(batch))
            {
                continue;
            }
            foreach (var c in EvalCase.ReadAll(file).Where(c => c.Context.Count == 0))
            {
                if (c.IsScript)
                {
                    if (followUps)
                    {
                        AddFollowUps(c, batch);
                    }
                    continue;
                }
                Add(labeller.Labelled(c), c.Question, batch);
            }
        }
        return questions;

        void AddFollowUps(EvalCase script, string batch)
        {
            for (var i = 1; i < script.Turns.Count; i++)
            {
                var turn = script.Turns[i];
                var alone = new EvalCase { Question = turn.Question, Expect = turn.Expect, MustIncludeAny = turn.MustIncludeAny, MustNotInclude = turn.MustNotInclude };
                Add(labeller.Labelled(alone), FollowUpTerms(script.Turns, i, topicTerms), batch);
            }
        }

        void Add(EvalCase? labelled, string words, string batch)
        {
            if (labelled is null)
            {
                return;
            }
            var keys = passages.Where(labelled.IsExpectedSection).Select(NeighbourQuestions.KeyOf).Distinct(StringComparer.Ordinal).ToList();
            var terms = topicTerms(words).Order(StringComparer.Ordinal).ToList();
            if (keys.Count is > 0 and <= MaxKeys && terms.Count > 0)
            {
                questions.Add(new NeighbourQuestions.Labelled(batch, terms, keys));
            }
        }
    }

    /// <summary>The questions as <see cref="NeighbourQuestions.Read"/> reads them.</summary>
    public static string Write(IReadOnlyList<NeighbourQuestions.Labelled> questions, string source)
    {
        var text = new StringBuilder();
        text.AppendLine("# Written by train-neighbours; do not edit by hand (a unit test checks it is what the data makes).");
        text.AppendLine(CultureInfo.InvariantCulture, $"# {questions.Count} labelled questions asked alone: {source}.");
        text.AppendLine("# batch\ttopic terms\tpassage keys (guide#heading, or a source passage's id)");
        foreach (var q in questions)
        {
            text.Append(q.Batch).Append('\t').Append(string.Join(' ', q.Terms)).Append('\t').AppendLine(string.Join('\t', q.Keys));
        }
        return text.ToString();
    }
}
