namespace CroydonBot.Protocol;

/// <summary>Quick replies shown under a message.</summary>
public sealed record SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}
