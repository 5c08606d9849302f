using Media.Abstractions.Content;
using Media.Abstractions.Security;
using Media.Review.Rounds;

namespace Media.Review.Notifications;

/// <summary>What waits for the signed-in user: articles at a stage they may decide (oldest first), and their own
/// pieces that came back. Derived from state, so it is never out of date.</summary>
public sealed class ReviewInbox(IArticleLifecycle articles, ReviewHistory history, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<InboxItem>> WaitingAsync(CancellationToken ct)
    {
        if (user.Roles.Count == 0) return [];
        var waiting = await articles.WaitingAsync(user.Roles, ct);
        var mine = await history.DecidedByAsync(user.Id, waiting.Select(a => a.Id).ToList(), ct);
        var now = clock.GetUtcNow();
        return waiting
            .Where(a => a.ViewerMaySee && a.CreatedBy != user.Id && !mine.Contains(a.Id))
            .Select(a => new InboxItem(a, a.StageSince ?? a.UpdatedAt, now - (a.StageSince ?? a.UpdatedAt)))
            .ToList();
    }

    public Task<IReadOnlyList<ArticleState>> SentBackAsync(CancellationToken ct) => articles.SentBackAsync(user.Id, ct);

    public async Task<int> CountAsync(CancellationToken ct) => (await WaitingAsync(ct)).Count + (await SentBackAsync(ct)).Count;
}
