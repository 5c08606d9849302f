using Media.Abstractions.Auditing;
using Media.Abstractions.Problems;
using Media.Data;
using Media.Users.Data;
using Media.Users.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Media.Users.Accounts;

/// <summary>Changes passwords: a user's own change (with the current password, which counts as a sign-in attempt)
/// and an Admin's reset (the user must then change it). Both apply <see cref="PasswordPolicy"/>, keep the history,
/// end the user's other sessions and are audited in the same save (docs/accounts.md §4–5).</summary>
public sealed class PasswordDesk(
    MediaDbContext db, IPasswordHasher<MediaUser> hasher, PasswordPolicy policy, CredentialCheck credentials,
    IAuditTrail audit, TimeProvider clock)
{
    /// <summary>The user's own change; <paramref name="sessionId"/> is the session that keeps working.</summary>
    public async Task<PasswordChange> ChangeOwnAsync(Guid userId, string? sessionId, string? currentPassword, string? newPassword, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .Required("currentPassword", currentPassword, UserLimits.PasswordMax)
            .Required("newPassword", newPassword, UserLimits.PasswordMax);
        if (errors.Any) return new PasswordChange(PasswordChangeStatus.Invalid, errors.ToDictionary());
        var user = await db.Set<MediaUser>().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return new PasswordChange(PasswordChangeStatus.NotFound);

        var check = await credentials.CheckPasswordAsync(user.UserName, currentPassword!, ct);
        if (check.Status == SignInStatus.LockedOut) return new PasswordChange(PasswordChangeStatus.LockedOut, LockedUntil: check.LockedUntil);
        if (check.Status != SignInStatus.Succeeded) return new PasswordChange(PasswordChangeStatus.WrongPassword);

        // Policy errors are reported under "password" whichever request field carried it (docs/accounts.md §4).
        return await SetAsync(user, newPassword!, "password", mustChange: false, sessionId, AuditActions.PasswordChanged, ct);
    }

    /// <summary>An Admin's reset: the user's sessions end and they must choose a new password at next sign-in.</summary>
    public async Task<PasswordChange> ResetAsync(Guid userId, string? password, CancellationToken ct)
    {
        var errors = new FieldErrors().Required("password", password, UserLimits.PasswordMax);
        if (errors.Any) return new PasswordChange(PasswordChangeStatus.Invalid, errors.ToDictionary());
        var user = await db.Set<MediaUser>().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return new PasswordChange(PasswordChangeStatus.NotFound);
        return await SetAsync(user, password!, "password", mustChange: true, keptSession: null, AuditActions.PasswordReset, ct);
    }

    /// <summary>Records a new user's first password in the history (part of the caller's save).</summary>
    public void RecordInitial(MediaUser user) =>
        db.Set<PasswordHistoryEntry>().Add(new PasswordHistoryEntry
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), UserId = user.Id, PasswordHash = user.PasswordHash, SetAt = clock.GetUtcNow(),
        });

    private async Task<PasswordChange> SetAsync(MediaUser user, string password, string field, bool mustChange, string? keptSession,
        string action, CancellationToken ct)
    {
        var history = await db.Set<PasswordHistoryEntry>().Where(h => h.UserId == user.Id)
            .OrderByDescending(h => h.SetAt).ThenByDescending(h => h.Id).ToListAsync(ct);
        // The current password and the ones before it, five in all (the history's newest entry is the current one).
        var recent = history.Take(UserLimits.PasswordHistory).Select(h => h.PasswordHash).Prepend(user.PasswordHash).Distinct().ToList();
        var problems = policy.Check(password, user.UserName, user, recent);
        if (problems.Count > 0)
            return new PasswordChange(PasswordChangeStatus.Refused, new Dictionary<string, string[]> { [field] = [.. problems] });

        var now = clock.GetUtcNow();
        user.PasswordHash = hasher.HashPassword(user, password);
        user.PasswordChangedAt = now;
        user.MustChangePassword = mustChange;
        user.RenewStamp();
        user.KeptSessionId = keptSession;
        RecordInitial(user);
        // The new one plus the four before it are the last five; older hashes are not kept.
        db.Set<PasswordHistoryEntry>().RemoveRange(history.Skip(UserLimits.PasswordHistory - 1));
        audit.Record(new AuditEvent(action, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["userName"] = user.UserName, ["mustChange"] = mustChange }));
        await db.SaveChangesAsync(ct);
        return new PasswordChange(PasswordChangeStatus.Changed);
    }
}
