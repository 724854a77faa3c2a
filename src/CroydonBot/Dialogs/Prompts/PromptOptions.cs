using CroydonBot.Replies;

namespace CroydonBot.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and accepts. Saved as JSON in the prompt's dialog instance, so a prompt re-asked
/// after a restart says exactly what it said before.
/// </summary>
public sealed class PromptOptions
{
    public string Prompt { get; set; } = "";

    /// <summary>Said instead of <see cref="Prompt"/> when the answer was not understood; defaults to the prompt.</summary>
    public string? RetryPrompt { get; set; }

    /// <summary>The channelData kind of the prompt's replies.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The choices of a <see cref="ChoicePrompt"/>, or the buttons of a <see cref="ConfirmPrompt"/>.</summary>
    public List<Choice> Choices { get; set; } = [];

    /// <summary>The most characters a <see cref="TextPrompt"/> accepts.</summary>
    public int? MaxLength { get; set; }

    /// <summary>Said when a text is too long; {length} and {max} are filled in.</summary>
    public string? TooLong { get; set; }

    /// <summary>A regular expression a text answer must match (e.g. an email address).</summary>
    public string? Pattern { get; set; }

    /// <summary>Said when a text answer does not match <see cref="Pattern"/>.</summary>
    public string? PatternMismatch { get; set; }

    /// <summary>Answers that mean "leave this out" for an optional text; they give an empty result.</summary>
    public List<string> SkipWords { get; set; } = [];

    /// <summary>Extra buttons under a text prompt (e.g. "Skip").</summary>
    public List<string> Suggestions { get; set; } = [];

    /// <summary>After this many answers that were not understood, <see cref="Stuck"/> is added to the re-prompt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The way out offered to a stuck user, and its button.</summary>
    public string? Stuck { get; set; }
    public string? StuckButton { get; set; }

    /// <summary>Said before <see cref="Facts"/> (a summary's "Here's what I'll send").</summary>
    public string? Intro { get; set; }

    /// <summary>The answers so far, shown before the question (a summary to send or change), but not in a retry.</summary>
    public List<PromptFact> Facts { get; set; } = [];

    /// <summary>
    /// What the dialog is about so far, in the person's words: a question asked in between that leans on it
    /// ("did ofsted say anything about that?") is read against it.
    /// </summary>
    public string? About { get; set; }

    /// <summary>Said before the question when it is asked again after answering a question asked in between.</summary>
    public string? Resume { get; set; }
}
