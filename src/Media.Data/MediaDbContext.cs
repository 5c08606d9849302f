using Media.Abstractions.Events;
using Microsoft.EntityFrameworkCore;

namespace Media.Data;

/// <summary>
/// The one DbContext. It owns no entities itself: each module contributes its configurations.
/// A subclass per provider carries that provider's migrations. It is also where after-commit notifications leave
/// the unit of work (docs/architecture.md §4): once a save commits — on its own, or with the caller's transaction
/// (<see cref="AfterCommitTransactions"/>) — the scope's <see cref="AfterCommitQueue"/> dispatches; a failed save
/// discards what was enlisted for it.
/// </summary>
public abstract class MediaDbContext(DbContextOptions options, IEnumerable<IModelContributor> contributors, AfterCommitQueue afterCommit)
    : DbContext(options)
{
    internal AfterCommitQueue AfterCommit => afterCommit;

    /// <summary>True inside SaveChangesAsync: a transaction committed there is the save's own, dispatched after it.</summary>
    internal bool IsSaving { get; private set; }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        int saved;
        IsSaving = true;
        try
        {
            saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch
        {
            if (Database.CurrentTransaction is null) afterCommit.Discard();
            throw;
        }
        finally
        {
            IsSaving = false;
        }
        if (Database.CurrentTransaction is null) await afterCommit.DispatchAsync();
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var contributor in contributors)
        {
            contributor.Contribute(modelBuilder);
        }
    }
}
