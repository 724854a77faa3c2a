namespace CroydonBot.Replies.OutOfScopeIntent;

/// <summary>One training message: a question the bot should decline (<see cref="Abstain"/>) or answer from its guides.</summary>
public sealed record OutOfScopeExample(string Text, bool Abstain);
