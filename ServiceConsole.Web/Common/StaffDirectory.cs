using Microsoft.EntityFrameworkCore;
using ServiceConsole.Web.Data;

namespace ServiceConsole.Web.Common;

/// <summary>
/// Who is who, so that people read names, not logins or codes: an agent's code or a login gives the person's display
/// name. The console's own actors (the system, an integration calling with the API key) are <see cref="StaffKind"/>
/// labels a screen puts in its own words. The staff is small (tens of people), so it is held in memory and re-read
/// when someone unknown is asked for (at most every few seconds) or after an account or agent changed.
/// </summary>
public sealed class StaffDirectory(IDbContextFactory<ConsoleDbContext> dbFactory, TimeProvider time) : IStaffDirectory
{
    /// <summary>The name an integration's requests carry (the API key's principal).</summary>
    public const string IntegrationName = "integration";

    private static readonly TimeSpan MissedReloadInterval = TimeSpan.FromSeconds(5);
    private readonly Lock _reload = new();
    private volatile IReadOnlyDictionary<string, StaffMember>? _members;
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    /// <inheritdoc/>
    public StaffMember? Find(string? codeOrLogin)
    {
        if (string.IsNullOrEmpty(codeOrLogin) || KindOf(codeOrLogin) != StaffKind.Person)
        {
            return null;
        }

        if (Members().TryGetValue(codeOrLogin, out var member))
        {
            return member;
        }

        // Someone added since the last read (a new agent or account): read again, but not on every unknown name.
        return ReloadIfStale().TryGetValue(codeOrLogin, out member) ? member : null;
    }

    /// <summary>Whether an actor's name is a person, the console itself, or an integration.</summary>
    public static StaffKind KindOf(string? name) => name switch
    {
        null or "" => StaffKind.Nobody,
        "system" => StaffKind.System,
        IntegrationName => StaffKind.Integration,
        _ => StaffKind.Person,
    };

    /// <summary>Forgets what it read, after an account or an agent changed.</summary>
    public void Invalidate()
    {
        lock (_reload)
        {
            _members = null;
        }
    }

    private IReadOnlyDictionary<string, StaffMember> Members() => _members ?? Load();

    private IReadOnlyDictionary<string, StaffMember> ReloadIfStale()
    {
        lock (_reload)
        {
            return time.GetUtcNow() - _loadedAt < MissedReloadInterval && _members is { } fresh ? fresh : Load();
        }
    }

    private IReadOnlyDictionary<string, StaffMember> Load()
    {
        lock (_reload)
        {
            using var db = dbFactory.CreateDbContext();
            var members = new Dictionary<string, StaffMember>(StringComparer.Ordinal);
            foreach (var agent in db.Agents.AsNoTracking().Select(a => new { a.Code, a.Name }).ToList())
            {
                members[agent.Code] = new StaffMember(agent.Code, agent.Name, agent.Code);
            }

            foreach (var user in db.Users.AsNoTracking().Select(u => new { u.UserName, u.DisplayName, u.AgentCode }).ToList())
            {
                if (user.UserName is { Length: > 0 } login)
                {
                    var name = string.IsNullOrWhiteSpace(user.DisplayName) ? login : user.DisplayName;
                    members[login] = new StaffMember(login, name, user.AgentCode);
                }
            }

            _members = members;
            _loadedAt = time.GetUtcNow();
            return members;
        }
    }
}
