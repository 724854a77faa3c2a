namespace CroydonBot.Replies.OutOfScopeIntent;

/// <summary>
/// The <c>out-of-scope-cv</c> command: the classifier measured honestly, each development batch scored by a model
/// trained without it (leave one batch out), at a few thresholds around the chosen one. "abstain caught" is the share of
/// the batch's abstain cases the classifier alone declines; "answers declined" the share of its answer cases it would
/// wrongly decline (before the knowledge base or the hand-written topics have their say).
/// </summary>
public static class OutOfScopeCrossValidation
{
    private static readonly double[] Thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.8];

    /// <param name="folder">dialogs/out-of-scope-intent: one examples file per batch.</param>
    /// <param name="seedsFolder">seeds/: the guides' alternative questions, answerable examples.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="lines">Also print every example's held-out probability ("LINE batch label p text", round AM), to weigh a threshold
    /// against what the whole bot already gets right or wrong on each line.</param>
    public static int Run(string folder, string seedsFolder, TextWriter output, bool lines = false)
    {
        var totals = new int[Thresholds.Length, 2];
        var (allAbstain, allAnswer) = (0, 0);
        output.WriteLine($"batch   abstain caught / answers declined at thresholds {string.Join(", ", Thresholds)}");
        foreach (var file in OutOfScopeExamples.Files(folder))
        {
            var batch = OutOfScopeExamples.BatchOf(file);
            var model = OutOfScopeClassifier.Train(OutOfScopeExamples.Read(folder, seedsFolder, leaveOut: batch));
            var scored = OutOfScopeExamples.ReadFile(file).Select(e => (e.Abstain, P: model.Probability(e.Text))).ToList();
            if (lines)
            {
                foreach (var (example, p) in OutOfScopeExamples.ReadFile(file).Zip(scored.Select(s => s.P)))
                {
                    output.WriteLine(FormattableString.Invariant($"LINE\t{batch}\t{(example.Abstain ? "abstain" : "answer")}\t{p:0.000}\t{example.Text}"));
                }
            }
            var (abstain, answer) = (scored.Count(s => s.Abstain), scored.Count(s => !s.Abstain));
            (allAbstain, allAnswer) = (allAbstain + abstain, allAnswer + answer);
            var cells = new List<string>();
            for (var t = 0; t < Thresholds.Length; t++)
            {
                var caught = scored.Count(s => s.Abstain && s.P >= Thresholds[t]);
                var declined = scored.Count(s => !s.Abstain && s.P >= Thresholds[t]);
                totals[t, 0] += caught;
                totals[t, 1] += declined;
                cells.Add($"{caught}/{abstain} / {declined}/{answer}");
            }
            output.WriteLine($"{batch,-7} {string.Join("   ", cells)}");
        }
        output.WriteLine($"{"all",-7} {string.Join("   ", Enumerable.Range(0, Thresholds.Length).Select(t => $"{totals[t, 0]}/{allAbstain} ({100.0 * totals[t, 0] / allAbstain:F1}%) / {totals[t, 1]}/{allAnswer} ({100.0 * totals[t, 1] / allAnswer:F1}%)"))}");
        return 0;
    }
}
