using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using CroydonBot.Benchmarks;

// "latency [rounds] [sizes...]" prints per-call percentiles; anything else goes to BenchmarkDotNet
// (e.g. --filter '*Seed*' --job short). See docs/performance.md for the commands behind each figure.
if (args.Length > 0 && args[0] == "latency")
{
    var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
    int[] sizes = args.Length > 2 ? [.. args[2..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture))] : [1_000, 10_000, 100_000];
    LatencyReport.Run(rounds, sizes);
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
