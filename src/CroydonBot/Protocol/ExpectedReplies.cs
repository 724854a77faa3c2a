namespace CroydonBot.Protocol;

/// <summary>The response body of an expectReplies turn: every activity the bot sent.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
