using System.Runtime.CompilerServices;
using Media.AuditTrail.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Media.AuditTrail.Chain;

/// <summary>
/// Before a save that carries new audit entries: opens a transaction (unless the caller has one), takes the
/// chain's append lock, reads the head and links the entries after it. The change and its entries then commit
/// together. SQLite's write transaction (BEGIN IMMEDIATE) is the lock there; PostgreSQL takes an advisory lock
/// held until commit, so concurrent writers append one after another with no gaps in <c>seq</c>. When it committed
/// the transaction itself, it advances the head anchor (a caller's own transaction may still roll back).
/// </summary>
internal sealed class AuditChainInterceptor(AuditChain chain, AuditHeadAnchor anchor) : SaveChangesInterceptor
{
    private const long AppendLockId = 0x4d65646961417564; // "MediaAud"

    private readonly ConditionalWeakTable<DbContext, OwnedAppend> owned = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        if (context is null) return result;
        var pending = context.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added).Select(e => e.Entity).OrderBy(e => e.RecordedOrder).ToList();
        if (pending.Count == 0) return result;

        if (context.Database.CurrentTransaction is null)
        {
            owned.AddOrUpdate(context, new OwnedAppend(await context.Database.BeginTransactionAsync(cancellationToken)));
        }
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AppendLockId})", cancellationToken);
        }
        var head = await context.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Seq)
            .Select(e => new { e.Seq, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var (seq, prev) = head is null ? (0L, AuditChain.Genesis) : (head.Seq, head.Hash);
        foreach (var entry in pending)
        {
            entry.Seq = ++seq;
            entry.PrevHash = prev;
            entry.Hash = prev = chain.ComputeHash(entry.PrevHash, entry);
        }
        if (owned.TryGetValue(context, out var append)) append.Head = (seq, prev);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && owned.TryGetValue(context, out var append))
        {
            owned.Remove(context);
            await append.Transaction.CommitAsync(cancellationToken);
            await append.Transaction.DisposeAsync();
            anchor.Advance(append.Head.Seq, append.Head.Hash);
        }
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        AbandonAsync(eventData.Context);

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is not null && owned.TryGetValue(context, out var append))
        {
            owned.Remove(context);
            await append.Transaction.RollbackAsync(CancellationToken.None);
            await append.Transaction.DisposeAsync();
        }
    }

    // Synchronous saves would bypass the chain's locking; Media saves asynchronously everywhere.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context?.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added) == true
            ? throw new InvalidOperationException("Audit entries must be saved with SaveChangesAsync.")
            : result;

    private sealed class OwnedAppend(IDbContextTransaction transaction)
    {
        public IDbContextTransaction Transaction { get; } = transaction;

        public (long Seq, string Hash) Head { get; set; }
    }
}
