using Media.Abstractions.Auditing;
using Media.Data;
using Media.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Media.Users.SignIn;

/// <summary>Checks a user name and password, counts failures, locks the account after too many, and records
/// every outcome on the audit trail in the same save as the counter change.</summary>
public sealed class CredentialCheck(
    MediaDbContext db,
    IPasswordHasher<MediaUser> hasher,
    IAuditTrail audit,
    TimeProvider clock,
    IOptions<UsersOptions> options)
{
    // Verifying against a fixed hash for unknown names keeps the answer time alike for known and unknown users.
    private static readonly string UnknownUserHash = new PasswordHasher<MediaUser>()
        .HashPassword(new MediaUser { UserName = "-", NormalizedUserName = "-", DisplayName = "-" }, Guid.NewGuid().ToString());

    public async Task<SignInOutcome> CheckAsync(string userName, string password, CancellationToken ct)
    {
        var normalized = MediaUser.Normalize(userName);
        var user = await db.Set<MediaUser>().Include(u => u.Roles).SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        if (user is null || user.IsDisabled)
        {
            hasher.VerifyHashedPassword(user ?? new MediaUser { UserName = "-", NormalizedUserName = "-", DisplayName = "-" },
                user?.PasswordHash is { Length: > 0 } h ? h : UnknownUserHash, password);
            audit.Record(Failed(user, userName, user is null ? "unknown-user" : "disabled"));
            await db.SaveChangesAsync(ct);
            return new SignInOutcome(SignInStatus.Failed);
        }

        var now = clock.GetUtcNow();
        if (user.LockoutEnd is { } until && until > now)
        {
            audit.Record(Failed(user, userName, "locked-out"));
            await db.SaveChangesAsync(ct);
            return new SignInOutcome(SignInStatus.LockedOut, user, until);
        }

        var verified = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        return verified == PasswordVerificationResult.Failed
            ? await FailAsync(user, userName, now, ct)
            : await SucceedAsync(user, password, verified, ct);
    }

    private async Task<SignInOutcome> FailAsync(MediaUser user, string userName, DateTimeOffset now, CancellationToken ct)
    {
        user.AccessFailedCount++;
        audit.Record(Failed(user, userName, "bad-password"));
        if (user.AccessFailedCount >= options.Value.MaxFailedSignIns)
        {
            user.LockoutEnd = now.Add(options.Value.LockoutDuration);
            user.AccessFailedCount = 0;
            audit.Record(new AuditEvent(AuditActions.AccountLockedOut, AuditSubject.User(user.Id),
                Data: new Dictionary<string, object?> { ["until"] = user.LockoutEnd }, Actor: new AuditActor(user.Id, user.UserName)));
            await db.SaveChangesAsync(ct);
            return new SignInOutcome(SignInStatus.LockedOut, user, user.LockoutEnd);
        }
        await db.SaveChangesAsync(ct);
        return new SignInOutcome(SignInStatus.Failed);
    }

    private async Task<SignInOutcome> SucceedAsync(MediaUser user, string password, PasswordVerificationResult verified, CancellationToken ct)
    {
        if (verified == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = hasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        audit.Record(new AuditEvent(AuditActions.SignInSucceeded, AuditSubject.User(user.Id), Actor: new AuditActor(user.Id, user.DisplayName)));
        await db.SaveChangesAsync(ct);
        return new SignInOutcome(SignInStatus.Succeeded, user);
    }

    private static AuditEvent Failed(MediaUser? user, string attemptedName, string reason) =>
        new(AuditActions.SignInFailed,
            user is null ? AuditSubject.Named("user-name", attemptedName.Trim()) : AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["reason"] = reason, ["userName"] = attemptedName.Trim() },
            Actor: new AuditActor(user?.Id, attemptedName.Trim()));
}
