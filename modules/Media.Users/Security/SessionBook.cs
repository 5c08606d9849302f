using Media.Abstractions.Auditing;
using Media.Data;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Media.Users.Security;

/// <summary>The server-side record of sign-ins (docs/accounts.md §10): a row per token or admin cookie, ended by
/// sign-out, after <see cref="UsersOptions.IdleTimeout"/> without use, or after <see cref="UsersOptions.AccessTokenLifetime"/>.</summary>
internal sealed class SessionBook(MediaDbContext db, IAuditTrail audit, IOptions<UsersOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SeenGranularity = TimeSpan.FromMinutes(1);

    /// <summary>Opens a session for a completed sign-in; a sign-in with a code counts as a second-factor proof.</summary>
    public async Task<string> StartAsync(MediaUser user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = AccessTokenFormat.NewSessionId(),
            UserId = user.Id,
            CreatedAt = now,
            LastSeenAt = now,
            SteppedUpAt = user.HasTotp ? now : null,
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>Whether the session is still live; marks it seen (at most one write a minute).</summary>
    public async Task<bool> TouchAsync(Guid userId, string? sessionId, CancellationToken ct)
    {
        if (sessionId is null) return false;
        var session = await db.Set<UserSession>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, ct);
        if (session is null || session.EndedAt is not null) return false;
        var now = clock.GetUtcNow();
        if (session.LastSeenAt + options.Value.IdleTimeout <= now || session.CreatedAt + options.Value.AccessTokenLifetime <= now)
            return false;
        if (now - session.LastSeenAt >= SeenGranularity)
            await db.Set<UserSession>().Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
        return true;
    }

    /// <summary>Records a second-factor proof on the session (docs/accounts.md §9).</summary>
    public async Task SteppedUpAsync(Guid userId, string? sessionId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Set<UserSession>().Where(s => s.Id == sessionId && s.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SteppedUpAt, now), ct);
    }

    /// <summary>Ends the session for good and records the sign-out.</summary>
    public async Task EndAsync(Guid userId, string displayName, string? sessionId, CancellationToken ct)
    {
        if (sessionId is null) return;
        var session = await db.Set<UserSession>().SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, ct);
        if (session is null || session.EndedAt is not null) return;
        session.EndedAt = clock.GetUtcNow();
        audit.Record(new AuditEvent(AuditActions.SignedOut, AuditSubject.User(userId), Actor: new AuditActor(userId, displayName)));
        await db.SaveChangesAsync(ct);
    }
}
