using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CroydonBot.Benchmarks;

// "latency [rounds] [sizes...]" prints per-call percentiles; anything else goes to BenchmarkDotNet
// (e.g. --filter '*Seed*' --job short). See docs/performance.md for the commands behind each figure.
if (args.Length > 0 && args[0] == "latency")
{
    // "--questions FILE" (one per line, # comments) instead of the sample questions, e.g. the load test's.
    var at = Array.IndexOf(args, "--questions");
    var file = at > 0 && at + 1 < args.Length ? args[at + 1] : null;
    var numbers = args.Where((a, i) => i > 0 && a != "--questions" && (file is null || i != at + 1)).ToArray();
    var rounds = numbers.Length > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
    int[] sizes = numbers.Length > 1 ? [.. numbers[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [1_000, 10_000, 100_000];
    var questions = file is null ? null : File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    LatencyReport.Run(rounds, sizes, questions);
    return;
}
// "safeguarding-latency [rounds] FILE.jsonl..." prints per-call percentiles of the safeguarding check on new messages.
if (args.Length > 0 && args[0] == "safeguarding-latency")
{
    var rounds = args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 20;
    SafeguardingLatencyReport.Run(rounds, [.. args.Skip(1).Where(a => a.EndsWith(".jsonl", StringComparison.Ordinal))]);
    return;
}
// "turns [conversations] [rounds] [--questions FILE] [Section:Key=value...]" prints CPU per whole turn in process, uncached.
if (args.Length > 0 && args[0] == "turns")
{
    var at = Array.IndexOf(args, "--questions");
    var file = at > 0 && at + 1 < args.Length ? args[at + 1] : TurnReport.LoadTestQuestions();
    var rest = args.Where((a, i) => i > 0 && a != "--questions" && a != "--concurrent" && i != at + 1).ToArray();
    var numbers = rest.Where(a => int.TryParse(a, System.Globalization.CultureInfo.InvariantCulture, out _)).ToArray();
    var questions = File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    await TurnReport.RunAsync(
        numbers.Length > 0 ? int.Parse(numbers[0], System.Globalization.CultureInfo.InvariantCulture) : 64,
        numbers.Length > 1 ? int.Parse(numbers[1], System.Globalization.CultureInfo.InvariantCulture) : 3,
        questions, rest.Where(a => a.Contains('=')), concurrent: args.Contains("--concurrent"));
    return;
}
// "storage [conversations] [turns]" prints CPU per turn of the storage path alone (load state, log, save state).
if (args.Length > 0 && args[0] == "storage")
{
    var conversations = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64;
    var turns = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
    await StorageTurnReport.RunAsync(conversations, turns);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeStack).Assembly).Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.JoinSummary));
