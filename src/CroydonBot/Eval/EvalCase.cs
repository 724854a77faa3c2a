using System.Text.Json;
using System.Text.Json.Serialization;

namespace CroydonBot.Eval;

/// <summary>
/// One case of an evaluation set (format described in eval/README.md): either a single question with its
/// expectations, or a multi-turn script (<see cref="Turns"/>) played in one conversation.
/// </summary>
public sealed record EvalCase
{
    /// <summary>What <see cref="Expect"/> reads for a multi-turn script, so scores can tell scripts apart.</summary>
    public const string ScriptExpect = "script";

    public string Id { get; init; } = "";
    public string Question { get; init; } = "";
    public string Category { get; init; } = "";

    /// <summary>answer, abstain, safeguarding, feedback or smalltalk; empty for a script.</summary>
    public string Expect { get; init; } = "";

    [JsonPropertyName("must_include_any")]
    public List<List<string>> MustIncludeAny { get; init; } = [];

    [JsonPropertyName("must_not_include")]
    public List<string> MustNotInclude { get; init; } = [];

    /// <summary>The turns of a multi-turn script; empty for a single question.</summary>
    public List<EvalTurn> Turns { get; init; } = [];

    public bool IsScript => Turns.Count > 0;

    /// <summary>What the case is scored as: its own expectation, or "script" for a multi-turn one.</summary>
    public string Expected => IsScript ? ScriptExpect : Expect;

    /// <summary>The turns to play: the script, or the single question as a one-turn script.</summary>
    public IReadOnlyList<EvalTurn> Script => IsScript
        ? Turns
        : [new EvalTurn { Question = Question, Expect = Expect, MustIncludeAny = MustIncludeAny, MustNotInclude = MustNotInclude }];

    public static IReadOnlyList<EvalCase> ReadAll(string path) =>
        [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<EvalCase>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)];

    /// <summary>The content check of a single question.</summary>
    public bool ContentMatches(string reply) => Script[0].ContentMatches(reply);
}
