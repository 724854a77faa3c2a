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

    /// <summary>Messages sent first, in the same conversation, by the same person (a crisis split over messages).</summary>
    public List<string> Context { get; init; } = [];

    /// <summary>The kind of case within its category (e.g. "self-harm", "lookalike-housing"); optional.</summary>
    public string? Class { get; init; }

    /// <summary>"natural" or "obfuscated" (typed to dodge a filter); optional.</summary>
    public string? Style { get; init; }

    [JsonPropertyName("must_include_any")]
    public List<List<string>> MustIncludeAny { get; init; } = [];

    [JsonPropertyName("must_not_include")]
    public List<string> MustNotInclude { get; init; } = [];

    /// <summary>
    /// Optional: the sections that answer the question, each a guide section's heading, a passage id
    /// ("guide-ofsted-timeline.md#3") or a source file ("001_8aabc605a59860cc.txt"). One string or a list.
    /// </summary>
    [JsonConverter(typeof(StringOrListConverter))]
    public List<string> Section { get; init; } = [];

    /// <summary>True when <paramref name="passage"/> is one of the expected sections.</summary>
    public bool IsExpectedSection(Knowledge.Passage passage) =>
        Section.Any(s => string.Equals(s, SectionOf(passage), StringComparison.OrdinalIgnoreCase)
            || string.Equals(s, passage.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s, passage.Document.File, StringComparison.OrdinalIgnoreCase));

    /// <summary>The unit section accuracy counts in: a guide's section (its heading), or a whole source file.</summary>
    public static string SectionOf(Knowledge.Passage passage) =>
        passage.Document.Kind == "guide" ? passage.Heading : passage.Document.File;

    /// <summary>The turns of a multi-turn script; empty for a single question.</summary>
    public List<EvalTurn> Turns { get; init; } = [];

    public bool IsScript => Turns.Count > 0;

    /// <summary>What the case is scored as: its own expectation, or "script" for a multi-turn one.</summary>
    public string Expected => IsScript ? ScriptExpect : Expect;

    /// <summary>The turns to play: the script, or the single question as a one-turn script.</summary>
    public IReadOnlyList<EvalTurn> Script => IsScript
        ? Turns
        : [new EvalTurn { Question = Question, Expect = Expect, MustIncludeAny = MustIncludeAny, MustNotInclude = MustNotInclude }];

    /// <summary>
    /// Every case of a JSON-lines file. A line that does not fit the format is named by file and line number, so a
    /// batch written by hand (a flat list where a list of lists belongs) is easy to mend rather than a bare JsonException.
    /// </summary>
    public static IReadOnlyList<EvalCase> ReadAll(string path)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var cases = new List<EvalCase>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                cases.Add(JsonSerializer.Deserialize<EvalCase>(line, options)!);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}, line {number}: not an eval case ({e.Message})", e);
            }
        }

        return cases;
    }

    /// <summary>The content check of a single question.</summary>
    public bool ContentMatches(string reply) => Script[0].ContentMatches(reply);
}
