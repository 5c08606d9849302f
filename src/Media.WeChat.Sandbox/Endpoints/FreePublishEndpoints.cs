using System.Globalization;
using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.Publishing;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>freepublish/submit and freepublish/get: starting a publish job and polling it.</summary>
internal static class FreePublishEndpoints
{
    public static void MapFreePublishEndpoints(this IEndpointRouteBuilder cgi)
    {
        cgi.MapApi(new WeChatApiRoute("freepublish/submit", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(Submit(call)));
        cgi.MapApi(new WeChatApiRoute("freepublish/get", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(GetStatus(call)));
        cgi.MapPublishedArticleEndpoints();
    }

    /// <summary>publish_id as a JSON number (default, what real responses carry) or a string, per the state's switch.</summary>
    public static JsonNode PublishId(SandboxState state, long publishId) => state.PublishIdAsString
        ? JsonValue.Create(publishId.ToString(CultureInfo.InvariantCulture))
        : JsonValue.Create(publishId);

    private static JsonObject Submit(WeChatCall call)
    {
        if (!call.Account.Verified)
        {
            return WeChatErrors.Error(48001);
        }

        // WeChat removes a draft from the draft box once it is published (docs/wechat.md §5.2). The sandbox consumes it
        // at submit, whatever the job's outcome: a second submit of the same media_id is an unknown draft, 40007.
        var draft = call.Body.Str("media_id") is { } mediaId ? call.State.Drafts.Take(call.Account.AppId, mediaId) : null;
        if (draft is null)
        {
            return WeChatErrors.Error(40007);
        }

        var job = call.Service<PublishScheduler>().Submit(draft);
        var reply = WeChatErrors.Ok();
        reply["publish_id"] = PublishId(call.State, job.PublishId);
        reply["msg_data_id"] = job.MsgDataId;
        return reply;
    }

    private static JsonObject GetStatus(WeChatCall call)
    {
        if (!call.Account.Verified)
        {
            return WeChatErrors.Error(48001);
        }

        if (call.Body.Long("publish_id") is not { } publishId)
        {
            return WeChatErrors.Error(40002, "invalid argument");
        }

        var job = call.State.Publishes.Find(publishId) is { } found && found.AppId == call.Account.AppId
            ? call.Service<PublishScheduler>().Poll(publishId)
            : null;
        return job is null ? WeChatErrors.Error(53502) : Status(call.State, job);
    }

    private static JsonObject Status(SandboxState state, SandboxPublish job)
    {
        var reply = new JsonObject { ["publish_id"] = PublishId(state, job.PublishId), ["publish_status"] = job.Status };
        if (job.Status == 0)
        {
            reply["article_id"] = job.ArticleId;
            reply["article_detail"] = new JsonObject
            {
                ["count"] = job.ArticleUrls.Count,
                ["item"] = new JsonArray([.. job.ArticleUrls.Select((url, i) => new JsonObject { ["idx"] = i + 1, ["article_url"] = url })]),
            };
        }

        // fail_idx (1-based) only carries numbers for 2 and 4; it is [] otherwise.
        reply["fail_idx"] = new JsonArray([.. (job.Status is 2 or 4 ? job.FailIdx : []).Select(i => JsonValue.Create(i))]);
        return reply;
    }
}
