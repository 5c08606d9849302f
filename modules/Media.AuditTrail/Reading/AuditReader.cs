using System.Runtime.CompilerServices;
using Media.AuditTrail.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.AuditTrail.Reading;

/// <summary>The read side of the trail. Every query is keyset-paged on <c>seq</c> and untracked, so it stays fast and
/// flat in memory at millions of entries; filters map onto the (article|actor|action, seq) and at indexes.</summary>
public sealed class AuditReader(MediaDbContext db)
{
    public const int BatchSize = 2000;

    private IQueryable<AuditEntry> Entries => db.Set<AuditEntry>().AsNoTracking();

    public async Task<AuditPage> ListAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = Entries;
        if (filter.ArticleId is { } article) query = query.Where(e => e.ArticleId == article);
        if (filter.ActorId is { } actor) query = query.Where(e => e.ActorId == actor);
        else if (filter.ActorName is { } name) query = query.Where(e => e.ActorName == name);
        if (filter.Action is { } action) query = query.Where(e => e.Action == action);
        if (filter.From is { } from) query = query.Where(e => e.At >= from);
        if (filter.To is { } to) query = query.Where(e => e.At < to);
        if (filter.After is { } after) query = filter.Newest ? query.Where(e => e.Seq < after) : query.Where(e => e.Seq > after);
        query = filter.Newest ? query.OrderByDescending(e => e.Seq) : query.OrderBy(e => e.Seq);

        var limit = Math.Clamp(filter.Limit, 1, AuditFilter.MaxLimit);
        var rows = await query.Take(limit + 1).ToListAsync(cancellationToken);
        if (rows.Count <= limit) return new AuditPage(rows, null);
        rows.RemoveAt(limit);
        return new AuditPage(rows, rows[^1].Seq);
    }

    /// <summary>Every entry about one article, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForArticleAsync(Guid articleId, CancellationToken cancellationToken) =>
        await Entries.Where(e => e.ArticleId == articleId).OrderBy(e => e.Seq).ToListAsync(cancellationToken);

    /// <summary>The contiguous <c>seq</c> range whose entries were recorded in [from, to); null when none were.
    /// Ranges are by seq, not by time alone, so an export of a period is one unbroken, verifiable stretch of chain.</summary>
    public async Task<(long First, long Last)?> RangeAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken cancellationToken)
    {
        var query = Entries;
        if (from is { } f) query = query.Where(e => e.At >= f);
        if (to is { } t) query = query.Where(e => e.At < t);
        var first = await query.OrderBy(e => e.Seq).Select(e => (long?)e.Seq).FirstOrDefaultAsync(cancellationToken);
        if (first is null) return null;
        var last = await query.OrderByDescending(e => e.Seq).Select(e => e.Seq).FirstAsync(cancellationToken);
        return (first.Value, last);
    }

    /// <summary>Streams entries first..last in seq order, one batch in memory at a time.</summary>
    public async IAsyncEnumerable<AuditEntry> StreamAsync(long first, long last, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = first - 1;
        while (after < last)
        {
            var from = after;
            var batch = await Entries.Where(e => e.Seq > from && e.Seq <= last).OrderBy(e => e.Seq).Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0) yield break;
            foreach (var entry in batch) yield return entry;
            after = batch[^1].Seq;
        }
    }

    /// <summary>The last entry before <paramref name="seq"/> (its seq and stored hash): what a stretch starting at
    /// <paramref name="seq"/> links onto. Null when there is none.</summary>
    public async Task<(long Seq, string Hash)?> LastBeforeAsync(long seq, CancellationToken cancellationToken)
    {
        var row = await Entries.Where(e => e.Seq < seq).OrderByDescending(e => e.Seq).Select(e => new { e.Seq, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Seq, row.Hash ?? "");
    }

    /// <summary>The stored hash of entry <paramref name="seq"/>, or null when there is no such entry.</summary>
    public Task<string?> HashAtAsync(long seq, CancellationToken cancellationToken) =>
        Entries.Where(e => e.Seq == seq).Select(e => (string?)e.Hash).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The head (last seq), read once so a walk ends where the chain ended when it started.</summary>
    public Task<long> HeadSeqAsync(CancellationToken cancellationToken) =>
        Entries.OrderByDescending(e => e.Seq).Select(e => e.Seq).FirstOrDefaultAsync(cancellationToken);
}
