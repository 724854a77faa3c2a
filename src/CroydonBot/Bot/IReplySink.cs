using CroydonBot.Protocol;

namespace CroydonBot.Bot;

/// <summary>Where a turn's replies go.</summary>
public interface IReplySink
{
    /// <summary>Delivers one reply to <paramref name="incoming"/>'s conversation.</summary>
    Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken);
}
