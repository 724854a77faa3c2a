using CroydonBot.Protocol;

namespace CroydonBot.Bot;

/// <summary>
/// Adapts a reply to what the incoming channel can show (an Adaptive Card for Teams, say) just before it is
/// sent, whether through the connector or in an expectReplies response. Steps stay channel-neutral.
/// </summary>
public interface IReplyShaper
{
    Activity Shape(Activity incoming, Activity reply);
}
