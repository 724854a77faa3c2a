using BenchmarkDotNet.Attributes;
using CroydonBot.Configuration;
using CroydonBot.Safety;

namespace CroydonBot.Benchmarks;

/// <summary>
/// The safeguarding check runs on every message before anything else, so its cost is paid by every turn;
/// building the detector (compiling the patterns) is paid once per instance at start-up.
/// </summary>
[MemoryDiagnoser]
public class SafeguardingBenchmarks
{
    private static readonly SafeguardingData Data =
        YamlFile.Read<SafeguardingData>(Path.Combine(KnowledgeStack.Content.DialogsFolder, SafeguardingData.File));

    private SafeguardingDetector _detector = null!;

    [Params(
        "wat am i entitled 2 when i leave care",
        "what did ofsted say about croydon's children's services in 2024?",
        "what does the council do about county lines and exploitation",
        "i want to kill myself")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _detector = new SafeguardingDetector(Data);

    [Benchmark]
    public object? Detect() => _detector.Detect(Message);

    [Benchmark]
    public object Build() => new SafeguardingDetector(Data);
}
