using CroydonBot.Knowledge;
using CroydonBot.Protocol;

namespace CroydonBot.Replies;

/// <summary>
/// A knowledge answer as a reply: the answer's parts, the buttons under it, and what the turn says around it.
/// It travels with the reply activity (<see cref="Activity.Content"/>) so a channel's shaper reads the parts.
/// </summary>
/// <param name="Answer">The answer's parts, from Knowledge.</param>
/// <param name="Buttons">The follow-ups offered under it.</param>
public sealed record AnswerReply(ComposedAnswer Answer, IReadOnlyList<ReplyButton> Buttons) : IReplyContent
{
    /// <summary>Said before the answer in the same message ("OK, nothing was sent.").</summary>
    public string? Preface { get; init; }

    /// <summary>The part of a two-question message that found no answer, so the reply says so.</summary>
    public string? Unanswered { get; init; }

    /// <summary>Paragraphs said under the reply after it was made (the safeguarding check's line).</summary>
    public IReadOnlyList<string> Footer { get; init; } = [];

    public IReplyContent WithFooter(string paragraph) => this with { Footer = [.. Footer, paragraph] };

    /// <summary>Round AT (safe-at): paragraphs said before the reply, first in the message (the safeguarding check's line before an offer).</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    public IReplyContent WithHeader(string paragraph) => this with { Header = [.. Header, paragraph] };
}
