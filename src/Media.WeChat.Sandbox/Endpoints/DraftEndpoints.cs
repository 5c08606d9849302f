using System.Text.Json;
using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.State;
using Media.WeChat.Sandbox.Validation;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>Writing the draft box: draft/add and draft/update.</summary>
internal static class DraftEndpoints
{
    public static void MapDraftEndpoints(this IEndpointRouteBuilder cgi)
    {
        cgi.MapApi(new WeChatApiRoute("draft/add", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(AddDraft(call)));
        cgi.MapApi(new WeChatApiRoute("draft/update", "POST", WeChatBodyKind.Json), (call, _) => Task.FromResult(UpdateDraft(call)));
        cgi.MapDraftQueryEndpoints();
    }

    private static JsonObject AddDraft(WeChatCall call)
    {
        if (call.Body.Get("articles") is not { ValueKind: JsonValueKind.Array } items || items.GetArrayLength() == 0)
        {
            return WeChatErrors.Error(44003);
        }

        if (items.GetArrayLength() > call.Options.MaxArticlesPerDraft)
        {
            return WeChatErrors.Error(45008);
        }

        var articles = new List<SandboxArticle>();
        foreach (var item in items.EnumerateArray())
        {
            var read = ArticleReader.Read(item, call.Account.AppId, call.State, ImageUrls.Base(call));
            if (read.Article is null)
            {
                return WeChatErrors.Error(read.Errcode);
            }

            articles.Add(read.Article);
        }

        var now = call.Service<TimeProvider>().GetUtcNow();
        var draft = new SandboxDraft(call.Account.AppId, SandboxIds.MediaId(), WithDigests(articles), PreviewUrl(), now, now);
        call.State.Drafts.Add(draft);
        return new JsonObject { ["media_id"] = draft.MediaId };
    }

    private static JsonObject UpdateDraft(WeChatCall call)
    {
        var draft = call.Body.Str("media_id") is { } mediaId ? call.State.Drafts.Find(call.Account.AppId, mediaId) : null;
        if (draft is null)
        {
            return WeChatErrors.Error(40007);
        }

        // draft/update's index is 0-based, unlike freepublish's 1-based idx.
        if (call.Body.Int("index") is not { } index || index < 0 || index >= draft.Articles.Count)
        {
            return WeChatErrors.Error(40114);
        }

        if (call.Body.Get("articles") is not { ValueKind: JsonValueKind.Object } item)
        {
            return WeChatErrors.Error(44003);
        }

        var read = ArticleReader.Read(item, call.Account.AppId, call.State, ImageUrls.Base(call));
        if (read.Article is null)
        {
            return WeChatErrors.Error(read.Errcode);
        }

        var articles = draft.Articles.ToList();
        articles[index] = read.Article;
        var now = call.Service<TimeProvider>().GetUtcNow();
        return call.State.Drafts.Replace(draft with { Articles = WithDigests(articles), UpdatedAt = now })
            ? WeChatErrors.Ok()
            : WeChatErrors.Error(40007);
    }

    // Only single-article drafts keep a digest; a missing one becomes the first 54 characters of the body.
    private static List<SandboxArticle> WithDigests(List<SandboxArticle> articles) =>
        articles.Select(a => a with
        {
            Digest = articles.Count > 1 ? "" : a.Digest ?? ContentSanitizer.TextPrefix(a.Content, 54),
        }).ToList();

    private static string PreviewUrl() =>
        $"https://mp.weixin.qq.com/s?__biz={SandboxIds.ShortLink()}&tempkey={SandboxIds.ArticleId()}";
}
