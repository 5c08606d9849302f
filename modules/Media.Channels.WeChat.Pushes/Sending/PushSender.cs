using System.Globalization;
using System.Text.Json;
using Media.Abstractions.Auditing;
using Media.Abstractions.Distribution;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>
/// One run of a push's sending (docs/wechat.md §15.6): one draft with every article, then message/mass/sendall (with a
/// clientmsgid derived from the push, so a repeat is answered 45065 with the earlier send) or freepublish/submit, then
/// message/mass/get or freepublish/get until WeChat has finished. Each step is skipped when its result is in the progress,
/// and each result is saved before the next call; a call whose answer was lost is resolved at WeChat before it is
/// repeated. A push that fails takes its draft out of WeChat's draft box.
/// </summary>
public sealed class PushSender(MediaDbContext db, IChannelDirectory channels, IWeChatClient client, PushDraftBuilder drafts,
    PushLostAnswers lostAnswers, IAuditTrail audit, TimeProvider clock, IOptions<WeChatChannelOptions> options)
{
    /// <summary>Transport failures and WeChat's busy answers are tried this often before the push fails.</summary>
    public const int MaxAttempts = 8;

    /// <summary>How long after a lost submit answer Media keeps looking for the publication (as for articles, §12.4).</summary>
    public static readonly TimeSpan LostSubmitWindow = TimeSpan.FromMinutes(30);

    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromMinutes(1);
    private const int SystemBusy = -1;
    private const int InvalidMediaId = 40007;

    private TimeSpan PollDelay => options.Value.PublishPollDelay;

    /// <summary>The clientmsgid of a push's mass send: the same for every try, so WeChat never sends it twice.</summary>
    public static string ClientMsgId(Guid pushId) => "media-push-" + pushId.ToString("N");

    public async Task<PushStep> RunAsync(Push push, CancellationToken ct)
    {
        var progress = new PushProgress(db, push);
        if (await channels.FindAsync(push.ChannelId, ct) is not { } channel || WeChatChannelSettings.ToAccount(channel.Settings) is not { } account)
            return await FailAsync(progress, null, "微信渠道不存在或缺少 AppID，请管理员检查渠道设置。", ct);
        try
        {
            return push.Mode == PushModes.MassSend
                ? await MassSendAsync(progress, channel, account, ct)
                : await PublishAsync(progress, channel, account, ct);
        }
        catch (WeChatApiException e) when (e.Kind == WeChatErrorKind.Permanent)
        {
            return await FailAsync(progress, account, e.EditorMessage, ct);
        }
        catch (WeChatApiException e)
        {
            return await RetryAsync(progress, account, e, ct);
        }
        catch (WeChatDeliveryRefusedException e)
        {
            return await FailAsync(progress, account, e.EditorMessage, ct);
        }
    }

    private async Task<PushStep> MassSendAsync(PushProgress progress, ChannelInfo channel, WeChatAccount account, CancellationToken ct)
    {
        if (long.TryParse(progress.Get(PushProgress.MsgId), NumberStyles.Integer, CultureInfo.InvariantCulture, out var msgId))
        {
            return await FromEventAsync(progress, account, PushEvent.MassSend, progress.Get(PushProgress.MsgId)!, ct)
                ?? await FollowMassSendAsync(progress, channel, account, msgId, ct);
        }

        var draftMediaId = progress.Get(PushProgress.DraftMediaId) ?? await AddDraftAsync(progress, channel, account, ct);
        var target = PushTarget.FromStored(progress.Push.Target);
        // Saved before the call; a repeat after a lost answer carries the same clientmsgid, and WeChat answers it with the
        // send it already made (45065) instead of a second one.
        await progress.SaveTimeAsync(PushProgress.SendAllSentAt, clock.GetUtcNow(), ct);
        WeChatMassSend send;
        try
        {
            send = await client.SendToFollowersAsync(account, draftMediaId, target?.TagId, ClientMsgId(progress.Push.Id), ct);
        }
        catch (WeChatApiException e) when (IsRefusal(e))
        {
            await progress.SaveAsync(PushProgress.SendAllSentAt, "", ct);
            throw;
        }

        progress.Push.LastError = null;
        var sentMsgId = send.MsgId.ToString(CultureInfo.InvariantCulture);
        await progress.SaveAsync([(PushProgress.MsgId, sentMsgId), (PushProgress.MsgDataId, send.MsgDataId ?? "")], ct);
        // MASSSENDJOBFINISH may have come while the answer was on its way (docs/wechat.md §15.7).
        return await FromEventAsync(progress, account, PushEvent.MassSend, sentMsgId, ct) ?? PushStep.After(PollDelay);
    }

    /// <summary>message/mass/get: SENDING (under 群发保护 to all: waiting for the admin's phone), SEND_SUCCESS, SEND_FAIL.</summary>
    private async Task<PushStep> FollowMassSendAsync(PushProgress progress, ChannelInfo channel, WeChatAccount account, long msgId,
        CancellationToken ct)
    {
        var push = progress.Push;
        var isProtected = WeChatChannelSettings.MassProtection(channel.Settings) && push.Target == PushTarget.All.ToStored();
        switch (await client.GetMassSendStatusAsync(account, msgId, ct))
        {
            case "SEND_SUCCESS":
            case "DELETE":
                return await SentAsync(progress, [], ct);
            case "SEND_FAIL":
                return await FailAsync(progress, account, isProtected
                    ? "群发保护：公众号管理员在手机上拒绝了这次群发，或没有在 30 分钟内确认，消息没有发出。"
                    : "微信群发失败（SEND_FAIL），消息没有发出。请在公众平台查看原因。", ct);
            default:
                if (isProtected && push.Status == PushStatuses.Sending)
                {
                    push.Status = PushStatuses.AwaitingConfirmation;
                    await progress.SaveAsync([], ct);
                }

                return PushStep.After(Backoff(push));
        }
    }

    private async Task<PushStep> PublishAsync(PushProgress progress, ChannelInfo channel, WeChatAccount account, CancellationToken ct)
    {
        if (progress.Get(PushProgress.PublishId) is { } publishId)
        {
            if (await FromEventAsync(progress, account, PushEvent.Publish, publishId, ct) is { } finished) return finished;
            var status = await client.GetPublishStatusAsync(account, publishId, ct);
            return status.State switch
            {
                WeChatPublishState.Publishing => PushStep.After(Backoff(progress.Push)),
                WeChatPublishState.Succeeded when status.ArticleId is { Length: > 0 } articleId => await SentAsync(progress,
                    status.Articles.OrderBy(a => a.Index).Select(a => a.Url).ToList(), ct, articleId),
                WeChatPublishState.Succeeded => PushStep.After(PollDelay), // an incomplete answer: ask again
                _ => await FailAsync(progress, account, WeChatDeliverySteps.FromFailedState(status).Error ?? "微信发布失败。", ct),
            };
        }

        var draftMediaId = progress.Get(PushProgress.DraftMediaId) ?? await AddDraftAsync(progress, channel, account, ct);
        if (progress.GetTime(PushProgress.SubmitSentAt) is { } sentAt && !await client.DraftExistsAsync(account, draftMediaId, ct))
        {
            // The submit reached WeChat, which consumed the draft (docs/wechat.md §5.2): find the publication, never submit again.
            if (await lostAnswers.FindPublicationAsync(account, Titles(progress), sentAt, ct) is { } publication)
                return await SentAsync(progress, publication.Articles.Select(a => a.Url ?? "").ToList(), ct, publication.Id);
            if (clock.GetUtcNow() - sentAt > LostSubmitWindow)
                return await FailAsync(progress, account, "提交发布时与微信的连接中断，草稿已被微信使用，但 30 分钟内没有在已发表列表中找到这条推送。" +
                    "请先在公众平台「发表记录」中核实，确认未发表后再重新推送。", ct);
            return PushStep.After(Backoff(progress.Push));
        }

        await progress.SaveTimeAsync(PushProgress.SubmitSentAt, clock.GetUtcNow(), ct);
        WeChatPublishSubmission submission;
        try
        {
            submission = await client.SubmitPublishAsync(account, draftMediaId, ct);
        }
        catch (WeChatApiException e) when (IsRefusal(e))
        {
            await progress.SaveAsync(PushProgress.SubmitSentAt, "", ct);
            throw;
        }

        progress.Push.LastError = null;
        await progress.SaveAsync(PushProgress.PublishId, submission.PublishId, ct);
        return await FromEventAsync(progress, account, PushEvent.Publish, submission.PublishId, ct) ?? PushStep.After(PollDelay);
    }

    /// <summary>One draft/add with every article; a lost answer is looked up in the draft box before another is made.</summary>
    private async Task<string> AddDraftAsync(PushProgress progress, ChannelInfo channel, WeChatAccount account, CancellationToken ct)
    {
        if (progress.GetTime(PushProgress.DraftAddSentAt) is { } sentAt
            && await lostAnswers.FindDraftAsync(account, Titles(progress), sentAt, ct) is { } found)
        {
            await progress.SaveAsync(PushProgress.DraftMediaId, found, ct);
            return found;
        }

        var articles = await drafts.BuildAsync(account, channel, progress, ct);
        await progress.SaveAsync([
            (PushProgress.DraftTitles, JsonSerializer.Serialize(articles.Select(a => a.Title).ToList())),
            (PushProgress.DraftAddSentAt, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)),
        ], ct);
        WeChatDraft added;
        try
        {
            added = await client.AddDraftAsync(account, articles, ct);
        }
        catch (WeChatApiException e) when (IsRefusal(e))
        {
            await progress.SaveAsync(PushProgress.DraftAddSentAt, "", ct);
            throw;
        }

        // Saved before anything else: a second draft/add would put a second copy in the draft box.
        await progress.SaveAsync(PushProgress.DraftMediaId, added.MediaId, ct);
        return added.MediaId;
    }

    /// <summary>The push's MASSSENDJOBFINISH or PUBLISHJOBFINISH, if WeChat pushed it (docs/wechat.md §15.7): sent (with the
    /// counts and each article's link) or failed from it, with no status call; null when no event came yet.</summary>
    private async Task<PushStep?> FromEventAsync(PushProgress progress, WeChatAccount account, string kind, string externalId,
        CancellationToken ct)
    {
        var row = await db.Set<PushEvent>().AsNoTracking()
            .SingleOrDefaultAsync(e => e.ChannelId == progress.Push.ChannelId && e.Kind == kind && e.ExternalId == externalId, ct);
        if (row is null) return null;
        var facts = PushEventFacts.Read(row.Facts);
        var urls = progress.Push.Articles.OrderBy(a => a.Position).Select(a => facts.Urls.GetValueOrDefault(a.Position + 1) ?? "").ToList();
        if (kind == PushEvent.MassSend)
        {
            if (!string.Equals(facts.Status.Trim(), Media.Channels.WeChat.Callbacks.WeChatMassSendJobFinished.SendSuccess, StringComparison.OrdinalIgnoreCase))
                return await FailAsync(progress, account, MassSendFailure.Describe(facts.Status), ct);
            return await SentAsync(progress, urls, ct, counts:
            [
                (PushProgress.TotalCount, Text(facts.TotalCount)), (PushProgress.FilterCount, Text(facts.FilterCount)),
                (PushProgress.SentCount, Text(facts.SentCount)), (PushProgress.ErrorCount, Text(facts.ErrorCount)),
            ]);
        }

        var raw = int.Parse(facts.Status, CultureInfo.InvariantCulture);
        var status = new WeChatPublishStatus(externalId, (WeChatPublishState)raw, raw, facts.ArticleId, [], facts.FailIdx);
        return status.State switch
        {
            WeChatPublishState.Succeeded when facts.ArticleId is { Length: > 0 } articleId => await SentAsync(progress, urls, ct, articleId),
            WeChatPublishState.Publishing or WeChatPublishState.Succeeded => null, // not an end: poll
            _ => await FailAsync(progress, account, WeChatDeliverySteps.FromFailedState(status).Error ?? "微信发布失败。", ct),
        };
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<PushStep> SentAsync(PushProgress progress, IReadOnlyList<string> urls, CancellationToken ct, string? articleId = null,
        IReadOnlyList<(string Key, string Value)>? counts = null)
    {
        var push = progress.Push;
        foreach (var article in push.Articles)
        {
            if (article.Position < urls.Count && urls[article.Position] is { Length: > 0 } url) article.Url = url;
        }

        push.Status = PushStatuses.Sent;
        push.LastError = null;
        audit.Record(new AuditEvent(AuditActions.WeChatPushSent, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: new Dictionary<string, object?>
            {
                ["msgId"] = progress.Get(PushProgress.MsgId), ["publishId"] = progress.Get(PushProgress.PublishId), ["articleId"] = articleId,
                ["sentCount"] = counts?.FirstOrDefault(c => c.Key == PushProgress.SentCount).Value,
                ["errorCount"] = counts?.FirstOrDefault(c => c.Key == PushProgress.ErrorCount).Value,
            }, Actor: AuditActor.System));
        await progress.SaveAsync([(PushProgress.ArticleId, articleId ?? ""), .. counts ?? []], ct);
        return PushStep.Finished;
    }

    private async Task<PushStep> RetryAsync(PushProgress progress, WeChatAccount account, WeChatApiException e, CancellationToken ct)
    {
        var attempts = int.TryParse(progress.Get(PushProgress.Attempts), CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        if (attempts >= MaxAttempts) return await FailAsync(progress, account, e.EditorMessage, ct);
        progress.Push.LastError = e.EditorMessage;
        await progress.SaveAsync(PushProgress.Attempts, attempts.ToString(CultureInfo.InvariantCulture), ct);
        var wait = e.Kind == WeChatErrorKind.RateLimited
            ? e.RetryAfter ?? WeChatDeliverySteps.DefaultRateLimitDelay
            : TimeSpan.FromTicks(Math.Min(PollDelay.Ticks << Math.Min(attempts, 10), TimeSpan.FromMinutes(5).Ticks));
        return PushStep.After(wait);
    }

    /// <summary>Failed for good: the draft (if WeChat did not consume it) leaves the draft box, and the newsroom reads why.</summary>
    private async Task<PushStep> FailAsync(PushProgress progress, WeChatAccount? account, string reason, CancellationToken ct)
    {
        var push = progress.Push;
        var cleared = new List<(string, string)>();
        if (account is not null && progress.Get(PushProgress.DraftMediaId) is { } draftMediaId && await DeleteDraftAsync(account, draftMediaId, ct))
            cleared.Add((PushProgress.DraftMediaId, ""));
        push.Status = PushStatuses.Failed;
        push.LastError = reason;
        audit.Record(new AuditEvent(AuditActions.WeChatPushFailed, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: new Dictionary<string, object?> { ["reason"] = reason }, Actor: AuditActor.System));
        await progress.SaveAsync(cleared, ct);
        return PushStep.Finished;
    }

    /// <summary>draft/delete; a draft already gone (40007: consumed or deleted) counts as deleted.</summary>
    private async Task<bool> DeleteDraftAsync(WeChatAccount account, string draftMediaId, CancellationToken ct)
    {
        try
        {
            await client.DeleteDraftAsync(account, draftMediaId, ct);
            return true;
        }
        catch (WeChatApiException e) when (e.Errcode == InvalidMediaId)
        {
            return true;
        }
        catch (WeChatApiException)
        {
            return false;
        }
    }

    /// <summary>Waits grow with the time since the send (a quarter of it), between the poll delay and a minute: WeChat's
    /// status calls count against small daily quotas.</summary>
    private TimeSpan Backoff(Push push)
    {
        var waited = clock.GetUtcNow() - (push.SentAt ?? clock.GetUtcNow());
        return TimeSpan.FromTicks(Math.Clamp(waited.Ticks / 4, PollDelay.Ticks, Math.Max(PollDelay.Ticks, MaxPollDelay.Ticks)));
    }

    private static IReadOnlyList<string> Titles(PushProgress progress) =>
        progress.Get(PushProgress.DraftTitles) is { } json ? JsonSerializer.Deserialize<List<string>>(json) ?? [] : [];

    /// <summary>WeChat answered with an errcode, so it refused the call and did nothing. -1 (busy) is not taken as proof.</summary>
    private static bool IsRefusal(WeChatApiException e) => e.Errcode is { } code && code != SystemBusy;
}
