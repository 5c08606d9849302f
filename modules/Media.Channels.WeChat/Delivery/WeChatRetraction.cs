using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Retraction (撤稿) on WeChat: freepublish/delete of the article the publish delivery saved. Nothing published →
/// done; already deleted (53600) → done. A publish job still running is waited for, so the piece cannot go live after
/// it was retracted. A draft left in the draft box is not published and stays there for the account's admins.
/// </summary>
internal sealed class WeChatRetraction(IWeChatClient client, TimeSpan pollDelay)
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
}
