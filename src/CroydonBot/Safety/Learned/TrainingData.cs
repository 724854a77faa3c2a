using System.Text.Json;
using CroydonBot.Eval;

namespace CroydonBot.Safety.Learned;

/// <summary>
/// The labelled messages the learned layer is trained on (data/safeguarding/README.md): every
/// crisis-*.txt (crises) and ordinary-*.txt (not crises) in the folder, one message a line, plus the files
/// listed in sources.txt (phrasing sets of the tests, development batches in eval format, where a case's
/// "context" messages are read with it, as the conversation window reads them).
/// </summary>
public static class TrainingData
{
    public static List<(string Text, bool Crisis)> Read(string folder, string repositoryRoot)
    {
        var examples = new List<(string, bool)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("crisis-", StringComparison.Ordinal) || name.StartsWith("ordinary-", StringComparison.Ordinal))
            {
                examples.AddRange(Lines(file).Select(l => (l, name.StartsWith("crisis-", StringComparison.Ordinal))));
            }
        }
        var sources = Path.Combine(folder, "sources.txt");
        foreach (var line in System.IO.File.Exists(sources) ? Lines(sources) : [])
        {
            var (kind, path) = (line.Split(' ', 2)[0], Path.Combine(repositoryRoot, line.Split(' ', 2)[1].Trim()));
            switch (kind)
            {
                case "crisis" or "ordinary":
                    examples.AddRange(Lines(path).Select(l => (l, kind == "crisis")));
                    break;
                case "eval":
                    examples.AddRange(EvalCase.ReadAll(path).Select(c => (Window.Join([.. c.Context, c.Question]), c.Expect == "safeguarding")));
                    break;
                default:
                    throw new InvalidDataException($"{sources}: unknown kind '{kind}' (crisis, ordinary or eval).");
            }
        }
        return examples;
    }

    private static IEnumerable<string> Lines(string path) =>
        System.IO.File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
