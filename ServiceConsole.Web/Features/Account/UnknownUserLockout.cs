using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ServiceConsole.Web.Features.Account;

/// <summary>
/// Counts failed sign-ins for user names that do not exist, with Identity's own lockout numbers (5 failures lock for
/// 5 minutes), so the sign-in page answers an unknown name exactly as a real account: "locked" after the same number
/// of tries. Otherwise the message would tell an attacker which accounts exist (issue 11). Held in memory: a restart
/// forgets it, as it forgets nothing that matters; entries expire and the table is kept small.
/// </summary>
public sealed class UnknownUserLockout(IOptions<IdentityOptions> identity, TimeProvider time)
{
    /// <summary>Most names remembered; beyond it the expired ones go, and then the oldest.</summary>
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Attempts> _names = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether this unknown name is locked now.</summary>
    public bool IsLocked(string userName) =>
        _names.TryGetValue(userName, out var attempts) && attempts.LockedUntil > time.GetUtcNow();

    /// <summary>Records a failed sign-in for an unknown name; true when it is locked now.</summary>
    public bool Fail(string userName)
    {
        var now = time.GetUtcNow();
        var lockout = identity.Value.Lockout;
        var updated = _names.AddOrUpdate(
            userName,
            _ => new Attempts(1, null, now),
            (_, a) => a.LockedUntil is { } until && until <= now ? new Attempts(1, null, now) : a with { Failures = a.Failures + 1, LastAt = now });
        if (updated.LockedUntil is null && updated.Failures >= lockout.MaxFailedAccessAttempts)
        {
            updated = updated with { LockedUntil = now + lockout.DefaultLockoutTimeSpan, Failures = 0 };
            _names[userName] = updated;
        }

        Trim(now, lockout.DefaultLockoutTimeSpan);
        return updated.LockedUntil > now;
    }

    private void Trim(DateTimeOffset now, TimeSpan window)
    {
        if (_names.Count <= Capacity)
        {
            return;
        }

        foreach (var (name, attempts) in _names)
        {
            if ((attempts.LockedUntil ?? attempts.LastAt + window) <= now)
            {
                _names.TryRemove(name, out _);
            }
        }

        foreach (var (name, _) in _names.OrderBy(n => n.Value.LastAt).Take(Math.Max(0, _names.Count - Capacity)))
        {
            _names.TryRemove(name, out _);
        }
    }

    private sealed record Attempts(int Failures, DateTimeOffset? LockedUntil, DateTimeOffset LastAt);
}
