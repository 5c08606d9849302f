using Media.Abstractions.Auditing;
using Media.Data;
using Media.Users.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Media.Users.SecondFactor;

/// <summary>Enrols, confirms, resets and checks a user's TOTP second factor (docs/accounts.md §7). The secret is kept
/// encrypted with the data-protection keys; a code is accepted once, recovery codes once each, both decided by a
/// conditional update in the database so parallel requests with the same code cannot both pass.</summary>
public sealed class TotpDesk(MediaDbContext db, IDataProtectionProvider protection, IAuditTrail audit, TimeProvider clock)
{
    public const string Issuer = "Media";
    private readonly IDataProtector protector = protection.CreateProtector("Media.Users.TotpSecret.v1");

    public Task<bool> IsEnrolledAsync(Guid userId, CancellationToken ct) =>
        db.Set<MediaUser>().AnyAsync(u => u.Id == userId && u.TotpConfirmedAt != null, ct);

    /// <summary>Starts (or restarts, while unconfirmed) an enrolment with a new secret.</summary>
    public async Task<TotpEnrolment> EnrolAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Set<MediaUser>().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return new TotpEnrolment(TotpStatus.NotFound);
        if (user.HasTotp) return new TotpEnrolment(TotpStatus.AlreadyEnrolled);

        var secret = Base32Encoding.ToString(TotpCodes.NewSecret());
        user.TotpSecret = protector.Protect(secret);
        user.TotpLastStep = null;
        audit.Record(new AuditEvent(AuditActions.SecondFactorEnrolled, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["userName"] = user.UserName, ["method"] = "totp" }));
        await db.SaveChangesAsync(ct);
        return new TotpEnrolment(TotpStatus.Done, secret, TotpCodes.OtpAuthUri(Issuer, user.UserName, secret));
    }

    /// <summary>Proves the enrolled secret with a code; from then on the factor is in force. Returns the ten recovery
    /// codes, which are not kept (only their hashes).</summary>
    public async Task<TotpConfirmation> ConfirmAsync(Guid userId, string? code, CancellationToken ct)
    {
        var user = await db.Set<MediaUser>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return new TotpConfirmation(TotpStatus.NotFound);
        if (user.HasTotp) return new TotpConfirmation(TotpStatus.AlreadyEnrolled);
        if (user.TotpSecret is null) return new TotpConfirmation(TotpStatus.NotEnrolled);
        var now = clock.GetUtcNow();
        var step = TotpCodes.MatchStep(SecretOf(user), TotpCodes.Normalize(code), now);
        if (step is null) return new TotpConfirmation(TotpStatus.WrongCode);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var confirmed = await db.Set<MediaUser>()
            .Where(u => u.Id == userId && u.TotpConfirmedAt == null && u.TotpSecret == user.TotpSecret)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TotpConfirmedAt, now).SetProperty(u => u.TotpLastStep, step), ct);
        if (confirmed == 0) return new TotpConfirmation(TotpStatus.AlreadyEnrolled);

        var codes = RecoveryCodes.Generate();
        await db.Set<RecoveryCode>().Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);
        db.Set<RecoveryCode>().AddRange(codes.Select(c => new RecoveryCode
        {
            Id = Guid.CreateVersion7(now), UserId = userId, CodeHash = RecoveryCodes.Hash(TotpCodes.Normalize(c)), CreatedAt = now,
        }));
        audit.Record(new AuditEvent(AuditActions.SecondFactorConfirmed, AuditSubject.User(userId),
            Data: new Dictionary<string, object?> { ["userName"] = user.UserName, ["method"] = "totp", ["recoveryCodes"] = codes.Count }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TotpConfirmation(TotpStatus.Done, codes);
    }

    /// <summary>An Admin's reset of a lost factor: secret, replay guard and recovery codes go; the user may enrol
    /// again.</summary>
    public async Task<TotpStatus> ResetAsync(Guid userId, CancellationToken ct)
    {
        var user = await db.Set<MediaUser>().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return TotpStatus.NotFound;
        var had = user.HasTotp;
        user.TotpSecret = null;
        user.TotpConfirmedAt = null;
        user.TotpLastStep = null;
        db.Set<RecoveryCode>().RemoveRange(await db.Set<RecoveryCode>().Where(c => c.UserId == userId).ToListAsync(ct));
        audit.Record(new AuditEvent(AuditActions.SecondFactorReset, AuditSubject.User(userId),
            Data: new Dictionary<string, object?> { ["userName"] = user.UserName, ["hadSecondFactor"] = had }));
        await db.SaveChangesAsync(ct);
        return TotpStatus.Done;
    }

    /// <summary>Checks a code (or a recovery code) of a user with TOTP and consumes it.</summary>
    public async Task<SecondFactorProof> VerifyAsync(MediaUser user, string? code, CancellationToken ct)
    {
        if (!user.HasTotp || user.TotpSecret is null) return SecondFactorProof.Refused;
        var normalized = TotpCodes.Normalize(code);
        if (RecoveryCodes.LooksLikeOne(normalized)) return await UseRecoveryCodeAsync(user, normalized, ct);

        var step = TotpCodes.MatchStep(SecretOf(user), normalized, clock.GetUtcNow());
        if (step is null) return SecondFactorProof.Refused;
        // Only a step later than the last accepted one passes; the database decides, so of two parallel requests
        // with one code exactly one succeeds (docs/accounts.md §7).
        var accepted = await db.Set<MediaUser>()
            .Where(u => u.Id == user.Id && u.TotpConfirmedAt != null && (u.TotpLastStep == null || u.TotpLastStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TotpLastStep, step), ct);
        return accepted == 1 ? SecondFactorProof.Totp : SecondFactorProof.Refused;
    }

    private async Task<SecondFactorProof> UseRecoveryCodeAsync(MediaUser user, string normalized, CancellationToken ct)
    {
        var hash = RecoveryCodes.Hash(normalized);
        var now = clock.GetUtcNow();
        var used = await db.Set<RecoveryCode>().Where(c => c.UserId == user.Id && c.CodeHash == hash && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now), ct);
        if (used == 0) return SecondFactorProof.Refused;
        var left = await db.Set<RecoveryCode>().CountAsync(c => c.UserId == user.Id && c.UsedAt == null, ct);
        audit.Record(new AuditEvent(AuditActions.RecoveryCodeUsed, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["userName"] = user.UserName, ["left"] = left },
            Actor: new AuditActor(user.Id, user.DisplayName)));
        await db.SaveChangesAsync(ct);
        return SecondFactorProof.RecoveryCode;
    }

    private byte[] SecretOf(MediaUser user) => Base32Encoding.ToBytes(protector.Unprotect(user.TotpSecret!));
}
