using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Media.WeChat.Sandbox.Tests.Infrastructure;

/// <summary>draft/add bodies with valid defaults, written as raw UTF-8 JSON (no \u escapes).</summary>
public static class Drafts
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Article(string title, string thumbMediaId, Action<JsonObject>? change = null)
    {
        var article = new JsonObject
        {
            ["article_type"] = "news",
            ["title"] = title,
            ["author"] = "县融媒体中心",
            ["content"] = "<p>全县春耕生产有序推进。</p>",
            ["content_source_url"] = "https://news.example.gov.cn/a/1",
            ["thumb_media_id"] = thumbMediaId,
            ["need_open_comment"] = 0,
            ["only_fans_can_comment"] = 0,
        };
        change?.Invoke(article);
        return article;
    }

    public static string Body(params JsonObject[] articles) =>
        new JsonObject { ["articles"] = new JsonArray([.. articles]) }.ToJsonString(Raw);
}
