using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>Published articles: freepublish/delete, freepublish/getarticle, freepublish/batchget.</summary>
internal static class PublishedArticleEndpoints
{
    public static void MapPublishedArticleEndpoints(this IEndpointRouteBuilder cgi)
    {
        cgi.MapApi(new WeChatApiRoute("freepublish/delete", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(Delete(call)));
        cgi.MapApi(new WeChatApiRoute("freepublish/getarticle", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(GetArticle(call)));
        cgi.MapApi(new WeChatApiRoute("freepublish/batchget", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(List(call)));
    }

    private static JsonObject Delete(WeChatCall call)
    {
        if (!call.Account.Verified)
        {
            return WeChatErrors.Error(48001);
        }

        var job = Find(call);
        if (job is null)
        {
            return WeChatErrors.Error(53600);
        }

        // index is 1-based; missing or 0 deletes every article of the publish.
        var index = call.Body.Int("index") ?? 0;
        if (index < 0 || index > job.Articles.Count)
        {
            return WeChatErrors.Error(40114);
        }

        return call.State.Publishes.DeleteArticle(job.PublishId, index) ? WeChatErrors.Ok() : WeChatErrors.Error(53600);
    }

    private static JsonObject GetArticle(WeChatCall call)
    {
        if (!call.Account.Verified)
        {
            return WeChatErrors.Error(48001);
        }

        return Find(call) is { } job ? ArticleJson.NewsItems(Items(job, withContent: true)) : WeChatErrors.Error(53600);
    }

    private static JsonObject List(WeChatCall call)
    {
        if (!call.Account.Verified)
        {
            return WeChatErrors.Error(48001);
        }

        if (Paging.Read(call.Body) is not { } page)
        {
            return WeChatErrors.Error(40002, "invalid args");
        }

        // Documented: only freepublish articles are listed, each as {article_id, content.news_item[], update_time}; no
        // publish_id and no draft media_id (docs/wechat.md §6.4). Unverified, the sandbox's choices: newest first;
        // update_time is when the job succeeded; jobs that ended in 2/3/4 never appear; deleted (5) and banned (6)
        // articles stay listed with is_deleted true.
        var published = call.State.Publishes.All
            .Where(j => j.AppId == call.Account.AppId && j.ArticleId is not null)
            .Reverse()
            .ToList();
        var items = published.Skip(page.Offset).Take(page.Count).Select(j => new JsonObject
        {
            ["article_id"] = j.ArticleId,
            ["content"] = ArticleJson.NewsItems(Items(j, page.WithContent)),
            ["update_time"] = (j.FinishedAt ?? j.SubmittedAt).ToUnixTimeSeconds(),
        });
        return Paging.Reply(published.Count, items);
    }

    private static SandboxPublish? Find(WeChatCall call) =>
        call.Body.Str("article_id") is { } articleId ? call.State.Publishes.FindByArticle(call.Account.AppId, articleId) : null;

    private static IEnumerable<JsonObject> Items(SandboxPublish job, bool withContent) =>
        job.Articles.Select((a, i) => ArticleJson.Write(a, job.ArticleUrls[i], withContent, job.DeletedItems[i] || job.Status == 6));
}
