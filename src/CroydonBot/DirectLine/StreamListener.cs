using System.Threading.Channels;

namespace CroydonBot.DirectLine;

/// <summary>A WebSocket's queue of frames: written by the conversation, drained by the socket's sender.</summary>
public sealed class StreamListener
{
    private readonly Channel<byte[]> _frames = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Each frame is an ActivitySet's UTF-8 JSON, sent as one text message.</summary>
    public ChannelReader<byte[]> Frames => _frames.Reader;

    /// <summary>Set when another socket took over the conversation.</summary>
    public bool Replaced { get; private set; }

    public void Send(byte[] activitySetJson) => _frames.Writer.TryWrite(activitySetJson);

    public void Replace()
    {
        Replaced = true;
        _frames.Writer.TryComplete();
    }

    public void Complete() => _frames.Writer.TryComplete();
}
