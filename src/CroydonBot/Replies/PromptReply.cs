using CroydonBot.Protocol;

namespace CroydonBot.Replies;

/// <summary>
/// A question the bot asks with a fixed set of answers (a choice, yes or no, a summary to send or change), as a
/// reply: what the question is made of, so a channel that renders cards lays it out (the choices as buttons that
/// send their value, a summary as a list of facts) without parsing the text every other channel gets.
/// It travels with the reply activity (<see cref="Activity.Content"/>), in memory only.
/// </summary>
/// <param name="Question">The question, with anything said before it in the same message ("Back to your feedback:").</param>
/// <param name="Choices">The answers it takes, each sent back as its value when its button is pressed.</param>
/// <param name="Buttons">Other buttons under it ("Skip", "Cancel"), sent back as their words.</param>
public sealed record PromptReply(string Question, IReadOnlyList<PromptChoice> Choices, IReadOnlyList<string> Buttons) : IReplyContent
{
    /// <summary>Said before the facts (a summary's "Here's what I'll send to the council:").</summary>
    public string? Intro { get; init; }

    /// <summary>The answers so far, each a label and its value (a summary).</summary>
    public IReadOnlyList<PromptFact> Facts { get; init; } = [];

    /// <summary>Paragraphs said under the reply after it was made (the safeguarding check's line).</summary>
    public IReadOnlyList<string> Footer { get; init; } = [];

    public IReplyContent WithFooter(string paragraph) => this with { Footer = [.. Footer, paragraph] };

    /// <summary>Round AT (safe-at): paragraphs said before the reply, first in the message (the safeguarding check's line before an offer).</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    public IReplyContent WithHeader(string paragraph) => this with { Header = [.. Header, paragraph] };
}
