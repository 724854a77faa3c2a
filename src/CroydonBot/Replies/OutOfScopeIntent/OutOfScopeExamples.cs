namespace CroydonBot.Replies.OutOfScopeIntent;

/// <summary>
/// The out-of-scope classifier's examples: dialogs/out-of-scope-intent/batch-X.tsv ("abstain|answer TAB text"), one file
/// per development batch (written by scripts/out-of-scope-examples.py from the batches' abstain and answer cases), plus
/// every alternative question of the guides in seeds/ as a question to answer. One file per batch, so a batch can be left
/// out to measure the classifier on it (<c>out-of-scope-cv</c>).
/// </summary>
public static class OutOfScopeExamples
{
    public const string Folder = "out-of-scope-intent";

    /// <summary>The batch a file holds: "q" for batch-q.tsv.</summary>
    public static string BatchOf(string file) => Path.GetFileNameWithoutExtension(file)["batch-".Length..];

    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "batch-*.tsv").Order(StringComparer.Ordinal);

    /// <param name="folder">dialogs/out-of-scope-intent: the batches' examples.</param>
    /// <param name="seedsFolder">seeds/: the guides' alternative questions.</param>
    /// <param name="leaveOut">A batch whose file is not read; null reads all.</param>
    public static IReadOnlyList<OutOfScopeExample> Read(string folder, string seedsFolder, string? leaveOut = null)
    {
        var examples = new List<OutOfScopeExample>();
        foreach (var file in Files(folder))
        {
            if (BatchOf(file) != leaveOut)
            {
                examples.AddRange(ReadFile(file));
            }
        }
        examples.AddRange(GuideQuestions(seedsFolder));
        return examples;
    }

    public static IEnumerable<OutOfScopeExample> ReadFile(string file)
    {
        foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t', 2);
            if (parts.Length != 2 || parts[0] is not ("abstain" or "answer"))
            {
                throw new InvalidDataException($"{Path.GetFileName(file)} line {number}: expected 'abstain|answer<TAB>text'.");
            }
            yield return new OutOfScopeExample(parts[1].Trim(), parts[0] == "abstain");
        }
    }

    /// <summary>The guides' own alternative questions: each is, by definition, answered by its section.</summary>
    private static IEnumerable<OutOfScopeExample> GuideQuestions(string seedsFolder)
    {
        foreach (var file in Directory.EnumerateFiles(seedsFolder, "guide-*.md").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.StartsWith("Questions:", StringComparison.Ordinal)))
            {
                foreach (var question in line["Questions:".Length..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return new OutOfScopeExample(question, false);
                }
            }
        }
    }
}
