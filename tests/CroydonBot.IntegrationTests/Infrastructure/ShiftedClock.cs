namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real time plus an offset the test moves forward ("half an hour later"), so time-outs can be tested
/// without waiting, while everything else that reads the clock (tokens, replay windows) still sees time pass.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
