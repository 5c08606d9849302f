using Media.Data;
using Media.Review.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Review.Rounds;

/// <summary>The rounds of an article with their decisions and comments, oldest first.</summary>
public sealed class ReviewHistory(MediaDbContext db)
{
    public async Task<IReadOnlyList<RoundView>> RoundsAsync(Guid articleId, CancellationToken ct)
    {
        var rounds = await db.Set<ReviewRound>().AsNoTracking().Include(r => r.Decisions)
            .Where(r => r.ArticleId == articleId).OrderBy(r => r.Number).ToListAsync(ct);
        return rounds.Select(RoundView.From).ToList();
    }

    /// <summary>Of the given articles, those whose open round the user submitted or already decided a stage of (for the inbox).</summary>
    public async Task<IReadOnlySet<Guid>> DecidedByAsync(Guid reviewerId, IReadOnlyCollection<Guid> articleIds, CancellationToken ct)
    {
        var decided = await db.Set<ReviewRound>().AsNoTracking()
            .Where(r => r.State == ReviewRoundState.Open && articleIds.Contains(r.ArticleId)
                && (r.SubmittedBy == reviewerId || r.Decisions.Any(d => d.ReviewerId == reviewerId)))
            .Select(r => r.ArticleId).ToListAsync(ct);
        return decided.ToHashSet();
    }
}
