using System.Globalization;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Retraction (撤稿) on WeChat: freepublish/delete of the article the publish delivery saved. Nothing published →
/// done; already deleted (53600) → done. A publish job still running is waited for, so the piece cannot go live after
/// it was retracted; so is a submit whose answer was lost, which is looked up first (docs/wechat.md §12.4). A draft
/// left in the draft box is not published and stays there for the account's admins.
/// </summary>
internal sealed class WeChatRetraction(IWeChatClient client, WeChatLostAnswers lostAnswers, TimeProvider time, TimeSpan pollDelay)
{
    /// <summary>freepublish/delete without an index removes every article of the job; ours hold one.</summary>
    private const int AllArticles = 0;

    private const int ArticleIdInvalid = 53600;

    public async Task<DeliveryStep> RetractAsync(WeChatDeliveryRun run, CancellationToken cancellationToken)
    {
        var articleId = run.Get(WeChatProgressKeys.ArticleId);
        if (articleId is null && run.Get(WeChatProgressKeys.PublishId) is { } publishId)
        {
            var status = await client.GetPublishStatusAsync(run.Account, publishId, cancellationToken);
            if (status.State == WeChatPublishState.Publishing)
            {
                return new DeliveryStep(DeliveryStepOutcome.InProgress, Error: "微信仍在发布中，发布结束后立即撤回",
                    RetryAfter: pollDelay);
            }

            articleId = status.State == WeChatPublishState.Succeeded ? status.ArticleId : null;
        }
        else if (articleId is null && LostSubmit(run) is { } lost)
        {
            var found = await lostAnswers.FindSubmittedAsync(run, lost.DraftMediaId, lost.Identity, lost.SentAt, cancellationToken);
            var waited = time.GetUtcNow() - lost.SentAt;
            switch (found.State)
            {
                case WeChatLostSubmitState.DraftStillThere:
                    await lostAnswers.DeleteDraftAsync(run, lost.DraftMediaId, cancellationToken);
                    return DeliveryStep.Done();
                case WeChatLostSubmitState.NotListed when waited <= WeChatDeliverySteps.LostSubmitWindow:
                    return WeChatDeliverySteps.LostSubmitPending(waited, pollDelay);
                case WeChatLostSubmitState.Published:
                    articleId = found.ArticleId;
                    break;
            }
        }

        if (articleId is null)
        {
            return DeliveryStep.Done();
        }

        try
        {
            await client.DeletePublishedAsync(run.Account, articleId, AllArticles, cancellationToken);
        }
        catch (WeChatApiException e) when (e.Errcode == ArticleIdInvalid)
        {
            // Deleted already, by an earlier attempt whose answer was lost or by an admin in the web back-end.
        }

        return DeliveryStep.Done(articleId);
    }

    /// <summary>A submit that may have reached WeChat without its answer reaching us, and what is needed to look it up.</summary>
    private static (string DraftMediaId, WeChatDraftIdentity Identity, DateTimeOffset SentAt)? LostSubmit(WeChatDeliveryRun run) =>
        run.Get(WeChatProgressKeys.SubmitSentAt) is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var sentAt)
        && run.Get(WeChatProgressKeys.DraftMediaId) is { } draftMediaId
        && WeChatDraftIdentity.FromProgress(run.Get(WeChatProgressKeys.DraftIdentity)) is { } identity
            ? (draftMediaId, identity, sentAt)
            : null;
}
