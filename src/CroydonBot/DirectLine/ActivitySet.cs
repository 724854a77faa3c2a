using CroydonBot.Protocol;

namespace CroydonBot.DirectLine;

/// <summary>
/// A page of activities and the watermark to ask for the next page with. The watermark is an opaque string
/// to clients; here it is the index after the last activity in the conversation log. A null watermark
/// (typing over the stream) tells the client to keep its previous one.
/// </summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
