using System.Globalization;
using System.Text;
using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Writes seeds/neighbours.tsv (<see cref="NeighbourQuestions"/>) from eval/'s labelled questions: every single answerable
/// question of quality-*, routing-* and safeguarding-* asked alone that <see cref="SectionLabeller"/> labels (by hand, else
/// with the passages holding its expected facts), stored as its topic terms and the keys of those passages. Nothing is
/// fitted, so the same data and guides always write the same file.
/// </summary>
public static class NeighbourTrainer
{
    /// <summary>
    /// A question whose expected facts this many passages hold ("25", "good") says nothing about which one answers it;
    /// as a neighbour it would vote for all of them.
    /// </summary>
    public const int MaxKeys = 8;

    /// <summary>The files it learns from: quality-*, routing-* and safeguarding-*, as the answer gate does.</summary>
    public static IReadOnlyList<string> TrainingFiles(string evalFolder) => AnswerGateTrainer.TrainingFiles(evalFolder);

    /// <summary>The labelled questions of <paramref name="files"/>, leaving out the batches in <paramref name="leaveOut"/>.</summary>
    public static IReadOnlyList<NeighbourQuestions.Labelled> Questions(
        IReadOnlyList<Passage> passages, Func<string, IReadOnlyCollection<string>> topicTerms, IEnumerable<string> files, IReadOnlySet<string> leaveOut)
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
                if (labeller.Labelled(c) is not { } labelled)
                {
                    continue;
                }
                var keys = passages.Where(labelled.IsExpectedSection).Select(NeighbourQuestions.KeyOf).Distinct(StringComparer.Ordinal).ToList();
                var terms = topicTerms(c.Question).Order(StringComparer.Ordinal).ToList();
                if (keys.Count is > 0 and <= MaxKeys && terms.Count > 0)
                {
                    questions.Add(new NeighbourQuestions.Labelled(batch, terms, keys));
                }
            }
        }
        return questions;
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
