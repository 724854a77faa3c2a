using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// The training examples: the hand-written ones in dialogs/feedback-intent/*.tsv ("label TAB text"), plus
/// every alternative question of the guides in seeds/ as an ordinary question, or as a question about
/// feedback when its section is about complaints, feedback or being listened to. So a new guide question
/// teaches the model what a question looks like without anyone writing it twice. The development batches whose
/// first runs are recorded are examples too, one file each (<c>batch-k.tsv</c>: batch K's messages with their
/// labels), so a batch can be left out to measure the model on it (<c>route --cv-model</c>).
/// </summary>
public static partial class FeedbackIntentData
{
    public const string Folder = "feedback-intent";
    public const string ModelFile = "model.zip";

    /// <summary>The file of one development batch's examples: <c>batch-k.tsv</c> for batch K.</summary>
    public static string BatchFile(string batch) => $"batch-{batch}.tsv";

    /// <param name="intentFolder">dialogs/feedback-intent: the examples files.</param>
    /// <param name="seedsFolder">seeds/: the guides' alternative questions.</param>
    /// <param name="leaveOut">A batch whose file (<see cref="BatchFile"/>) is not read, to measure the model on that batch; null reads all.</param>
    public static IReadOnlyList<FeedbackIntentExample> Read(string intentFolder, string seedsFolder, string? leaveOut = null) =>
        Read(intentFolder, seedsFolder, name => leaveOut is not null && name == BatchFile(leaveOut));

    /// <summary>
    /// As <see cref="Read(string, string, string?)"/>, leaving out every examples file whose name <paramref name="leaveOutFile"/>
    /// picks: the batch files of a fold of batches (<c>route --cv-folds</c>).
    /// </summary>
    public static IReadOnlyList<FeedbackIntentExample> Read(string intentFolder, string seedsFolder, Func<string, bool> leaveOutFile)
    {
        var examples = new List<FeedbackIntentExample>(ReadFiles(intentFolder, leaveOutFile));
        examples.AddRange(GuideQuestions(seedsFolder));
        return examples;
    }

    /// <summary>
    /// The examples of a folder's *.tsv files alone ("label TAB text"), without the guides' questions: a folder of drafted
    /// batch files to train on beside dialogs/feedback-intent (<c>route --cv-folds=N --extra=DIR</c>).
    /// </summary>
    public static IReadOnlyList<FeedbackIntentExample> ReadFiles(string folder, Func<string, bool> leaveOutFile)
    {
        var examples = new List<FeedbackIntentExample>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            if (leaveOutFile(Path.GetFileName(file)))
            {
                continue;
            }
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                {
                    continue;
                }
                var parts = line.Split('\t', 2);
                if (parts.Length != 2 || !FeedbackIntent.All.Contains(parts[0]))
                {
                    throw new InvalidDataException($"{Path.GetFileName(file)} line {number}: expected 'label<TAB>text' with a label of {string.Join(", ", FeedbackIntent.All)}.");
                }
                examples.Add(new FeedbackIntentExample { Label = parts[0], Text = parts[1].Trim() });
            }
        }
        return examples;
    }

    private static IEnumerable<FeedbackIntentExample> GuideQuestions(string seedsFolder)
    {
        foreach (var file in Directory.EnumerateFiles(seedsFolder, "guide-*.md").Order(StringComparer.Ordinal))
        {
            var label = FeedbackIntent.Other;
            foreach (var line in File.ReadLines(file))
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    label = AboutFeedback().IsMatch(line) ? FeedbackIntent.About : FeedbackIntent.Other;
                }
                else if (line.StartsWith("Questions:", StringComparison.Ordinal))
                {
                    foreach (var question in line["Questions:".Length..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        yield return new FeedbackIntentExample { Label = label, Text = question };
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"complain|feedback|listened", RegexOptions.IgnoreCase)]
    private static partial Regex AboutFeedback();
}
