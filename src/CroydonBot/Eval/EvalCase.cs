using System.Text.Json;
using System.Text.Json.Serialization;

namespace CroydonBot.Eval;

/// <summary>One question of an evaluation set (format of eval/dev-questions.jsonl, described in eval/README.md).</summary>
public sealed record EvalCase
{
    public string Id { get; init; } = "";
    public string Question { get; init; } = "";
    public string Category { get; init; } = "";

    /// <summary>answer, abstain, safeguarding, feedback or smalltalk.</summary>
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

    public static IReadOnlyList<EvalCase> ReadAll(string path) =>
        [.. File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<EvalCase>(line, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)];

    /// <summary>The content check: each inner list has one string in the reply, and no forbidden string is.</summary>
    public bool ContentMatches(string reply)
    {
        var text = reply.ToLowerInvariant();
        return MustIncludeAny.All(any => any.Any(s => text.Contains(s.ToLowerInvariant(), StringComparison.Ordinal)))
            && !MustNotInclude.Any(s => text.Contains(s.ToLowerInvariant(), StringComparison.Ordinal));
    }
}
