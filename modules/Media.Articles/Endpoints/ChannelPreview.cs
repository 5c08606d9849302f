using Media.Abstractions.Content;
using Media.Articles.Content;
using Media.Articles.Data;
using Microsoft.AspNetCore.Http;

namespace Media.Articles.Endpoints;

/// <summary>What the API's and the admin pages' channel previews share: the renderer, the version, the headers.</summary>
internal static class ChannelPreview
{
    public static IArticlePreview? Renderer(IEnumerable<IArticlePreview> previews, string channel) =>
        previews.FirstOrDefault(p => string.Equals(p.Channel, channel, StringComparison.OrdinalIgnoreCase));

    /// <summary>Version <paramref name="version"/> of a found article; its current one when null.</summary>
    public static async Task<ArticleVersion?> VersionAsync(ArticleQueries queries, (Article Article, ArticleVersion Version) found,
        int? version, CancellationToken ct) =>
        version is { } n && n != found.Version.Version ? await queries.VersionAsync(found.Article.Id, n, ct) : found.Version;

    public static Task<string> RenderAsync(IArticlePreview renderer, ArticleVersion v, CancellationToken ct) =>
        renderer.RenderAsync(new ArticlePreviewSource(v.ArticleId, v.Version, v.Title, v.Subtitle, v.Author, v.Source, v.Summary, v.Body,
            v.CoverMediaId, v.Tags, v.ColumnId), ct);

    /// <summary>A preview is for the newsroom: no shared cache keeps it and no search engine indexes it.</summary>
    public static void NotForCaches(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
    }
}
