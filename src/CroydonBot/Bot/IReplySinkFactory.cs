using CroydonBot.Protocol;

namespace CroydonBot.Bot;

/// <summary>Chooses where normal (not expectReplies) replies to an activity go.</summary>
public interface IReplySinkFactory
{
    IReplySink Create(Activity incoming);
}
