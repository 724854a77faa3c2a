using CroydonBot.Protocol;

namespace CroydonBot.Bot;

/// <summary>Runs every <see cref="IReplyShaper"/> on a reply before handing it to the real sink.</summary>
public sealed class ShapedReplySink(IReplySink inner, IReadOnlyList<IReplyShaper> shapers) : IReplySink
{
    public static IReplySink Wrap(IReplySink inner, IEnumerable<IReplyShaper> shapers) =>
        shapers.ToList() is { Count: > 0 } list ? new ShapedReplySink(inner, list) : inner;

    public Task<ResourceResponse> SendAsync(Activity incoming, Activity reply, CancellationToken cancellationToken)
    {
        foreach (var shaper in shapers)
        {
            reply = shaper.Shape(incoming, reply);
        }
        return inner.SendAsync(incoming, reply, cancellationToken);
    }
}
