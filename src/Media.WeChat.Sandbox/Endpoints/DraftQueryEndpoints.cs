using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>Reading and removing drafts: draft/get, draft/delete, draft/count, draft/batchget.</summary>
internal static class DraftQueryEndpoints
{
    public static void MapDraftQueryEndpoints(this IEndpointRouteBuilder cgi)
    {
        cgi.MapApi(new WeChatApiRoute("draft/get", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(GetDraft(call)));
        cgi.MapApi(new WeChatApiRoute("draft/delete", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(DeleteDraft(call)));
        cgi.MapApi(new WeChatApiRoute("draft/count", "GET", WeChatBodyKind.None), (call, _) => Task.FromResult(CountDrafts(call)));
        cgi.MapApi(new WeChatApiRoute("draft/batchget", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(ListDrafts(call)));
    }

    private static JsonObject GetDraft(WeChatCall call)
    {
        var draft = call.Body.Str("media_id") is { } mediaId ? call.State.Drafts.Find(call.Account.AppId, mediaId) : null;
        return draft is null
            ? WeChatErrors.Error(40007)
            : ArticleJson.NewsItems(draft.Articles.Select(a => ArticleJson.Write(a, draft.PreviewUrl, includeContent: true)));
    }

    private static JsonObject DeleteDraft(WeChatCall call) =>
        call.Body.Str("media_id") is { } mediaId && call.State.Drafts.Remove(call.Account.AppId, mediaId)
            ? WeChatErrors.Ok()
            : WeChatErrors.Error(40007);

    private static JsonObject CountDrafts(WeChatCall call) =>
        new() { ["total_count"] = call.State.Drafts.ForAccount(call.Account.AppId).Count };

    private static JsonObject ListDrafts(WeChatCall call)
    {
        if (Paging.Read(call.Body) is not { } page)
        {
            return WeChatErrors.Error(40002, "invalid args");
        }

        var drafts = call.State.Drafts.ForAccount(call.Account.AppId);
        var items = drafts.Skip(page.Offset).Take(page.Count).Select(d => new JsonObject
        {
            ["media_id"] = d.MediaId,
            ["content"] = ArticleJson.NewsItems(d.Articles.Select(a => ArticleJson.Write(a, d.PreviewUrl, page.WithContent))),
            ["update_time"] = d.UpdatedAt.ToUnixTimeSeconds(),
        });
        return Paging.Reply(drafts.Count, items);
    }
}
