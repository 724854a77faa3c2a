using System.Text.Json.Serialization;

namespace CroydonBot.Eval;

/// <summary>
/// One message of an evaluation case and what a good reply to it shows. A single-question case is one
/// turn; a multi-turn script is several, all sent in the same conversation.
/// </summary>
public sealed record EvalTurn
{
    public string Question { get; init; } = "";

    /// <summary>answer, abstain, safeguarding, feedback or smalltalk.</summary>
    public string Expect { get; init; } = "";

    [JsonPropertyName("must_include_any")]
    public List<List<string>> MustIncludeAny { get; init; } = [];

    [JsonPropertyName("must_not_include")]
    public List<string> MustNotInclude { get; init; } = [];

    /// <summary>The content check: each inner list has one string in the reply, and no forbidden string is.</summary>
    public bool ContentMatches(string reply)
    {
        var text = reply.ToLowerInvariant();
        return MustIncludeAny.All(any => any.Any(s => text.Contains(s.ToLowerInvariant(), StringComparison.Ordinal)))
            && !MustNotInclude.Any(s => text.Contains(s.ToLowerInvariant(), StringComparison.Ordinal));
    }
}
