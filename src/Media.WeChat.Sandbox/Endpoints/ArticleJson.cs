using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>An article as draft/get, draft/batchget, freepublish/getarticle and freepublish/batchget return it.</summary>
internal static class ArticleJson
{
    public static JsonObject Write(SandboxArticle article, string url, bool includeContent, bool? isDeleted = null)
    {
        var item = new JsonObject
        {
            ["article_type"] = article.ArticleType,
            ["title"] = article.Title,
            ["author"] = article.Author ?? "",
            ["digest"] = article.Digest ?? "",
        };
        if (includeContent)
        {
            item["content"] = article.Content;
        }

        item["content_source_url"] = article.ContentSourceUrl ?? "";
        item["thumb_media_id"] = article.ThumbMediaId ?? "";
        item["thumb_url"] = article.ThumbUrl ?? "";
        item["show_cover_pic"] = 0;
        item["need_open_comment"] = article.NeedOpenComment;
        item["only_fans_can_comment"] = article.OnlyFansCanComment;
        item["url"] = url;
        AddOptional(item, article);
        if (isDeleted is { } deleted)
        {
            item["is_deleted"] = deleted;
        }

        return item;
    }

    public static JsonObject NewsItems(IEnumerable<JsonObject> items) => new() { ["news_item"] = new JsonArray([.. items]) };

    private static void AddOptional(JsonObject item, SandboxArticle article)
    {
        if (article.PicCrop235By1 is not null)
        {
            item["pic_crop_235_1"] = article.PicCrop235By1;
        }

        if (article.PicCrop1By1 is not null)
        {
            item["pic_crop_1_1"] = article.PicCrop1By1;
        }

        if (article.ImageInfo is { } imageInfo)
        {
            item["image_info"] = JsonNode.Parse(imageInfo.GetRawText());
        }

        if (article.CoverInfo is { } coverInfo)
        {
            item["cover_info"] = JsonNode.Parse(coverInfo.GetRawText());
        }

        if (article.ProductInfo is { } productInfo)
        {
            item["product_info"] = JsonNode.Parse(productInfo.GetRawText());
        }
    }
}
