using Media.Abstractions.Content;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Lifecycle;

/// <summary>What each command changes on the article besides its status (which <see cref="LifecycleGate.Move"/>
/// sets): the review stage, the sign-off pin, the published version, the retraction, a correction's record.</summary>
internal sealed class CommandEffects(MediaDbContext db)
{
    public async Task<PublishedCorrection?> ApplyAsync(Article article, ArticleCommand command, DateTimeOffset now, CancellationToken ct)
    {
        switch (command)
        {
            case ArticleCommand.Submit submit:
                Wait(article, submit.FirstStage, now);
                article.LastReviewComment = null;
                break;
            case ArticleCommand.Advance advance:
                Wait(article, advance.NextStage, now);
                break;
            case ArticleCommand.SendBack sendBack:
                Wait(article, null, now);
                article.LastReviewComment = sendBack.Comment;
                break;
            case ArticleCommand.SignOff signOff:
                Wait(article, null, now);
                (article.SignedVersion, article.SignedContentHash) = (signOff.Pin.Version, signOff.Pin.ContentHash);
                break;
            case ArticleCommand.Reopen:
                (article.SignedVersion, article.SignedContentHash) = (null, null);
                break;
            case ArticleCommand.Publish:
                return await PublishAsync(article, now, ct);
            case ArticleCommand.Retract retract:
                Wait(article, null, now);
                (article.RetractedAt, article.RetractionReason) = (now, retract.Reason);
                break;
            case ArticleCommand.Withdraw:
                Wait(article, null, now);
                break;
        }
        return null;
    }

    private async Task<PublishedCorrection?> PublishAsync(Article article, DateTimeOffset now, CancellationToken ct)
    {
        var corrected = article.CorrectionOfVersion is { } of ? await CloseCorrectionAsync(article, of, now, ct) : null;
        article.PublishedVersion = article.SignedVersion;
        article.PublishedAt ??= now;
        await ArticleUrls.AssignAsync(db, article, ct);
        return corrected;
    }

    /// <summary>The corrected version goes live: the correction is kept as a dated 更正说明 and the article leaves the
    /// correction track.</summary>
    private async Task<PublishedCorrection> CloseCorrectionAsync(Article article, int ofVersion, DateTimeOffset now, CancellationToken ct)
    {
        var oldHash = article.CorrectionOfContentHash ?? await db.Set<ArticleVersion>().AsNoTracking()
            .Where(v => v.ArticleId == article.Id && v.Version == ofVersion).Select(v => v.ContentHash).SingleAsync(ct);
        var record = new ArticleCorrection
        {
            Id = Guid.CreateVersion7(now), ArticleId = article.Id, Note = article.CorrectionNote ?? "",
            OpenedAt = article.CorrectionOpenedAt ?? now, OpenedBy = article.CorrectionOpenedBy ?? Guid.Empty,
            OpenedByName = article.CorrectionOpenedByName ?? "", OfVersion = ofVersion, OldContentHash = oldHash,
            CorrectedVersion = article.SignedVersion!.Value, NewContentHash = article.SignedContentHash!, PublishedAt = now,
        };
        db.Add(record);
        (article.CorrectionNote, article.CorrectionOpenedAt, article.CorrectionOpenedBy, article.CorrectionOpenedByName) = (null, null, null, null);
        (article.CorrectionOfVersion, article.CorrectionOfContentHash) = (null, null);
        return new PublishedCorrection(record.Note, ofVersion, oldHash, record.CorrectedVersion, record.NewContentHash);
    }

    private static void Wait(Article article, ReviewStagePosition? stage, DateTimeOffset now)
    {
        article.StageIndex = stage?.Index;
        article.StageName = stage?.Name;
        article.StageRole = stage?.Role;
        article.StageSince = stage is null ? null : now;
    }
}
