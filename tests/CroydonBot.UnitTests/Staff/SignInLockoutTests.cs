using CroydonBot.Staff;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Staff;

public sealed class SignInLockoutTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
    private readonly SignInLockout _lockout;

    public SignInLockoutTests() => _lockout = new SignInLockout(Options.Create(new StaffOptions()), _clock);

    [Fact]
    public void TheFifthFailureLocksTheNameAndSaysSo()
    {
        for (var i = 0; i < 4; i++)
        {
            Assert.False(_lockout.RecordFailure("sam"));
            Assert.False(_lockout.IsLockedOut("sam"));
        }
        Assert.True(_lockout.RecordFailure("sam"));
        Assert.True(_lockout.IsLockedOut("SAM"));
        Assert.False(_lockout.IsLockedOut("alex"));
    }

    [Fact]
    public void TheLockLastsFifteenMinutesThenCountingStartsAgain()
    {
        for (var i = 0; i < 5; i++)
        {
            _lockout.RecordFailure("sam");
        }
        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.True(_lockout.IsLockedOut("sam"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(_lockout.IsLockedOut("sam"));
        Assert.False(_lockout.RecordFailure("sam"));
        Assert.False(_lockout.IsLockedOut("sam"));
    }

    [Fact]
    public void ASuccessfulSignInClearsEarlierFailures()
    {
        for (var i = 0; i < 4; i++)
        {
            _lockout.RecordFailure("sam");
        }
        _lockout.RecordSuccess("sam");
        Assert.False(_lockout.RecordFailure("sam"));
        Assert.False(_lockout.IsLockedOut("sam"));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
