using Media.Abstractions.Auditing;
using Media.Abstractions.Distribution;
using Media.Abstractions.Problems;
using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Pushes.Data;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Pushes.Preview;

/// <summary>
/// <c>POST /api/wechat/pushes/{id}/preview</c> (docs/wechat.md §15.9): the push's one draft, built exactly as sending builds
/// it (<see cref="PushDraftBuilder"/>; the images and covers it uploads are kept on the push and reused by the send), goes
/// to one configured WeChat id with message/mass/preview, and is taken out of the draft box again, whatever WeChat said.
/// </summary>
public sealed class PushPreviewDesk(MediaDbContext db, IChannelDirectory channels, IWeChatClient client, PushDraftBuilder drafts,
    IAuditTrail audit, ILogger<PushPreviewDesk> logger)
{
    private const int InvalidMediaId = 40007;

    /// <summary>A refusal, or WeChat's answer in Chinese when WeChat refused or failed (<see cref="WeChatError"/>: a 502).</summary>
    public sealed record Result(Outcome Outcome, string? WeChatError = null);

    public async Task<Result> PreviewAsync(Guid id, string? wxName, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(wxName)) return new(Outcome.Invalid("wxName", "Give the WeChat id (微信号) that receives the preview.").Says("请填写接收预览的微信号。"));
        wxName = wxName.Trim();
        if (await db.Set<Push>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } push) return new(Outcome.NotFound($"No push {id}.").Says("找不到这条推送，可能已被删除。"));
        if (push.Status is not (PushStatuses.Draft or PushStatuses.SignedOff))
            return new(Outcome.Conflict($"The push is {push.Status}: only a push not yet sent can be previewed.")
                .Says($"这条推送现在是「{PushStatuses.Label(push.Status)}」，只有还没发送的推送可以预览。"));
        if (await channels.FindAsync(push.ChannelId, ct) is not { Type: WeChatChannelSettings.ChannelType } channel
            || WeChatChannelSettings.ToAccount(channel.Settings) is not { } account)
            return new(Outcome.Conflict("The push's WeChat channel no longer exists or has no AppID.").Says("这条推送的公众号渠道已不存在或没有设置 AppID。"));
        if (!WeChatChannelSettings.PreviewWxNames(channel.Settings).Contains(wxName, StringComparer.Ordinal))
            return new(Outcome.Unprocessable("wxName", $"{wxName} is not one of the channel's previewWxNames.",
                "Previews go only to the WeChat ids configured on the channel (previewWxNames).")
                .Says($"微信号 {wxName} 不在这个公众号的预览名单中。"));

        string? draftMediaId = null;
        try
        {
            var articles = await drafts.BuildAsync(account, channel, new PushProgress(db, push), ct);
            draftMediaId = (await client.AddDraftAsync(account, articles, ct)).MediaId;
            await client.PreviewAsync(account, draftMediaId, wxName, ct);
        }
        catch (WeChatApiException e)
        {
            return new(Outcome.Done, e.EditorMessage);
        }
        catch (WeChatDeliveryRefusedException e)
        {
            return new(Outcome.Unprocessable(e.EditorMessage).Says(e.EditorMessage));
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(Outcome.Conflict("Someone else changed the push at the same moment: try the preview again.").Says("同一时间有人改动了这条推送，未执行；请刷新后再试。"));
        }
        finally
        {
            if (draftMediaId is not null) await DeleteDraftAsync(account, draftMediaId);
        }

        audit.Record(new AuditEvent(AuditActions.WeChatPushPreviewed, PushDesk.Subject(push), ContentHash: push.ContentHash,
            Data: new Dictionary<string, object?> { ["wxName"] = wxName, ["channelId"] = push.ChannelId }));
        await db.SaveChangesAsync(ct);
        return new(Outcome.Done);
    }

    /// <summary>draft/delete even when the request was cancelled: a preview leaves no draft behind. A draft already gone
    /// (40007) is fine; any other failure is logged, with its media_id, for the 公众平台.</summary>
    private async Task DeleteDraftAsync(WeChatAccount account, string draftMediaId)
    {
        try
        {
            await client.DeleteDraftAsync(account, draftMediaId, CancellationToken.None);
        }
        catch (WeChatApiException e)
        {
            if (e.Errcode != InvalidMediaId)
                logger.LogWarning(e, "The preview draft {DraftMediaId} of account {AppId} could not be deleted", draftMediaId, account.AppId);
        }
    }
}
