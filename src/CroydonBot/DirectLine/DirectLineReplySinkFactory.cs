using System.Runtime.CompilerServices;
using CroydonBot.Bot;
using CroydonBot.Channels;
using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>
/// Sends replies to an activity the embedded Direct Line dispatched into that conversation's log, and
/// every other reply through the channel's connector. Activities are recognised by identity, not by
/// their fields, so nothing arriving on /api/messages can have its replies diverted into a Direct Line log.
/// </summary>
public sealed class DirectLineReplySinkFactory(ConnectorReplySinkFactory connector, TimeProvider time) : IReplySinkFactory
{
    private readonly ConditionalWeakTable<Activity, DirectLineConversation> _dispatched = new();

    /// <summary>Remembers that replies to <paramref name="activity"/> belong in <paramref name="conversation"/>'s log.</summary>
    public void Register(Activity activity, DirectLineConversation conversation) => _dispatched.AddOrUpdate(activity, conversation);

    public IReplySink Create(Activity incoming) =>
        _dispatched.TryGetValue(incoming, out var conversation)
            ? new ConversationLogReplySink(conversation, time)
            : connector.Create(incoming);
}
