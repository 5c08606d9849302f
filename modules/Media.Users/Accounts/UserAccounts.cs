using Media.Abstractions.Auditing;
using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Media.Users.Accounts;

/// <summary>The one path by which user accounts change; each change is audited in the same save.</summary>
public sealed class UserAccounts(MediaDbContext db, IPasswordHasher<MediaUser> hasher, PasswordPolicy policy, PasswordDesk passwords,
    IAuditTrail audit, TimeProvider clock)
{
    private DbSet<MediaUser> Users => db.Set<MediaUser>();

    public Task<AccountResult> CreateAsync(string? userName, string? displayName, string? password, string[]? roles, CancellationToken ct) =>
        CreateAsync(userName, displayName, password, roles, actor: null, mustChangePassword: false, ct);

    /// <summary>For start-up seeding, where no one is signed in: recorded as done by the system.
    /// <paramref name="mustChangePassword"/> for a generated password that was printed (docs/accounts.md §5).</summary>
    public Task<AccountResult> CreateAsSystemAsync(string userName, string displayName, string password, string[] roles,
        bool mustChangePassword, CancellationToken ct) =>
        CreateAsync(userName, displayName, password, roles, AuditActor.System, mustChangePassword, ct);

    private async Task<AccountResult> CreateAsync(string? userName, string? displayName, string? password, string[]? roles,
        AuditActor? actor, bool mustChangePassword, CancellationToken ct)
    {
        var errors = AccountInput.CheckNew(userName, displayName, password, roles);
        var weak = string.IsNullOrEmpty(password) ? [] : policy.Check(password, userName ?? "", null, []);
        if (errors.Any)
        {
            foreach (var problem in weak) errors.Add("password", problem);
            return new AccountResult(null, errors.ToDictionary());
        }
        var refused = new Dictionary<string, string[]>();
        if (weak.Count > 0) refused["password"] = [.. weak];
        if (AccountInput.SeparationProblems(roles!) is { Count: > 0 } separation) refused["roles"] = [.. separation];
        if (refused.Count > 0) return new AccountResult(null, refused, Refused: true);

        var normalized = MediaUser.Normalize(userName!);
        if (await Users.AnyAsync(u => u.NormalizedUserName == normalized, ct)) return new AccountResult(null);

        var user = new MediaUser
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserName = userName!.Trim(),
            NormalizedUserName = normalized,
            DisplayName = displayName!.Trim(),
            CreatedAt = clock.GetUtcNow(),
            PasswordChangedAt = clock.GetUtcNow(),
            MustChangePassword = mustChangePassword,
        };
        user.PasswordHash = hasher.HashPassword(user, password!);
        passwords.RecordInitial(user);
        user.Roles = AccountInput.CanonicalRoles(roles!).Select(r => new UserRole { UserId = user.Id, Role = r }).ToList();
        Users.Add(user);
        audit.Record(new AuditEvent(AuditActions.UserCreated, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["userName"] = user.UserName, ["displayName"] = user.DisplayName, ["roles"] = user.RoleNames }, Actor: actor));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new AccountResult(null); // the unique index caught a concurrent create of the same name
        }
        return new AccountResult(user);
    }

    public async Task<(IReadOnlyList<MediaUser> Items, int Total)> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        var query = Users.AsNoTracking().Include(u => u.Roles).OrderBy(u => u.NormalizedUserName);
        return (await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct), await Users.CountAsync(ct));
    }

    public Task<MediaUser?> FindAsync(Guid id, CancellationToken ct) =>
        Users.AsNoTracking().Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, ct);

    public async Task<AccountResult> SetRolesAsync(Guid id, string[]? roles, CancellationToken ct)
    {
        var errors = AccountInput.CheckRoles(new(), roles);
        if (errors.Any) return new AccountResult(null, errors.ToDictionary());
        if (AccountInput.SeparationProblems(roles!) is { Count: > 0 } separation)
            return new AccountResult(null, new Dictionary<string, string[]> { ["roles"] = [.. separation] }, Refused: true);
        await using var transaction = await AdminChangeTransactionAsync(ct);
        var user = await Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return new AccountResult(null);

        var before = user.RoleNames;
        var after = AccountInput.CanonicalRoles(roles!);
        if (before.Contains(MediaRoles.Admin) && !after.Contains(MediaRoles.Admin) && await IsLastActiveAdminAsync(user, ct))
            return new AccountResult(user, Conflict: "三员分立：不能移除最后一位在用系统管理员的管理员角色。The last active Admin cannot lose the role.");
        user.Roles.RemoveAll(r => !after.Contains(r.Role));
        user.Roles.AddRange(after.Except(before).Select(r => new UserRole { UserId = user.Id, Role = r }));
        user.RenewStamp();
        audit.Record(new AuditEvent(AuditActions.UserRolesChanged, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["before"] = before, ["after"] = after }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AccountResult(user);
    }

    public async Task<AccountResult> DisableAsync(Guid id, CancellationToken ct)
    {
        await using var transaction = await AdminChangeTransactionAsync(ct);
        var user = await Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null || user.IsDisabled) return new AccountResult(user);
        if (user.RoleNames.Contains(MediaRoles.Admin) && await IsLastActiveAdminAsync(user, ct))
            return new AccountResult(user, Conflict: "三员分立：不能停用最后一位在用系统管理员。The last active Admin cannot be disabled.");
        user.IsDisabled = true;
        user.RenewStamp();
        audit.Record(new AuditEvent(AuditActions.UserDisabled, AuditSubject.User(user.Id)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new AccountResult(user);
    }

    /// <summary>The way back from <see cref="DisableAsync"/>: the user may sign in again (their old sessions stay
    /// ended). Enabling an active user changes nothing and records nothing.</summary>
    public async Task<AccountResult> EnableAsync(Guid id, CancellationToken ct)
    {
        var user = await Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null || !user.IsDisabled) return new AccountResult(user);
        user.IsDisabled = false;
        audit.Record(new AuditEvent(AuditActions.UserEnabled, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["before"] = new { isDisabled = true }, ["after"] = new { isDisabled = false } }));
        await db.SaveChangesAsync(ct);
        return new AccountResult(user);
    }

    /// <summary>The name shown on pages and in the 审签单; the user name (sign-in) never changes.</summary>
    public async Task<AccountResult> RenameAsync(Guid id, string? displayName, CancellationToken ct)
    {
        var errors = new Abstractions.Problems.FieldErrors().Required("displayName", displayName, UserLimits.DisplayName);
        if (errors.Any) return new AccountResult(null, errors.ToDictionary());
        var user = await Users.Include(u => u.Roles).SingleOrDefaultAsync(u => u.Id == id, ct);
        var after = displayName!.Trim();
        if (user is null || user.DisplayName == after) return new AccountResult(user);
        audit.Record(new AuditEvent(AuditActions.UserChanged, AuditSubject.User(user.Id),
            Data: new Dictionary<string, object?> { ["before"] = new { displayName = user.DisplayName }, ["after"] = new { displayName = after } }));
        user.DisplayName = after;
        await db.SaveChangesAsync(ct);
        return new AccountResult(user);
    }

    /// <summary>Role changes and disabling run one at a time, so two Admins disabling each other at once cannot both
    /// see the other still active and leave nobody (SQLite's write transaction is the lock there; PostgreSQL takes an
    /// advisory lock held until commit).</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> AdminChangeTransactionAsync(CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdminChangeLockId})", ct);
        return transaction;
    }

    private const long AdminChangeLockId = 0x4d65646961416d6e; // "MediaAmn"

    /// <summary>docs/accounts.md §6: someone must remain who can administer accounts.</summary>
    private async Task<bool> IsLastActiveAdminAsync(MediaUser user, CancellationToken ct) =>
        !await Users.AnyAsync(u => u.Id != user.Id && !u.IsDisabled && u.Roles.Any(r => r.Role == MediaRoles.Admin), ct);
}
