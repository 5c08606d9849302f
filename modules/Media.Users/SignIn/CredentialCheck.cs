using Media.Abstractions.Auditing;
using Media.Data;
using Media.Users.Data;
using Media.Users.SecondFactor;
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
    TotpDesk totp,
    TimeProvider clock,
    IOptions<UsersOptions> options,
    SignInTelemetry telemetry)
{
    // Verifying against a fixed hash for unknown names keeps the answer time alike for known and unknown users.
    private static readonly string UnknownUserHash = new PasswordHasher<MediaUser>()
        .HashPassword(new MediaUser { UserName = "-", NormalizedUserName = "-", DisplayName = "-" }, Guid.NewGuid().ToString());

    /// <summary>A sign-in: the password and, for a user with TOTP, the code (docs/accounts.md §7). A missing code
    /// after the right password answers <see cref="SignInStatus.OtpRequired"/> without counting; a wrong one counts
    /// as a failed attempt.</summary>
    public Task<SignInOutcome> CheckAsync(string userName, string password, string? otp, CancellationToken ct) =>
        CheckAsync(userName, password, otp, secondFactor: true, recordSuccess: true, ct);

    /// <summary>Checks the password only, as part of another recorded action (a password change): a right password is
    /// not recorded as a sign-in.</summary>
    public Task<SignInOutcome> CheckPasswordAsync(string userName, string password, CancellationToken ct) =>
        CheckAsync(userName, password, otp: null, secondFactor: false, recordSuccess: false, ct);

    /// <summary>The second step of the sign-in form: the password was right moments ago for this user and stamp
    /// (<see cref="SignInTicket"/>), now the code. Counted, locked out and audited as <see cref="CheckAsync(string, string, string?, CancellationToken)"/>.</summary>
    public async Task<SignInOutcome> CheckCodeAsync(Guid userId, string stamp, string? otp, CancellationToken ct)
    {
        var user = await db.Set<MediaUser>().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || user.IsDisabled || user.SecurityStamp != stamp || !user.HasTotp) return new SignInOutcome(SignInStatus.Failed);
        var now = clock.GetUtcNow();
        if (user.LockoutEnd is { } until && until > now)
        {
            audit.Record(Failed(user, user.UserName, "locked-out"));
            await db.SaveChangesAsync(ct);
            return new SignInOutcome(SignInStatus.LockedOut, user, until);
        }
        return await SecondFactorAsync(user, user.UserName, otp, now, ct)
            ?? await SucceedAsync(user, null, PasswordVerificationResult.Success, record: true, ct);
    }

    private async Task<SignInOutcome> CheckAsync(string userName, string password, string? otp, bool secondFactor, bool recordSuccess,
        CancellationToken ct)
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
        if (verified == PasswordVerificationResult.Failed) return await FailAsync(user, userName, now, "bad-password", ct);
        var refused = secondFactor ? await SecondFactorAsync(user, userName, otp, now, ct) : null;
        return refused ?? await SucceedAsync(user, password, verified, recordSuccess, ct);
    }

    /// <summary>Null when the user has no TOTP or the code passes; otherwise the refusal (docs/accounts.md §7).</summary>
    private async Task<SignInOutcome?> SecondFactorAsync(MediaUser user, string userName, string? otp, DateTimeOffset now, CancellationToken ct)
    {
        if (!user.HasTotp) return null;
        if (string.IsNullOrWhiteSpace(otp)) return new SignInOutcome(SignInStatus.OtpRequired, user);
        if (await totp.VerifyAsync(user, otp, ct) != SecondFactorProof.Refused) return null;
        var failed = await FailAsync(user, userName, now, "bad-otp", ct);
        return failed.Status == SignInStatus.Failed ? new SignInOutcome(SignInStatus.OtpRequired, user) : failed;
    }

    /// <summary>Counts the failure in the database itself (<c>AccessFailedCount + 1</c>), not in memory: parallel wrong
    /// passwords then count one each instead of overwriting each other's count. The transaction holds the row (the
    /// row lock on PostgreSQL, SQLite's write lock) until the count is read back and, at the limit, turned into a
    /// lockout, so exactly one attempt sees each count and the lockout and its audit entry commit with it.</summary>
    private async Task<SignInOutcome> FailAsync(MediaUser user, string userName, DateTimeOffset now, string reason, CancellationToken ct)
    {
        var max = options.Value.MaxFailedSignIns;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = db.Set<MediaUser>().Where(u => u.Id == user.Id);
        await row.ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), ct);
        var count = await row.Select(u => u.AccessFailedCount).SingleAsync(ct);
        audit.Record(Failed(user, userName, reason));
        if (count < max)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new SignInOutcome(SignInStatus.Failed);
        }

        var until = now.Add(options.Value.LockoutDuration);
        await row.ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0), ct);
        audit.Record(new AuditEvent(AuditActions.AccountLockedOut, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["until"] = until }, Actor: new AuditActor(user.Id, user.UserName)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SignInOutcome(SignInStatus.LockedOut, user, until);
    }

    /// <summary>Takes the user's row first (clearing the count in the database), then writes the audit entry: the same
    /// order as <see cref="FailAsync"/>, so a right and a wrong attempt in parallel wait for each other instead of
    /// deadlocking.</summary>
    private async Task<SignInOutcome> SucceedAsync(MediaUser user, string? password, PasswordVerificationResult verified, bool record, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<MediaUser>().Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null), ct);
        if (verified == PasswordVerificationResult.SuccessRehashNeeded && password is not null) user.PasswordHash = hasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        // Written even when unchanged in memory: failures counted in the database meanwhile are not in this copy.
        db.Entry(user).Property(u => u.AccessFailedCount).IsModified = true;
        if (record) audit.Record(new AuditEvent(AuditActions.SignInSucceeded, AuditSubject.User(user.Id), Actor: new AuditActor(user.Id, user.DisplayName)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SignInOutcome(SignInStatus.Succeeded, user);
    }

    private AuditEvent Failed(MediaUser? user, string attemptedName, string reason)
    {
        telemetry.Failed(reason);
        return new(AuditActions.SignInFailed,
            user is null ? AuditSubject.Named("user-name", attemptedName.Trim()) : AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["reason"] = reason, ["userName"] = attemptedName.Trim() },
            Actor: new AuditActor(user?.Id, attemptedName.Trim()));
    }
}
