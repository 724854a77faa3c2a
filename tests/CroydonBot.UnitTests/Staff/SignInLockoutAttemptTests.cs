using CroydonBot.Staff;
using CroydonBot.UnitTests.DirectLine;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Staff;

/// <summary>Finding 6: attempts are reserved before the password is checked, so parallel guesses cannot slip past the count.</summary>
public sealed class SignInLockoutAttemptTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ThirtyAttemptsStartedTogetherGetOnlyFiveReservations()
    {
        var lockout = new SignInLockout(Options.Create(new StaffOptions { LockoutAttempts = 5 }), _clock);

        var granted = Enumerable.Range(0, 30).AsParallel().Count(_ => lockout.TryBeginAttempt("sam"));

        Assert.Equal(5, granted);
    }

    [Fact]
    public void FailedReservationsCountAndLockTheName()
    {
        var lockout = new SignInLockout(Options.Create(new StaffOptions { LockoutAttempts = 2 }), _clock);

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
        var lockout = new SignInLockout(Options.Create(new StaffOptions { LockoutAttempts = 1 }), _clock);

        Assert.True(lockout.TryBeginAttempt("sam"));
        lockout.RecordSuccess("sam");

        Assert.True(lockout.TryBeginAttempt("sam"));
    }
}
