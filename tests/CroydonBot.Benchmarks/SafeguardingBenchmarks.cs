using BenchmarkDotNet.Attributes;
using CroydonBot.Configuration;
using CroydonBot.Safety;
using CroydonBot.Safety.Learned;
using Microsoft.Extensions.Options;

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

    private static readonly string ModelPath = Path.Combine(KnowledgeStack.Content.DialogsFolder, SafeguardingClassifier.File);

    private SafeguardingDetector _detector = null!;
    private LayeredSafeguardingCheck _check = null!;
    private int _sent;

    [Params(
        "wat am i entitled 2 when i leave care",
        "what did ofsted say about croydon's children's services in 2024?",
        "what does the council do about county lines and exploitation",
        "i want to kill myself")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _detector = new SafeguardingDetector(Data);
        _check = new LayeredSafeguardingCheck(_detector, new SafeguardingClassifier(ModelPath), Data, Options.Create(new SafeguardingOptions()));
    }

    /// <summary>
    /// Both layers on a message never seen before (a number makes each one new, so the check's memory of
    /// recent messages never answers): what a new message costs. Patterns on all forms, then the classifier.
    /// </summary>
    [Benchmark]
    public object AssessNewMessage() => _check.Assess(Message + " " + ++_sent, []);

    /// <summary>The same, read with two earlier messages of the person (the window).</summary>
    [Benchmark]
    public object AssessNewMessageWithWindow() => _check.Assess(Message + " " + ++_sent, ["so basically", "its about my placement"]);

    /// <summary>Loading the learned layer's model file: paid once per instance at start-up.</summary>
    [Benchmark]
    public object LoadModel() => new SafeguardingClassifier(ModelPath);

    [Benchmark]
    public object? Detect() => _detector.Detect(Message);

    [Benchmark]
    public object Build() => new SafeguardingDetector(Data);
}
