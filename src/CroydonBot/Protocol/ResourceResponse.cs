namespace CroydonBot.Protocol;

/// <summary>What the connector answers when an activity was sent: the id it was given.</summary>
public sealed record ResourceResponse(string? Id);
