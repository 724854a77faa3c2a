using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>
/// Locks a user name after repeated failed sign-ins. Counted per name, known or not, so guessing
/// reveals nothing about which accounts exist. In memory: a restart clears it, which is acceptable
/// for a single-instance staff area (documented in docs/staff.md).
/// </summary>
public sealed class SignInLockout(IOptions<StaffOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Attempts> _byName = new(StringComparer.OrdinalIgnoreCase);

    public bool IsLockedOut(string userName) =>
        _byName.TryGetValue(userName, out var attempts) && attempts.LockedUntil is { } until && until > clock.GetUtcNow();

    /// <summary>Counts a failure; returns true when this failure locked the name.</summary>
    public bool RecordFailure(string userName)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var updated = _byName.AddOrUpdate(userName,
            _ => new Attempts(1, null),
            (_, old) => old.LockedUntil is { } until && until <= now ? new Attempts(1, null) : old with { Failures = old.Failures + 1 });
        if (updated.Failures >= settings.LockoutAttempts && updated.LockedUntil is null)
        {
            _byName[userName] = updated with { LockedUntil = now.AddMinutes(settings.LockoutMinutes) };
            return true;
        }
        return false;
    }

    public void RecordSuccess(string userName) => _byName.TryRemove(userName, out _);

    private sealed record Attempts(int Failures, DateTimeOffset? LockedUntil);
}
