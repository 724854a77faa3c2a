using CroydonBot.Staff;
using CroydonBot.UnitTests.DirectLine;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Staff;

/// <summary>
/// Failed sign-ins lock a name for a while. Attempts are reserved before the password is checked (finding 6), so
/// parallel guesses cannot slip past the count.
/// </summary>
public sealed class SignInLockoutTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A lockout with the shipped settings, or with <paramref name="options"/>.</summary>
    private SignInLockout Lockout(StaffOptions? options = null) => new(Options.Create(options ?? new StaffOptions()), _clock);

    [Fact]
    public void TheFifthFailureLocksTheNameAndSaysSo()
    {
        var lockout = Lockout();
        for (var i = 0; i < 4; i++)
        {
            Assert.False(lockout.RecordFailure("sam"));
            Assert.False(lockout.IsLockedOut("sam"));
        }
        Assert.True(lockout.RecordFailure("sam"));
        Assert.True(lockout.IsLockedOut("SAM"));
        Assert.False(lockout.IsLockedOut("alex"));
    }

    [Fact]
    public void TheLockLastsFifteenMinutesThenCountingStartsAgain()
    {
        var lockout = Lockout();
        Fail(lockout, times: 5);
        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.True(lockout.IsLockedOut("sam"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(lockout.IsLockedOut("sam"));
        Assert.False(lockout.RecordFailure("sam"));
        Assert.False(lockout.IsLockedOut("sam"));
    }

    [Fact]
    public void ASuccessfulSignInClearsEarlierFailures()
    {
        var lockout = Lockout();
        Fail(lockout, times: 4);
        lockout.RecordSuccess("sam");
        Assert.False(lockout.RecordFailure("sam"));
        Assert.False(lockout.IsLockedOut("sam"));
    }

    [Fact]
    public void ThirtyAttemptsStartedTogetherGetOnlyFiveReservations()
    {
        var lockout = Lockout(new() { LockoutAttempts = 5 });

        var granted = Enumerable.Range(0, 30).AsParallel().Count(_ => lockout.TryBeginAttempt("sam"));

        Assert.Equal(5, granted);
    }

    [Fact]
    public void FailedReservationsCountAndLockTheName()
    {
        var lockout = Lockout(new() { LockoutAttempts = 2 });

        Assert.True(lockout.TryBeginAttempt("sam"));
        Assert.False(lockout.RecordFailure("sam"));
        Assert.True(lockout.TryBeginAttempt("sam"));
        Assert.True(lockout.RecordFailure("sam"));

        Assert.False(lockout.TryBeginAttempt("sam"));
        Assert.True(lockout.IsLockedOut("sam"));
    }

    [Fact]
    public void ASuccessFreesTheName()
    {
        var lockout = Lockout(new() { LockoutAttempts = 1 });

        Assert.True(lockout.TryBeginAttempt("sam"));
        lockout.RecordSuccess("sam");

        Assert.True(lockout.TryBeginAttempt("sam"));
    }

    private static void Fail(SignInLockout lockout, int times)
    {
        for (var i = 0; i < times; i++)
        {
            lockout.RecordFailure("sam");
        }
    }
}
