using Media.Abstractions.Content;
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
        if (row is null) return (null, Outcome.Conflict(NotFromHere(track, status, operation)).Says(NotFromHereInChinese(track, status, operation)));
        if (row.BySystem)
        {
            return user.IsAuthenticated
                ? (null, Outcome.Forbidden($"'{operation}' from '{status}' is done by Media itself when the scheduled time comes.")
                    .Says($"「{EditorialStatus.Label(status)}」的稿件到了定时时间由系统自动{ArticleOperation.Label(operation)}，不能手动操作。"))
                : (row, null);
        }
        if (!user.IsAuthenticated || !permissions.Has(user.Roles, row.Permission!))
            return (null, Outcome.Forbidden($"'{operation}' needs the {row.Permission!.Name} permission, which you do not hold.")
                .Says($"你没有{ArticleOperation.Label(operation)}稿件的权限，未执行。"));
        return (row, null);
    }

    /// <summary>Applies the row's target status; callers set the fields that go with the operation.</summary>
    public static void Move(Article article, ArticleTransition row, DateTimeOffset now)
    {
        article.Status = row.To;
        article.UpdatedAt = now;
    }

    private static string NotFromHereInChinese(ArticleTrack track, string status, string operation)
    {
        var what = $"{(track == ArticleTrack.Correction ? "这篇更正" : "这篇稿件")}现在是「{EditorialStatus.Label(status)}」";
        if (operation is ArticleOperation.Edit or ArticleOperation.Restore)
            return $"{what}，不能修改：只有草稿或正在写的更正可以修改。";
        if (operation is ArticleOperation.Publish or ArticleOperation.Schedule)
            return $"{what}，不能发布：只有已签发的稿件可以发布（可能已被他人发布或撤回）。";
        return $"{what}，不能{ArticleOperation.Label(operation)}（可能已被他人处理）；请刷新后查看。";
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
