using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>
/// Locks a user name after repeated failed sign-ins. Counted per name, known or not, so guessing
/// reveals nothing about which accounts exist. Atomic: an attempt reserves one of the tries left before
/// its password is checked, so 30 guesses in parallel get at most <see cref="StaffOptions.LockoutAttempts"/>
/// checks. In memory: a restart clears it, which is acceptable for a single-instance staff area (docs/staff.md).
/// </summary>
public sealed class SignInLockout(IOptions<StaffOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Attempts> _byName = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLockedOut(string userName)
    {
        lock (_gate)
        {
            return _byName.TryGetValue(userName, out var attempts) && attempts.LockedUntil is { } until && until > clock.GetUtcNow();
        }
    }

    /// <summary>
    /// Reserves an attempt; false when the name is locked, or when the attempts already under way would use
    /// up every try left. Follow with <see cref="RecordFailure"/> or <see cref="RecordSuccess"/>.
    /// </summary>
    public bool TryBeginAttempt(string userName)
    {
        lock (_gate)
        {
            var attempts = Current(userName);
            if (attempts.LockedUntil is not null || attempts.Failures + attempts.InFlight >= options.Value.LockoutAttempts)
            {
                return false;
            }
            attempts.InFlight++;
            return true;
        }
    }

    /// <summary>Counts a failure; returns true when this failure locked the name.</summary>
    public bool RecordFailure(string userName)
    {
        lock (_gate)
        {
            var attempts = Current(userName);
            attempts.InFlight = Math.Max(0, attempts.InFlight - 1);
            attempts.Failures++;
            if (attempts.Failures >= options.Value.LockoutAttempts && attempts.LockedUntil is null)
            {
                attempts.LockedUntil = clock.GetUtcNow().AddMinutes(options.Value.LockoutMinutes);
                return true;
            }
            return false;
        }
    }

    public void RecordSuccess(string userName)
    {
        lock (_gate)
        {
            _byName.Remove(userName);
        }
    }

    /// <summary>The name's record; a lock that has run out starts a fresh count.</summary>
    private Attempts Current(string userName)
    {
        if (_byName.TryGetValue(userName, out var attempts) && !(attempts.LockedUntil is { } until && until <= clock.GetUtcNow()))
        {
            return attempts;
        }
        if (_byName.Count >= MaxNames)
        {
            // Guessing at many names must not grow memory without end: forget the names with nothing at stake.
            foreach (var name in _byName.Where(e => e.Value.LockedUntil is null && e.Value.InFlight == 0).Select(e => e.Key).ToList())
            {
                _byName.Remove(name);
            }
        }
        return _byName[userName] = new Attempts();
    }

    /// <summary>Names remembered before unlocked ones are forgotten.</summary>
    private const int MaxNames = 10_000;

    private sealed class Attempts
    {
        public int Failures;
        public int InFlight;
        public DateTimeOffset? LockedUntil;
    }
}
