using System.Globalization;
using Media.Abstractions.Auditing;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;

namespace Media.Channels.WeChat.Pushes.Retraction;

/// <summary>
/// Takes a sent push, or some of its articles, out of WeChat (docs/wechat.md §15.8). A mass send: message/mass/delete per
/// article with its 1-based <c>article_idx</c>. A publish: one freepublish/delete without an index, which removes the whole
/// message. Each call's "may have been sent" time is saved first; when it is there on a later run, the call's answer was
/// lost, and WeChat is asked before the call is repeated (freepublish/get status 5 or message/mass/get DELETE: done), and
/// the "no such message" answer to the repeat (53600, 40007) counts as done: the earlier call deleted it.
/// </summary>
public sealed class PushRetractor(IChannelDirectory channels, IWeChatClient client, IAuditTrail audit, TimeProvider clock)
{
    public const int MaxAttempts = 8;
    public const string WantedPrefix = "retractWanted:";
    public const string SentAtPrefix = "retractSentAt:";
    public const string Attempts = "retractAttempts";
    private const string Whole = "all";
    private const int InvalidMediaId = 40007;
    private const int InvalidArticleId = 53600;

    /// <returns>How long to wait before the next run, or null when there is nothing left to do.</returns>
    public async Task<TimeSpan?> RunAsync(PushProgress progress, CancellationToken ct)
    {
        var push = progress.Push;
        var due = Due(progress);
        if (due.Count == 0 && push.Status != PushStatuses.Retracting) return null;
        if (await channels.FindAsync(push.ChannelId, ct) is not { } channel || WeChatChannelSettings.ToAccount(channel.Settings) is not { } account)
            return await GiveUpAsync(progress, "微信渠道不存在或缺少 AppID，无法撤回。", ct);
        try
        {
            if (push.Mode == PushModes.Publish) await DeletePublicationAsync(progress, account, ct);
            else
            {
                foreach (var article in due) await DeleteMassArticleAsync(progress, account, article, ct);
            }
        }
        catch (WeChatApiException e) when (e.Kind != WeChatErrorKind.Permanent)
        {
            var attempts = int.TryParse(progress.Get(Attempts), CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
            if (attempts >= MaxAttempts) return await GiveUpAsync(progress, "撤回失败：" + e.EditorMessage, ct);
            push.LastError = "撤回重试中：" + e.EditorMessage;
            await progress.SaveAsync(Attempts, attempts.ToString(CultureInfo.InvariantCulture), ct);
            return e.RetryAfter ?? TimeSpan.FromSeconds(Math.Min(300, 1 << Math.Min(attempts, 8)));
        }
        catch (WeChatApiException e)
        {
            return await GiveUpAsync(progress, "撤回失败：" + e.EditorMessage, ct);
        }
        catch (WeChatDeliveryRefusedException e)
        {
            return await GiveUpAsync(progress, "撤回失败：" + e.EditorMessage, ct);
        }

        if (push.Articles.All(a => a.RetractedAt is not null) && push.Status is PushStatuses.Retracting or PushStatuses.Sent)
        {
            var whole = push.Status == PushStatuses.Retracting;
            push.Status = PushStatuses.Retracted;
            push.LastError = null;
            if (whole)
            {
                audit.Record(new AuditEvent(AuditActions.WeChatPushRetracted, PushDesk.Subject(push), ContentHash: push.ContentHash,
                    Data: new Dictionary<string, object?> { ["msgId"] = progress.Get(PushProgress.MsgId), ["articleId"] = progress.Get(PushProgress.ArticleId) },
                    Actor: AuditActor.System));
            }

            await progress.SaveAsync(Attempts, "", ct);
        }

        return null;
    }

    /// <summary>The articles still to take out: all of them while the push is <c>retracting</c>, else those an article's
    /// retraction asked for.</summary>
    public static List<PushArticle> Due(PushProgress progress) => progress.Push.Articles
        .Where(a => a.RetractedAt is null
            && (progress.Push.Status == PushStatuses.Retracting || progress.Get(WantedPrefix + a.Position.ToString(CultureInfo.InvariantCulture)) is not null))
        .OrderBy(a => a.Position)
        .ToList();

    private async Task DeleteMassArticleAsync(PushProgress progress, WeChatAccount account, PushArticle article, CancellationToken ct)
    {
        var msgId = long.Parse(progress.Get(PushProgress.MsgId) ?? throw new WeChatDeliveryRefusedException("推送没有 msg_id，无法撤回。"),
            CultureInfo.InvariantCulture);
        var key = SentAtPrefix + article.Position.ToString(CultureInfo.InvariantCulture);
        var repeat = progress.Get(key) is not null;
        if (repeat && await client.GetMassSendStatusAsync(account, msgId, ct) == "DELETE")
        {
            await DoneAsync(progress, [article], key, ct);
            return;
        }

        await progress.SaveTimeAsync(key, clock.GetUtcNow(), ct);
        try
        {
            await client.DeleteMassSendAsync(account, msgId, article.Position + 1, ct);
        }
        catch (WeChatApiException e) when (repeat && e.Errcode == InvalidMediaId)
        {
            // The lost call deleted it.
        }

        await DoneAsync(progress, [article], key, ct);
        if (progress.Push.Status == PushStatuses.Sent)
        {
            audit.Record(new AuditEvent(AuditActions.WeChatPushArticleRetracted, PushDesk.Subject(progress.Push), ContentHash: progress.Push.ContentHash,
                Data: new Dictionary<string, object?> { ["articleId"] = article.ArticleId, ["articleIdx"] = article.Position + 1, ["msgId"] = msgId },
                Actor: AuditActor.System));
            await progress.SaveAsync([], ct);
        }
    }

    private async Task DeletePublicationAsync(PushProgress progress, WeChatAccount account, CancellationToken ct)
    {
        var articleId = progress.Get(PushProgress.ArticleId) ?? throw new WeChatDeliveryRefusedException("推送没有 article_id，无法撤回。");
        var key = SentAtPrefix + Whole;
        var repeat = progress.Get(key) is not null;
        if (repeat && progress.Get(PushProgress.PublishId) is { } publishId
            && (await client.GetPublishStatusAsync(account, publishId, ct)).State == WeChatPublishState.Deleted)
        {
            await DoneAsync(progress, progress.Push.Articles, key, ct);
            return;
        }

        await progress.SaveTimeAsync(key, clock.GetUtcNow(), ct);
        try
        {
            // No index: the whole message goes (docs/wechat.md §6.3) — a publish cannot lose one article alone here.
            await client.DeletePublishedAsync(account, articleId, 0, ct);
        }
        catch (WeChatApiException e) when (repeat && e.Errcode == InvalidArticleId)
        {
            // The lost call deleted it.
        }

        await DoneAsync(progress, progress.Push.Articles, key, ct);
    }

    private async Task DoneAsync(PushProgress progress, IEnumerable<PushArticle> articles, string key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var done = new List<(string, string)> { (key, "") };
        foreach (var article in articles)
        {
            article.RetractedAt ??= now;
            done.Add((WantedPrefix + article.Position.ToString(CultureInfo.InvariantCulture), ""));
        }

        await progress.SaveAsync(done, ct);
    }

    private async Task<TimeSpan?> GiveUpAsync(PushProgress progress, string reason, CancellationToken ct)
    {
        var push = progress.Push;
        // Still out at WeChat (wholly or in part): it stays sent, with why the retraction failed.
        push.Status = push.Articles.All(a => a.RetractedAt is not null) ? PushStatuses.Retracted : PushStatuses.Sent;
        push.LastError = reason;
        audit.Record(new AuditEvent(AuditActions.WeChatPushRetractFailed, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: new Dictionary<string, object?> { ["reason"] = reason }, Actor: AuditActor.System));
        var cleared = push.Articles.Select(a => (WantedPrefix + a.Position.ToString(CultureInfo.InvariantCulture), "")).Append((Attempts, ""));
        await progress.SaveAsync(cleared, ct);
        return null;
    }
}
