using CroydonBot.Dialogs.Prompts;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>One question of the feedback conversation, from dialogs/feedback.yaml.</summary>
public sealed class FeedbackField
{
    public string Id { get; set; } = "";

    /// <summary>choice, text or confirm.</summary>
    public string Type { get; set; } = "";

    /// <summary>How the answer is labelled in the summary.</summary>
    public string Label { get; set; } = "";

    /// <summary>"field=value|value": asked only when another answer is one of these values.</summary>
    public string? When { get; set; }
    public string Prompt { get; set; } = "";
    public string? RetryPrompt { get; set; }
    public string? Help { get; set; }
    public List<Choice> Choices { get; set; } = [];
    public int? MaxLength { get; set; }
    public string? TooLong { get; set; }
    public string? Pattern { get; set; }
    public string? PatternMismatch { get; set; }

    /// <summary>
    /// Ways of giving this answer before it is asked ("email me back is fine" while the topic is asked): a short
    /// reply at another question that matches one of these patterns answers this one already.
    /// </summary>
    public List<EarlyAnswer> Early { get; set; } = [];

    /// <summary>
    /// For a choice: the choice that takes a short subject named in the person's own words that no choice names
    /// ("the cares app" to "what is it about?"), instead of asking again; null to ask again.
    /// </summary>
    public string? Otherwise { get; set; }

    /// <summary>Said when <see cref="Otherwise"/> took the answer; {answer} is what they said, {choice} the choice's title.</summary>
    public string? OtherwiseNote { get; set; }

    /// <summary>True when the answer may be left out with a skip word.</summary>
    public bool Optional { get; set; }

    /// <summary>True when the field applies, given the answers so far.</summary>
    public bool Applies(IReadOnlyDictionary<string, string> values)
    {
        if (string.IsNullOrWhiteSpace(When))
        {
            return true;
        }
        var (field, allowed) = (When.Split('=', 2)[0].Trim(), When.Split('=', 2).ElementAtOrDefault(1) ?? "");
        return values.TryGetValue(field, out var value) && allowed.Split('|').Select(a => a.Trim()).Contains(value);
    }
}

/// <summary>A pattern (case ignored) that gives a field's answer before its question, and the answer it gives.</summary>
public sealed class EarlyAnswer
{
    public string Pattern { get; set; } = "";
    public string Value { get; set; } = "";
}
