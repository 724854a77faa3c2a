using CroydonBot.Protocol;

namespace CroydonBot.IntegrationTests.DirectLine;

/// <summary>
/// A Direct Line page of activities and the watermark to ask for the next one, as a client reads it. The
/// bot writes this JSON itself (ActivitySetJson) from activities it has already serialised.
/// </summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
