using Media.Abstractions.Content;
using Media.Articles.Content;
using Media.Articles.Data;

namespace Media.Articles.Lifecycle;

/// <summary>An article row as the <see cref="ArticleState"/> contract shows it to the signed-in user.</summary>
internal sealed class ArticleStates(ArticleAccess access)
{
    public ArticleState Of(Article a) => new(a.Id, a.ColumnId, a.Title, a.Status, a.CurrentVersion, a.CurrentContentHash,
        a.StageIndex is { } i ? new ReviewStagePosition(i, a.StageName ?? "", a.StageRole ?? "") : null, a.StageSince,
        a.SignedVersion is { } v && a.SignedContentHash is { } h ? new SignOffPin(v, h) : null, a.LastReviewComment,
        a.CreatedBy, a.CreatedByName, a.UpdatedAt, access.CanView(a), access.CanEdit(a), a.PublishedVersion, CorrectionOf(a));

    public static CorrectionInfo? CorrectionOf(Article a) =>
        a.CorrectionOfVersion is { } of
            ? new CorrectionInfo(a.CorrectionNote ?? "", a.CorrectionOpenedAt ?? a.UpdatedAt, a.CorrectionOpenedBy ?? Guid.Empty,
                a.CorrectionOpenedByName ?? "", of, a.CorrectionOfContentHash ?? "")
            : null;
}
