using CroydonBot.Bot;
using CroydonBot.Protocol;

namespace CroydonBot.Channels;

/// <summary>Normal replies go back through the channel's connector at the activity's serviceUrl.</summary>
public sealed class ConnectorReplySinkFactory(IConnectorClient connector) : IReplySinkFactory
{
    public IReplySink Create(Activity incoming) => new ConnectorReplySink(connector);
}
