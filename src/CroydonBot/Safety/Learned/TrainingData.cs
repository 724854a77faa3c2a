using System.Text.Json;

namespace CroydonBot.Safety.Learned;

/// <summary>
/// The labelled messages the learned layer is trained on (data/safeguarding/README.md): every
/// crisis-*.txt (crises) and ordinary-*.txt (not crises) in the folder, one message a line, plus the files
/// listed in sources.txt (phrasing sets of the tests, development batches in eval format, where a case's
/// "context" messages are read with it, as the conversation window reads them). A line of sources.txt may end
/// with a batch name, so cross-validation can leave that batch's files out together.
/// </summary>
public static class TrainingData
{
    public static List<TrainingExample> Read(string folder, string repositoryRoot)
    {
        var examples = new List<TrainingExample>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("crisis-", StringComparison.Ordinal) || name.StartsWith("ordinary-", StringComparison.Ordinal))
            {
                var source = Path.GetRelativePath(repositoryRoot, file);
                examples.AddRange(Lines(file).Select(l => new TrainingExample(l, name.StartsWith("crisis-", StringComparison.Ordinal), null, source)));
            }
        }
        var sources = Path.Combine(folder, "sources.txt");
        foreach (var line in System.IO.File.Exists(sources) ? Lines(sources) : [])
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (kind, source, batch) = (fields[0], fields[1], fields.ElementAtOrDefault(2));
            var path = Path.Combine(repositoryRoot, source);
            switch (kind)
            {
                case "crisis" or "ordinary":
                    examples.AddRange(Lines(path).Select(l => new TrainingExample(l, kind == "crisis", batch, source)));
                    break;
                case "eval":
                    examples.AddRange(Lines(path).SelectMany(EvalLine).Select(e => new TrainingExample(e.Text, e.Crisis, batch, source)));
                    break;
                default:
                    throw new InvalidDataException($"{sources}: unknown kind '{kind}' (crisis, ordinary or eval).");
            }
        }
        return examples;
    }

    /// <summary>
    /// A case in eval format (eval/README.md): its context messages and question as one window, and whether it
    /// expects the crisis reply. A multi-turn script gives each turn twice, as the check reads it in a conversation:
    /// alone, and with the person's previous two turns as the window (a turn that is no crisis is ordinary both
    /// ways; the window starts again after a crisis turn, as the bot empties it then).
    /// </summary>
    private static IEnumerable<(string Text, bool Crisis)> EvalLine(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("turns", out var turns) && turns.ValueKind == JsonValueKind.Array)
        {
            return ScriptExamples([.. turns.EnumerateArray().Select(t => (t.GetProperty("question").GetString() ?? "", t.GetProperty("expect").GetString() == "safeguarding"))]);
        }
        var context = root.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(e => e.GetString() ?? "")
            : [];
        return [(Window.Join([.. context, root.GetProperty("question").GetString() ?? ""]), root.GetProperty("expect").GetString() == "safeguarding")];
    }

    private static List<(string Text, bool Crisis)> ScriptExamples(IReadOnlyList<(string Question, bool Crisis)> turns)
    {
        var examples = new List<(string, bool)>();
        var window = new List<string>();
        foreach (var (question, crisis) in turns)
        {
            if (crisis)
            {
                examples.Add((Window.Join([.. window.TakeLast(2), question]), true));
                window.Clear();
                continue;
            }
            examples.Add((question, false));
            if (window.Count > 0)
            {
                examples.Add((Window.Join([.. window.TakeLast(2), question]), false));
            }
            window.Add(question);
        }
        return examples;
    }

    private static IEnumerable<string> Lines(string path) =>
        System.IO.File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
