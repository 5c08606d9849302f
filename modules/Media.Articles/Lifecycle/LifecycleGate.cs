using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Articles.Data;

namespace Media.Articles.Lifecycle;

/// <summary>The one check of every status change and every content change: is the (status, operation) pair in the
/// transition table on the article's track, and does the caller hold the row's permission? <see cref="Move"/> is the
/// one place an article's status is assigned.</summary>
public sealed class LifecycleGate(ICurrentUser user, IPermissionService permissions)
{
    public static ArticleTrack TrackOf(Article article) => article.CorrectionOfVersion is null ? ArticleTrack.Original : ArticleTrack.Correction;

    /// <summary>The row that applies, or the refusal: 409 when the table has no such row, 403 for a permission (or a
    /// person attempting what only Media's scheduled job does).</summary>
    public (ArticleTransition? Row, Outcome? Refusal) Check(Article article, string operation) => Check(TrackOf(article), article.Status, operation);

    public (ArticleTransition? Row, Outcome? Refusal) Check(ArticleTrack track, string status, string operation)
    {
        var row = ArticleTransitions.Find(track, status, operation);
        if (row is null) return (null, Outcome.Conflict(NotFromHere(track, status, operation)));
        if (row.BySystem)
        {
            return user.IsAuthenticated
                ? (null, Outcome.Forbidden($"'{operation}' from '{status}' is done by Media itself when the scheduled time comes."))
                : (row, null);
        }
        if (!user.IsAuthenticated || !permissions.Has(user.Roles, row.Permission!))
            return (null, Outcome.Forbidden($"'{operation}' needs the {row.Permission!.Name} permission, which you do not hold."));
        return (row, null);
    }

    /// <summary>Applies the row's target status; callers set the fields that go with the operation.</summary>
    public static void Move(Article article, ArticleTransition row, DateTimeOffset now)
    {
        article.Status = row.To;
        article.UpdatedAt = now;
    }

    private static string NotFromHere(ArticleTrack track, string status, string operation)
    {
        if (operation is Abstractions.Content.ArticleOperation.Edit or Abstractions.Content.ArticleOperation.Restore)
            return $"Only a draft, or a correction being written, can be edited; this article is '{status}'.";
        var allowed = ArticleTransitions.From(track, status);
        var what = track == ArticleTrack.Correction ? $"a correction that is '{status}'" : $"an article that is '{status}'";
        return allowed.Count == 0
            ? $"'{operation}' is not possible on {what}; nothing more can happen to it."
            : $"'{operation}' is not possible on {what}; it can: {string.Join(", ", allowed)}.";
    }
}
