using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Media.Data;

/// <summary>Dispatches after-commit notifications when a caller's own transaction commits (one begun around several
/// statements, e.g. a delivery's settlement) and discards them when it rolls back. Saves that commit on their own are
/// dispatched by <see cref="MediaDbContext.SaveChangesAsync(bool, CancellationToken)"/>.</summary>
internal sealed class AfterCommitTransactions : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MediaDbContext { IsSaving: false } context) await context.AfterCommit.DispatchAsync();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is MediaDbContext { IsSaving: false } context) context.AfterCommit.Discard();
        return Task.CompletedTask;
    }
}
