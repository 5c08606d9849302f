using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.Publishing;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>message/mass/sendall, get, preview and delete (群发): a mass send consumes its draft, dedupes by
/// clientmsgid (45065 with the earlier msg_id), counts against the account's allowance (45028), and under 群发保护
/// waits for the admin's confirmation, which the control API gives or refuses.</summary>
internal static class MassSendEndpoints
{
    private const int MaxClientMsgIdLength = 64;
    private const string ArticleLinkBase = "http://mp.weixin.qq.com/s/";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static void MapMassSendEndpoints(this IEndpointRouteBuilder cgi)
    {
        cgi.MapApi(new WeChatApiRoute("message/mass/sendall", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(SendAll(call)));
        cgi.MapApi(new WeChatApiRoute("message/mass/get", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(Get(call)));
        cgi.MapApi(new WeChatApiRoute("message/mass/preview", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(Preview(call)));
        cgi.MapApi(new WeChatApiRoute("message/mass/delete", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(Delete(call)));
    }

    /// <summary>SENDING (also while 群发保护 waits), SEND_SUCCESS after the delay, SEND_FAIL when refused, DELETE once every
    /// article was deleted.</summary>
    public static string Status(SandboxMassSend send, DateTimeOffset now, TimeSpan delay) => send switch
    {
        { Refused: true } => "SEND_FAIL",
        { ConfirmedAt: null } => "SENDING",
        _ when now < send.ConfirmedAt + delay => "SENDING",
        { DeletedIdx: { } deleted } when deleted.Contains(0) || deleted.Count >= send.Articles.Count => "DELETE",
        _ => "SEND_SUCCESS",
    };

    private static JsonObject SendAll(WeChatCall call)
    {
        if (call.Body.Str("msgtype") != "mpnews") return WeChatErrors.Error(40008);
        var clientMsgId = call.Body.Str("clientmsgid");
        if (clientMsgId is { Length: > MaxClientMsgIdLength }) return WeChatErrors.Error(45067);
        var store = call.State.MassSends;
        if (clientMsgId is not null && store.All.FirstOrDefault(s => s.AppId == call.Account.AppId && s.ClientMsgId == clientMsgId) is { } earlier)
            return Duplicate(earlier);

        var filter = call.Body.Get("filter");
        var isToAll = filter is { } f && f.Bool("is_to_all");
        var tagId = filter?.Long("tag_id");
        var now = call.Service<TimeProvider>().GetUtcNow();
        if (!HasAllowance(call, isToAll, now)) return WeChatErrors.Error(45028);
        var mediaId = call.Body.Get("mpnews")?.Str("media_id");
        if (mediaId is null || call.State.Drafts.Take(call.Account.AppId, mediaId) is not { } draft) return WeChatErrors.Error(40007);

        var waits = isToAll && call.Account.MassProtection;
        var (send, existed) = store.AddOnce(call.Account.AppId, clientMsgId, msgId => new SandboxMassSend(call.Account.AppId, msgId,
            SandboxIds.MsgDataId(), clientMsgId, isToAll, tagId, draft.Articles,
            [.. draft.Articles.Select(_ => ArticleLinkBase + SandboxIds.ShortLink())], now, waits ? null : now));
        if (existed)
        {
            call.State.Drafts.Add(draft); // a racing repeat: the first send keeps the draft's articles
            return Duplicate(send);
        }

        call.Service<MassSendFinisher>().Confirmed(send); // MASSSENDJOBFINISH after the delay, unless 群发保护 waits
        var reply = WeChatErrors.Ok();
        reply["errmsg"] = "send job submission success";
        reply["msg_id"] = send.MsgId;
        reply["msg_data_id"] = long.Parse(send.MsgDataId, System.Globalization.CultureInfo.InvariantCulture);
        return reply;
    }

    private static JsonObject Duplicate(SandboxMassSend earlier)
    {
        var reply = WeChatErrors.Error(45065);
        reply["msg_id"] = earlier.MsgId;
        return reply;
    }

    /// <summary>A subscription account: one mass send a Beijing day. A service account: four to all a Beijing month;
    /// sends to a tag do not count (docs/wechat.md §8).</summary>
    private static bool HasAllowance(WeChatCall call, bool isToAll, DateTimeOffset now)
    {
        var local = now.ToOffset(Beijing);
        var service = call.Account.AccountType == "service";
        if (service && !isToAll) return true;
        var from = service ? new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, Beijing) : new DateTimeOffset(local.Date, Beijing);
        var used = call.State.MassSends.All.Count(s => s.AppId == call.Account.AppId && !s.Refused && s.SentAt >= from && (!service || s.IsToAll));
        return used < (service ? 4 : 1);
    }

    private static JsonObject Get(WeChatCall call)
    {
        if (call.Body.Long("msg_id") is not { } msgId || call.State.MassSends.Find(call.Account.AppId, msgId) is not { } send)
            return WeChatErrors.Error(40007);
        var now = call.Service<TimeProvider>().GetUtcNow();
        return new JsonObject { ["msg_id"] = send.MsgId, ["msg_status"] = Status(send, now, call.Options.MassSendDelay) };
    }

    /// <summary>The draft (not consumed: a preview leaves it in the draft box) goes to one follower's phone, named by WeChat
    /// id (<c>towxname</c>; an openid in <c>touser</c> is not modelled). A text that cannot be a WeChat id (6–20 letters, digits, _ or -,
    /// starting with a letter) is 40132; a WeChat id that does not follow the account 43004 (require subscribe).</summary>
    private static JsonObject Preview(WeChatCall call)
    {
        if (call.Body.Str("msgtype") != "mpnews") return WeChatErrors.Error(40008);
        if (call.Body.Str("towxname") is not { Length: > 0 } wxName || !LooksLikeWxName(wxName))
            return WeChatErrors.Error(40132);
        if (!call.Account.FollowerWxNames.Contains(wxName)) return WeChatErrors.Error(43004);
        var mediaId = call.Body.Get("mpnews")?.Str("media_id");
        if (mediaId is null || call.State.Drafts.Find(call.Account.AppId, mediaId) is not { } draft) return WeChatErrors.Error(40007);
        call.State.MassSends.AddPreview(new SandboxPreview(call.Account.AppId, wxName, mediaId, [.. draft.Articles.Select(a => a.Title)],
            call.Service<TimeProvider>().GetUtcNow()));
        var reply = WeChatErrors.Ok();
        reply["errmsg"] = "preview success";
        reply["msg_id"] = Random.Shared.NextInt64(10000, 99999);
        return reply;
    }

    private static bool LooksLikeWxName(string name) =>
        name.Length is >= 6 and <= 20 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>article_idx is 1-based; 0 or missing deletes every article of the send.</summary>
    private static JsonObject Delete(WeChatCall call)
    {
        if (call.Body.Long("msg_id") is not { } msgId || call.State.MassSends.Find(call.Account.AppId, msgId) is not { } send)
            return WeChatErrors.Error(40007);
        var index = call.Body.Int("article_idx") ?? 0;
        if (index < 0 || index > send.Articles.Count) return WeChatErrors.Error(40114);
        call.State.MassSends.Change(send.MsgId, s => s with { DeletedIdx = new HashSet<int>(s.DeletedIdx ?? new HashSet<int>()) { index } });
        return WeChatErrors.Ok();
    }
}
