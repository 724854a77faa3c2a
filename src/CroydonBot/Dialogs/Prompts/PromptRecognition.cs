namespace CroydonBot.Dialogs.Prompts;

/// <summary>What a prompt made of an answer: a value, or the reason it was not accepted.</summary>
public sealed record PromptRecognition(bool Succeeded, object? Value, string? Problem = null)
{
    public static PromptRecognition Accept(object? value) => new(true, value);
    public static PromptRecognition Reject(string? problem = null) => new(false, null, problem);
}
