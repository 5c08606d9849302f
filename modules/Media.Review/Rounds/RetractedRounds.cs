using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Data;
using Media.Review.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Review.Rounds;

/// <summary>A correction can be retracted while it is in review (docs/lifecycle.md §4): its open round then ends with
/// the piece, in the same save, instead of waiting forever for a decision nobody can make.</summary>
internal sealed class RetractedRounds(MediaDbContext db, TimeProvider clock) : IBeforeSaveHandler<ArticleStatusChanged>
{
    public async Task HandleAsync(ArticleStatusChanged change, CancellationToken cancellationToken)
    {
        if (change.To != EditorialStatus.Retracted) return;
        var open = await db.Set<ReviewRound>().Where(r => r.ArticleId == change.ArticleId && r.State == ReviewRoundState.Open)
            .ToListAsync(cancellationToken);
        foreach (var round in open) (round.State, round.ClosedAt) = (ReviewRoundState.Retracted, clock.GetUtcNow());
    }
}
