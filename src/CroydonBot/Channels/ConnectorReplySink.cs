using CroydonBot.Bot;
using CroydonBot.Protocol;

namespace CroydonBot.Channels;

/// <summary>Sends each reply at once through the channel's connector at the incoming serviceUrl.</summary>
public sealed class ConnectorReplySink(IConnectorClient connector) : IReplySink
{
    public Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken) =>
        connector.ReplyToActivityAsync(incoming.ServiceUrl!, reply, cancellationToken);
}
