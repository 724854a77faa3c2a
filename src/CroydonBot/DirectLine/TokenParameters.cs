using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>The optional body of tokens/generate and conversations: the user, and the locale DLJS adds.</summary>
public sealed record TokenParameters
{
    public ChannelAccount? User { get; init; }
    public string? Locale { get; init; }
}
