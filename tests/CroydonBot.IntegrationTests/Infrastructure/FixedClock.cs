namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>A clock the test sets, for the stores' dates (retention cut-offs, reference years).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
