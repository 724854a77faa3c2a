using System.Text.Json;
using System.Threading.Channels;
using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>A WebSocket's queue of frames: written by the conversation, drained by the socket's sender.</summary>
public sealed class StreamListener
{
    private readonly Channel<string> _frames = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<string> Frames => _frames.Reader;

    /// <summary>Set when another socket took over the conversation.</summary>
    public bool Replaced { get; private set; }

    public void Send(ActivitySet set) => _frames.Writer.TryWrite(JsonSerializer.Serialize(set, ProtocolJson.Options));

    public void Replace()
    {
        Replaced = true;
        _frames.Writer.TryComplete();
    }

    public void Complete() => _frames.Writer.TryComplete();
}
